// Serves a built dist/ the way a production static host would: index.html for unknown paths
// (deep links), precompressed .br/.gz when the browser accepts them, long caching for hashed files.
// Used by `make serve` and the browser tests.
// Usage: node tools/serve.mjs <dist-dir> <port> [base]   (base: the public URL, e.g. /hubs/)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { SECURITY_HEADERS, cacheControl } from './host.mjs';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4173);
const base = (process.argv[4] ?? '/').replace(/\/?$/, '/');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

async function file(path) {
  try {
    const s = await stat(path);
    return s.isFile() ? path : null;
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = base;
  }
  if (!`${pathname}/`.startsWith(base)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('outside the app');
    return;
  }
  pathname = `/${pathname.slice(base.length)}`;
  const safe = normalize(pathname).replace(/^(\.\.[/\\])+/, '');
  let path = (await file(join(root, safe))) ?? (await file(join(root, safe, 'index.html'))); // prerendered pages
  if (!path && !extname(safe)) path = join(root, 'index.html'); // SPA fallback
  if (!path) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const headers = {
    ...SECURITY_HEADERS,
    'content-type': types[extname(path)] ?? 'application/octet-stream',
    vary: 'accept-encoding',
    'cache-control': cacheControl(path),
  };
  const accepts = req.headers['accept-encoding'] ?? '';
  let body = null;
  for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (accepts.includes(enc) && (await file(path + ext))) {
      body = await readFile(path + ext);
      headers['content-encoding'] = enc;
      break;
    }
  }
  body ??= await readFile(path);
  res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}`));
