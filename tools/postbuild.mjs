// Trunk post_build hook: finishes dist/ for any static host.
// - writes the public URL into index.html (the app reads it; CSP forbids a <base> element),
// - starts the wasm after the first paint (no preload; the loader waits for a frame),
// - computes the hash of Trunk's inline loader script and writes a strict Content-Security-Policy,
// - adds 404.html (hosts without rewrites serve it for deep links) and a _headers file,
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from './host.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
const publicUrl = process.env.TRUNK_PUBLIC_URL || '/';
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook');

const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8').replaceAll('__PUBLIC_URL__', publicUrl);

// The wasm starts downloading after the first paint, not during it: the build-time HTML is the
// page a visitor sees first, and a 370 KB download in parallel only delays it on a slow link.
// So no preload of the wasm, and where the build-time copy is shown (index.html's inline script
// removes it on other views, whose content needs the wasm at once), Trunk's loader waits for
// the first paint entry, or half a second (a hidden tab paints nothing; a browser without paint
// timing reports nothing).
const wasmPreload = /<link rel="preload" href="[^"]*_bg\.wasm"[^>]*>/;
if (!wasmPreload.test(html)) throw new Error('no wasm preload found: did Trunk change its loader?');
html = html.replace(wasmPreload, '');
const start = 'const wasm = await init(';
if (!html.includes(start)) throw new Error('no wasm start found in the loader: did Trunk change it?');
const afterPaint = `if (document.getElementById('prerender')) await new Promise((go) => {
  const fallback = setTimeout(go, 500);
  new PerformanceObserver((_, seen) => { seen.disconnect(); clearTimeout(fallback); go(); }).observe({ type: 'paint', buffered: true });
});
`;
html = html.replace(start, afterPaint + start);

const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length === 0) throw new Error('no inline loader script found in index.html');
const hashes = inline.map((s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);

export const csp = [
  "default-src 'none'",
  `script-src 'self' ${hashes.join(' ')} 'wasm-unsafe-eval'`,
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  // No Trusted Types: Leptos builds its static templates with innerHTML (from the compiled
  // view! macros, never from catalog data), which require-trusted-types-for would block.
].join('; ');
if (!html.includes('__CSP__')) throw new Error('index.html lacks the __CSP__ placeholder');
html = html.replace('__CSP__', csp);
writeFileSync(indexPath, html);
writeFileSync(join(dir, '404.html'), html);

// Netlify / Cloudflare Pages: security headers everywhere (the full CSP too, as a header: it
// can carry frame-ancestors there), long caching for hashed assets (tools/host.mjs).
const everywhere = { ...SECURITY_HEADERS, 'Content-Security-Policy': `${csp}; frame-ancestors 'none'` };
const lines = (pairs) => Object.entries(pairs).map(([k, v]) => `  ${k}: ${v}`).join('\n');
const headers = `/*
${lines(everywhere)}
  Cache-Control: ${REVALIDATE}

${['js', 'wasm', 'css'].map((ext) => `${publicUrl}*-*.${ext}\n  Cache-Control: ${IMMUTABLE}`).join('\n')}
`;
writeFileSync(join(dir, '_headers'), headers);

console.log(`postbuild: public URL ${publicUrl}, CSP with ${hashes.length} script hash(es)`);
