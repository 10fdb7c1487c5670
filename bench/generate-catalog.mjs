// Deterministic synthetic catalogs for scaling benchmarks: the shipped vocabulary, N companies
// with realistic field sizes, the same output for the same N every time (seeded PRNG).
// Usage: node bench/generate-catalog.mjs <count> <out.json>
import { readFileSync, writeFileSync } from 'node:fs';

const count = Number(process.argv[2] ?? 1000);
const out = process.argv[3] ?? `bench/out/catalog-${count}.json`;
const shipped = JSON.parse(readFileSync(new URL('../data/catalog.json', import.meta.url), 'utf8'));

let seed = 0x9e3779b9 ^ count;
const rand = () => {
  // xorshift32: tiny, deterministic, good enough to vary text.
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed / 0x100000000;
};
const pick = (list) => list[Math.floor(rand() * list.length)];
const words = ['ads', 'search', 'payments', 'logistics', 'cloud', 'storage', 'ranking', 'video', 'maps', 'fraud',
  'identity', 'billing', 'chat', 'games', 'devices', 'chips', 'health', 'travel', 'trading', 'analytics',
  'security', 'compilers', 'databases', 'streaming', 'marketplace', 'robotics', 'media', 'retail', 'lending', 'sync'];
const sentence = (n) => Array.from({ length: n }, () => pick(words)).join(' ');
const template = shipped.companies;

const companies = Array.from({ length: count }, (_, i) => {
  const base = template[i % template.length];
  const name = `${pick(['Acme', 'Nova', 'Blue', 'Quantum', 'Orbit', 'Zeta', 'Lumen', 'Atlas'])} ${sentence(1)} ${i}`;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    ...base,
    slug,
    name: name[0].toUpperCase() + name.slice(1),
    aliases: [],
    tagline: `Company ${i} building ${sentence(6)}.`,
    domain: `${sentence(3)}, ${sentence(2)}, and ${sentence(3)}`,
    category: pick(shipped.categories).slug,
    difficulty: pick(shipped.difficulties).slug,
    interview_style: `${sentence(2)} + ${sentence(2)} + ${sentence(1)}`,
    // Bullets must differ between companies (the validator refuses word-for-word repeats).
    prep_focus: base.prep_focus.map((b) => `${b} (${sentence(2)} ${i})`),
    values: base.values.map((b) => `${b} (${sentence(2)} ${i})`),
    primary_roles: shipped.roles.filter(() => rand() < 0.5).map((r) => r.slug).concat(['backend-engineer']).filter((v, k, a) => a.indexOf(v) === k),
  };
});

writeFileSync(out, JSON.stringify({ ...shipped, companies }));
console.log(`generated ${count} companies -> ${out}`);
