// Applies interview-loop drafts (data/loops/<slug>.json, written to docs/loop-brief.md) to
// data/catalog.json: adds the draft's sources (with kind and published date), drops the sources
// it names and any on a refused host, sets the loop, the changes log and, where the company
// publishes them, its own values; stamps `reviewed` with the day the new sources were read.
// Kinds for sources that no draft re-read are derived from the host only where that is
// mechanical: the company's own domains (company) and interview-prep hosts (prep-guide).
// Usage: node tools/merge-loops.mjs [drafts-dir]   (then `make check-catalog`)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'data/loops';
const path = 'data/catalog.json';
const catalog = JSON.parse(readFileSync(path, 'utf8'));
const REFUSED = ['scaleengineer.com', 'sirjohnnymai.com', 'hw.glich.co'];
const PREP = ['interviewquery.com', 'dataford.io', 'interviewexperiences.in', 'techinterview.org', 'prepfully.com',
  'spacecomplexity.ai', 'jointaro.com', 'techprep.app', 'gitgood.dev', 'codinginterview.com', 'cleverprep.com',
  'pass.so', 'prachub.com', 'joblobster.ai', 'algocademy.com', 'hackerprep.io', 'igotanoffer.com', 'hellointerview.com',
  'interviewing.io', 'exponent.com', 'tryexponent.com', 'designgurus.io', 'interviewkickstart.com'];
const host = (url) => { try { return new URL(url).hostname.toLowerCase(); } catch { return ''; } };
const under = (h, domains) => domains.some((d) => h === d || h.endsWith(`.${d}`));
const https = (url) => /^https:\/\/[^/@\s]+\.[^/@\s]+(\/.*)?$/.test(url);

let merged = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const draft = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const company = catalog.companies.find((c) => c.slug === draft.slug);
  if (!company) throw new Error(`${file}: no company ${draft.slug}`);
  const official = company.official_domains;
  const drop = new Set(draft.drop_sources ?? []);
  let sources = company.sources.filter((s) => !drop.has(s.url) && !under(host(s.url), REFUSED));
  for (const s of draft.sources ?? []) {
    if (!https(s.url) || under(host(s.url), REFUSED)) continue;
    const kind = s.kind === 'company' && !under(host(s.url), official) ? 'prep-guide' : s.kind;
    const entry = { title: s.title, url: s.url, checked: s.checked, kind, ...(s.published ? { published: String(s.published) } : {}) };
    const at = sources.findIndex((o) => o.url === s.url);
    if (at >= 0) sources[at] = entry; else sources.push(entry);
  }
  const known = new Set(sources.map((s) => s.url));
  const keep = (urls) => (urls ?? []).filter((u) => known.has(u));
  const loop = draft.interview_loop;
  const stages = (loop.stages ?? []).map((s) => ({
    kind: s.kind, title: s.title,
    ...(Array.isArray(s.minutes) ? { minutes: s.minutes } : {}),
    ...(Number.isInteger(s.rounds) && s.rounds > 0 ? { rounds: s.rounds } : {}),
    ...(s.format ? { format: s.format } : {}),
    tests: s.tests, sources: keep(s.sources),
  })).filter((s) => s.sources.length > 0);
  const out = { scope: loop.scope, stages };
  const notKnown = loop.not_known ?? (stages.length < 3 ? 'No public description of the loop was found.' : null);
  if (notKnown) out.not_known = notKnown;
  const weeks = loop.timeline_weeks;
  if (weeks && Number.isInteger(weeks.min) && Number.isInteger(weeks.max) && keep(weeks.sources).length) out.timeline_weeks = { min: weeks.min, max: weeks.max, sources: keep(weeks.sources) };
  const levels = loop.levels;
  if (levels && levels.names?.length && keep(levels.sources).length) {
    out.levels = { names: levels.names, ...(levels.note ? { note: levels.note } : {}), sources: keep(levels.sources) };
  }
  const ai = loop.ai_tools ?? { policy: 'not-known' };
  out.ai_tools = ai.policy !== 'not-known' && keep(ai.sources).length
    ? { policy: ai.policy, ...(ai.note ? { note: ai.note } : {}), sources: keep(ai.sources) }
    : { policy: 'not-known', sources: [] };
  company.interview_loop = out;
  const changes = (draft.changes ?? []).map((c) => ({ date: String(c.date), text: c.text, sources: keep(c.sources) }))
    .filter((c) => c.sources.length).sort((a, b) => a.date.localeCompare(b.date));
  if (changes.length) company.changes = changes;
  const values = draft.values_official;
  if (company.slug !== 'amazon' && values?.items?.length >= 5 && keep(values.sources).length) {
    company.values = values.items;
    company.values_sources = keep(values.sources);
  }
  // Cited by nothing any more and never re-read: keep (the profile's other sections rest on it).
  for (const s of sources) {
    if (!s.kind && under(host(s.url), official)) s.kind = 'company';
    else if (!s.kind && under(host(s.url), PREP)) s.kind = 'prep-guide';
  }
  company.sources = sources;
  const latest = sources.map((s) => s.checked).sort().at(-1);
  if (latest) company.reviewed = latest;
  merged++;
}
catalog.updated = catalog.companies.map((c) => c.reviewed).sort().at(-1);
writeFileSync(path, `${JSON.stringify(catalog, null, 2)}\n`);
console.log(`merge-loops: ${merged} drafts applied to ${path}`);
