// What the production server sends (issue 22): the suite is served by nginx with the shipped
// sample (docs/deploy/nginx.conf, headers from tools/host.mjs), so these are the deployment's
// headers, MIME types and deep-link rules, not a test server's.
import { test, expect } from './fixtures.mjs';
import { readdirSync } from 'node:fs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const wasm = readdirSync(DIST).find((f) => f.endsWith('_bg.wasm'));

const SECURITY = {
  'content-security-policy': "frame-ancestors 'none'",
  'strict-transport-security': 'max-age=31536000',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

for (const [what, path, type, cache] of [
  ['the hub', '/', 'text/html', 'no-cache'],
  ['a prerendered company tab', '/companies/amazon/interview-loop', 'text/html', 'no-cache'],
  ['a view with no build-time copy (the app shell)', '/compare?companies=amazon,google', 'text/html', 'no-cache'],
  ['the hub index', '/data/hub.json', 'application/json', 'no-cache'],
  ['a company profile', '/data/companies/amazon.json', 'application/json', 'no-cache'],
  ['the service worker', '/sw.js', 'application/javascript', 'no-cache'],
  ['the hashed wasm', `/${wasm}`, 'application/wasm', 'public, max-age=31536000, immutable'],
]) {
  test(`${what} is served with the production headers`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers['content-type']).toContain(type);
    expect(headers['cache-control']).toBe(cache);
    for (const [name, value] of Object.entries(SECURITY)) expect(headers[name], name).toBe(value);
  });
}

test.describe('framing', () => {
  // The browser reports the refused frame on the console: expected here.
  test.use({ allowErrors: true });
  test('the page cannot be framed, and its own CSP stays in force', async ({ page }) => {
  await page.goto('/companies/stripe');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'none'");
  // A page of another origin that frames this one gets nothing (frame-ancestors 'none').
  await page.setContent(`<iframe src="${page.url()}"></iframe>`);
  const frame = page.frames()[1];
  await expect.poll(async () => frame && (await frame.evaluate(() => document.body?.innerText ?? '').catch(() => ''))).not.toContain('Stripe');
});
});
