// Every prerendered page, checked without a browser (issue 24): the HTML the build wrote for the
// hub and for each company's every tab carries the right title, description, heading, selected
// tab and panel content, the catalog's text as text (escaped), links only to pages that exist,
// and the catalog fingerprint hydration checks. The browser suite then opens a rotating sample
// of these pages live (crawl.spec.mjs); this file keeps "every page works" for all of them.
// Usage: node tests/pages.mjs [dist]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const catalog = JSON.parse(readFileSync('data/catalog.json', 'utf8'));
const TABS = JSON.parse(readFileSync(new URL('./e2e/tabs.json', import.meta.url), 'utf8'));
const SITE = 'Company interview hubs';
const escapeHtml = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const text = (html) => html.replace(/<!--[^]*?-->/g, '').replace(/<[^>]+>/g, '').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#x27;', "'").replaceAll('&#39;', "'").replaceAll('&amp;', '&');
const one = (html, re, what, where) => {
  const all = [...html.matchAll(re)];
  if (all.length !== 1) throw new Error(`${where}: expected one ${what}, found ${all.length}`);
  return all[0];
};

const failures = [];
let pages = 0;
let fingerprint = null;
const check = (url, fn) => {
  const file = join(dist, url === '/' ? '' : url, 'index.html');
  pages++;
  try {
    if (!existsSync(file)) throw new Error(`${url}: no prerendered page at ${file}`);
    const html = readFileSync(file, 'utf8');
    const print = one(html, /<div id="prerender" data-path="([^"]*)" data-catalog="([0-9a-f]{16})">/g, 'prerendered root', url);
    if (print[1] !== url) throw new Error(`${url}: data-path is ${print[1]}`);
    fingerprint ??= print[2];
    if (print[2] !== fingerprint) throw new Error(`${url}: built from another catalog (${print[2]})`);
    one(html, /<meta name="description" content="[^"]+"/g, 'description', url);
    // Internal links go to pages that exist (prerendered) or to the app's dynamic routes.
    for (const [, href] of html.matchAll(/<a [^>]*href="(\/[^"#]*)"/g)) {
      const path = href.split('?')[0];
      const dynamic = ['/', '/compare', '/your-data', '/plan'].includes(path);
      if (!dynamic && !existsSync(join(dist, path, 'index.html'))) throw new Error(`${url}: link to ${href}, which is no page`);
    }
    fn(html);
  } catch (err) {
    failures.push(err.message);
  }
};

check('/', (html) => {
  if (one(html, /<title>([^<]*)<\/title>/g, 'title', '/')[1] !== SITE) throw new Error('/: wrong title');
  // The first page of cards, by name (the default order).
  const byName = [...catalog.companies].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  for (const c of byName.slice(0, 20)) {
    if (!html.includes(`href="/companies/${c.slug}"`)) throw new Error(`/: no card for ${c.slug} on the first page`);
  }
});

for (const c of catalog.companies) {
  for (const [segment, label] of TABS) {
    const url = segment ? `/companies/${c.slug}/${segment}` : `/companies/${c.slug}`;
    check(url, (html) => {
      if (!html.includes(`<link rel="preload" href="/data/companies/${c.slug}.json" as="fetch"`)) throw new Error(`${url}: no preload of its profile file`);
      const title = text(one(html, /<title>([^<]*)<\/title>/g, 'title', url)[1]);
      const want = segment ? `${c.name} interview prep — ${label}` : `${c.name} interview prep`;
      if (title !== want) throw new Error(`${url}: title "${title}", want "${want}"`);
      if (text(one(html, /<h1>([^<]*)<\/h1>/g, 'h1', url)[1]) !== `${c.name} interview prep`) throw new Error(`${url}: wrong h1`);
      const tab = one(html, /<a role="tab"[^>]*aria-selected="true"[^>]*>([^<]*)<\/a>/g, 'selected tab', url)[1];
      if (text(tab) !== label) throw new Error(`${url}: selected tab "${tab}", want "${label}"`);
      const panel = one(html, /<section id="tabpanel"[^>]*>([^]*?)<\/section>/g, 'tab panel', url)[1];
      if (!/<(li|dd|p)[ >]/.test(panel)) throw new Error(`${url}: the panel is empty`);
      // The catalog's text shows as text: escaped where it has markup characters.
      const shown = text(panel);
      const expect = {
        '': [c.interview_style, c.difficulty_note],
        'interview-loop': [c.interview_loop.scope, ...c.interview_loop.stages.map((s) => s.tests)],
        'prep-focus': c.prep_focus,
        values: c.values,
        'role-tracks': [],
        roles: [],
        links: c.sources.map((s) => s.title),
      }[segment];
      for (const item of expect) {
        if (!shown.includes(item)) throw new Error(`${url}: the panel lacks "${item.slice(0, 60)}"`);
        if (/[<>]/.test(item) && !panel.includes(escapeHtml(item))) throw new Error(`${url}: "${item.slice(0, 40)}" is not escaped`);
      }
    });
  }
}

// The data the browser reads: the hub index and one profile per company, from this catalog.
try {
  const hub = JSON.parse(readFileSync(join(dist, 'data/hub.json'), 'utf8'));
  if (hub.hub_index !== fingerprint) throw new Error(`data/hub.json: fingerprint ${hub.hub_index}, pages ${fingerprint}`);
  if (hub.companies.length !== catalog.companies.length) throw new Error('data/hub.json: not every company');
  for (const c of catalog.companies) {
    const file = JSON.parse(readFileSync(join(dist, 'data/companies', `${c.slug}.json`), 'utf8'));
    if (file.fingerprint !== fingerprint || JSON.stringify(file.company.prep_focus) !== JSON.stringify(c.prep_focus)) {
      throw new Error(`data/companies/${c.slug}.json: not this build's full profile`);
    }
  }
} catch (err) {
  failures.push(err.message);
}

if (failures.length) {
  console.log(failures.slice(0, 30).join('\n'));
  console.log(`pages: ${failures.length} problem(s) in ${pages} prerendered pages`);
  process.exit(1);
}
console.log(`pages: ${pages} prerendered pages checked (title, heading, tab, panel text, links, fingerprint)`);
