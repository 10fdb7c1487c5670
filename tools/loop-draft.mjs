// Prints a company's current loop in the draft shape that tools/merge-loops.mjs reads, so a
// second pass starts from what the catalog holds and adds evidence instead of retyping it.
// Usage: node tools/loop-draft.mjs <slug> > data/loops/<slug>.json
import { readFileSync } from 'node:fs';

const slug = process.argv[2];
const catalog = JSON.parse(readFileSync(new URL('../data/catalog.json', import.meta.url), 'utf8'));
const company = catalog.companies.find((c) => c.slug === slug);
if (!company) {
  console.error(`loop-draft: no company "${slug}" in data/catalog.json`);
  process.exit(1);
}
const loop = company.interview_loop ?? {};
const draft = {
  slug,
  // New pages only; the catalog's sources (printed for reference under `_catalog_sources`) may be
  // cited by URL as they are. The merge ignores keys that start with "_".
  sources: [],
  _catalog_sources: company.sources.map((s) => ({ url: s.url, kind: s.kind ?? null, checked: s.checked })),
  drop_sources: [],
  interview_loop: {
    scope: loop.scope ?? '',
    stages: (loop.stages ?? []).map((s) => ({
      kind: s.kind, title: s.title, minutes: s.minutes ?? null, rounds: s.rounds ?? null,
      format: s.format ?? null, tests: s.tests, sources: s.sources,
    })),
    not_known: loop.not_known ?? null,
    timeline_weeks: loop.timeline_weeks ?? null,
    levels: loop.levels ?? null,
    ai_tools: loop.ai_tools ?? { policy: 'not-known', sources: [] },
  },
  changes: company.changes ?? [],
  values_official: null,
};
console.log(JSON.stringify(draft, null, 2));
