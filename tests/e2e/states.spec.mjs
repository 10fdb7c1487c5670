// Loading, failure and retry: the catalog request is intercepted to answer badly.
import { test, expect, catalog, hubReady, PAGE_SIZE } from './fixtures.mjs';
import { readFileSync } from 'node:fs';

const raw = readFileSync(new URL('../../data/catalog.json', import.meta.url), 'utf8');
// The app reads the hub index; a full catalog served there is read whole (no company files).
const CATALOG = /\/data\/(hub|catalog)\.json$/;

const failures = [
  ['404', { status: 404, body: 'missing' }, /The server answered 404 Not Found for data\/catalog\.json/],
  ['500', { status: 500, body: 'boom' }, /The server answered 500 Internal Server Error/],
  ['invalid JSON', { status: 200, contentType: 'application/json', body: '{"schema_version": 1,' }, /The catalog is not valid JSON: EOF while parsing/],
  [
    'a wrong field type',
    { status: 200, contentType: 'application/json', body: raw.replace('"name": "Amazon"', '"name": 42') },
    /The catalog has the wrong shape: invalid type: integer `42`, expected a string at line \d+ column \d+/,
  ],
];

const firstPage = Math.min(PAGE_SIZE, catalog.companies.length);

test.describe('when the catalog fails', () => {
  // These cases provoke failed requests on purpose.
  test.use({ allowErrors: true });

for (const [what, response, message] of failures) {
  test(`a catalog answering ${what} shows a clear message and Retry works`, async ({ page }) => {
    let broken = true;
    await page.route(CATALOG, (route) => (broken ? route.fulfill(response) : route.fallback()));
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The company catalog could not be loaded');
    await expect(alert).toContainText(message);
    await expect(page.locator('#prerender .cards > li')).toHaveCount(firstPage);
    broken = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await hubReady(page);
    await expect(page.locator('.cards > li')).toHaveCount(firstPage);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
}

test('a network failure says the catalog could not be downloaded; a Retry that fails again says so again', async ({ page }) => {
  let attempts = 0;
  await page.route(CATALOG, (route) => {
    attempts += 1;
    return attempts <= 2 ? route.abort('internetdisconnected') : route.fallback();
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The catalog could not be downloaded');
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect.poll(() => attempts).toBe(2);
  await expect(alert).toContainText('The catalog could not be downloaded');
  await page.getByRole('button', { name: 'Retry' }).click();
  await hubReady(page);
  await expect(page.locator('.cards > li')).toHaveCount(firstPage);
});

test('the error state also appears on a company page, and Retry there shows the company', async ({ page }) => {
  let broken = true;
  await page.route(CATALOG, (route) => (broken ? route.fulfill({ status: 503, body: '' }) : route.fallback()));
  await page.goto('/companies/amazon/values');
  await expect(page.getByRole('alert')).toContainText('503');
  // The build-time page stays readable under the notice (issue 22), the watchdog stays quiet.
  await expect(page.getByRole('alert')).toContainText('so you can read it');
  await expect(page.getByRole('tabpanel').locator('li')).toHaveText(catalog.companies.find((c) => c.slug === 'amazon').values);
  await expect(page.getByRole('link', { name: 'Back to company interview hubs' })).toBeVisible();
  await expect(page.locator('.start-failed')).toHaveCount(0);
  broken = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('tab', { name: 'What they tend to value' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel').locator('li')).toHaveText(catalog.companies.find((c) => c.slug === 'amazon').values);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
});

/** Holds catalog requests until `release()` is called. */
async function slowCatalog(page) {
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route(CATALOG, async (route) => {
    await gate;
    await route.fallback();
  });
  return release;
}

test('while a slow catalog loads, a prerendered page shows its content, then the live app takes over', async ({ page }) => {
  const release = await slowCatalog(page);
  page.keepPrerender = true;
  await page.goto('/companies/amazon/values');
  await expect(page.locator('#prerender h1')).toHaveText('Amazon interview prep');
  await expect(page.locator('#prerender [role=tabpanel] li')).toHaveCount(6);
  await expect(page.locator('#app')).toBeHidden();
  const box = await page.locator('#prerender h1').boundingBox();
  release();
  await expect(page.locator('#prerender')).toHaveCount(0);
  await expect(page.locator('#app')).toBeVisible();
  await expect(page.locator('#app h1')).toHaveText('Amazon interview prep');
  // The same place to the pixel's rounding: no layout shift at the hand-over.
  const after = await page.locator('#app h1').boundingBox();
  for (const k of ['x', 'y', 'width', 'height']) expect(Math.abs(after[k] - box[k]), k).toBeLessThan(1);
});

test('a slow catalog on a filtered hub shows the hub as a frame, never the unfiltered cards, then the cards', async ({ page }) => {
  const release = await slowCatalog(page);
  page.keepPrerender = true; // don't wait for the live app: the catalog is held back
  await page.goto('/?sort=-difficulty');
  // The build-time hub is for '/': only its heading stays, as a frame, busy, until the app comes.
  await expect(page.locator('#prerender[data-frame][aria-busy="true"] h1')).toHaveText('Company interview hubs');
  await expect(page.locator('#prerender .hub-layout')).toBeHidden();
  await expect(page.locator('.cards > li:visible')).toHaveCount(0);
  await expect(page.locator('#app')).toBeHidden();
  release();
  await expect(page.locator('#prerender')).toHaveCount(0);
  await hubReady(page);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.locator('.cards > li')).toHaveCount(firstPage);
});

test('pages the build cannot write show their frame at first paint, then the live app replaces it', async ({ page }) => {
  // Held back: what shows before the wasm runs is the build's alone.
  let go;
  const gate = new Promise((r) => (go = r));
  await page.route(/_bg\.wasm$/, async (route) => {
    await gate;
    await route.fallback();
  });
  page.keepPrerender = true;
  for (const [url, heading] of [
    ['/compare?companies=amazon,stripe', 'Compare companies'],
    ['/your-data', 'Your prep data'],
    ['/plan', 'Your interview plans'],
  ]) {
    await page.goto(url);
    const frame = page.locator('#prerender[data-frame][aria-busy="true"]');
    await expect(frame.locator('h1'), url).toHaveText(heading);
    await expect(frame.locator('.intro'), url).toBeVisible();
    // Nothing that needs the app or this browser's data is shown from the build.
    await expect(frame.locator('main > :not(.page-header, .back-link):visible'), url).toHaveCount(0);
    await expect(page.locator('#app'), url).toBeHidden();
  }
  go();
  await page.goto('/compare?companies=amazon,stripe');
  await expect(page.locator('#app .compare-table')).toBeVisible();
  await expect(page.locator('#prerender')).toHaveCount(0);
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('#app h1')).toHaveText('Compare companies');
});

test('a catalog that breaks rules (unchecked by a build) still renders, unknown names as their slug', async ({ page }) => {
  // The rules run in the build and `make check-catalog`, not in the browser (12 KB of wasm).
  const data = JSON.parse(raw);
  data.companies[0].category = 'space-travel';
  await page.route(CATALOG, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data) }));
  await page.goto('/');
  await hubReady(page);
  await expect(page.locator('.cards > li')).toHaveCount(firstPage);
  await expect(page.locator('.card', { hasText: data.companies[0].name }).first()).toContainText('space-travel');
});

test('the hub hand-over never shows fewer cards than the build-time copy, and keeps focus', async ({ page }) => {
  await page.addInitScript(() => {
    // Counts the live cards at the moment the build-time copy leaves the document.
    new MutationObserver((_, observer) => {
      if (document.readyState !== 'loading' && !document.getElementById('prerender')) {
        window.__cardsAtHandOver = document.querySelectorAll('#app .cards > li').length;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const release = await slowCatalog(page);
  page.keepPrerender = true;
  await page.goto('/');
  const copied = await page.locator('#prerender .cards > li').count();
  expect(copied).toBe(firstPage);
  await page.locator('#prerender #search').focus();
  release();
  await expect(page.locator('#prerender')).toHaveCount(0);
  expect(await page.evaluate(() => window.__cardsAtHandOver)).toBeGreaterThanOrEqual(copied);
  await expect(page.locator('#app #search')).toBeFocused();
});

test.describe('when the wasm never starts', () => {
  test.use({ allowErrors: true });
  for (const [what, url] of [['a view without a build-time copy', '/?q=pay'], ['a prerendered company page', '/companies/stripe']]) {
    test(`${what} says the app could not start, with Reload (issue 22)`, async ({ page }) => {
      page.keepPrerender = true;
      await page.route('**/*.wasm', (route) => route.abort());
      await page.goto(url);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('The app could not start', { timeout: 20_000 });
      await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
      if (url.startsWith('/companies/')) await expect(page.locator('#prerender h1')).toHaveText('Stripe interview prep');
      // A frame is only a heading: the notice must not call it readable.
      else await expect(alert).not.toContainText('readable');
    });
  }
});

test('the build-time page paints before the wasm is requested, and the app still takes over', async ({ page, request }) => {
  // The wasm (~370 KB) must not share the link with the first paint: no preload of it, and the
  // loader waits for a painted frame (tools/postbuild.mjs).
  for (const url of ['/', '/companies/amazon']) {
    const html = await (await request.get(url)).text();
    expect(html, `${url}: no wasm preload`).not.toMatch(/<link[^>]*rel="preload"[^>]*_bg\.wasm/);
    await page.goto(url);
    await expect(page.locator('html[data-live]')).toHaveCount(1);
    const times = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-paint')[0]?.startTime,
      wasm: performance.getEntriesByType('resource').find((r) => r.name.endsWith('_bg.wasm'))?.startTime,
    }));
    expect(times.paint, `${url}: first paint recorded`).toBeGreaterThan(0);
    expect(times.wasm, `${url}: wasm requested after the first paint`).toBeGreaterThanOrEqual(times.paint);
  }
});
