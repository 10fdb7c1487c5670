// Shared test fixtures: the shipped catalog, and a page that fails the test on any console
// error or warning, uncaught exception, failed request or HTTP error (unless a test expects them).
import { test as base, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

export const catalog = JSON.parse(readFileSync(new URL('../../data/catalog.json', import.meta.url), 'utf8'));
export const SITE = 'Company interview hubs';
/** Cards the hub lists before "Show N more" (src/pages/hub.rs PAGE_SIZE). */
export const PAGE_SIZE = 120;
// Each company tab's URL segment and label, shared with tests/pages.mjs.
export const TABS = JSON.parse(readFileSync(new URL('./tabs.json', import.meta.url), 'utf8'));

/** Companies a facet-only hub query should show, by slug, computed independently of the app. */
export function expectedSlugs({ category = [], difficulty = [], role = [] } = {}) {
  return catalog.companies
    .filter((c) => (category.length === 0 || category.includes(c.category))
      && (difficulty.length === 0 || difficulty.includes(c.difficulty))
      && (role.length === 0 || c.primary_roles.some((r) => role.includes(r))))
    .map((c) => c.slug)
    .sort();
}

/** Slugs of the cards on screen, in display order, once the list has filled in. */
export async function shownSlugs(page) {
  await expect(page.locator('.cards')).toHaveAttribute('aria-busy', 'false');
  const hrefs = await page.locator('.cards .card-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  return hrefs.map((h) => h.replace('/companies/', ''));
}

/** A filter checkbox by its option's exact name; its label also carries a count, "Hard (65)". */
export function facetOption(page, name) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('checkbox', { name: new RegExp(`^${escaped} \\(\\d+\\)$`) });
}

/** Waits until the hub has rendered its result count. */
export async function hubReady(page, timeout) {
  await expect(page.locator('.results .count')).not.toHaveText(/Loading/, { timeout });
  await expect(page.locator('.cards')).toHaveAttribute('aria-busy', 'false', { timeout });
}

/** Waits until the live app has taken over the page (it marks `<html data-live>` then). */
export async function liveApp(page, timeout = 30_000) {
  await expect(page.locator('html[data-live]')).toHaveCount(1, { timeout });
  // The live app replaced the build-time copy; or the catalog failed and the copy stays
  // readable under its notice (issue 22), with no live app to wait for.
  await expect(page.locator('#prerender')).toHaveCount(await page.locator('.copy-notice').count(), { timeout });
}

export const test = base.extend({
  allowErrors: [false, { option: true }],
  // Serve every page with its build-time <title> and description blanked, so a title or
  // description a test sees was written by the live app, not by the prerenderer.
  blankPrerenderedHead: [true, { option: true }],
  page: async ({ page, allowErrors, blankPrerenderedHead }, use) => {
    if (blankPrerenderedHead) {
      await page.route((url) => !/\.[a-z0-9]+$/i.test(url.pathname) || url.pathname.endsWith('.html'), async (route) => {
        if (route.request().resourceType() !== 'document') return route.fallback();
        const response = await route.fetch();
        const body = (await response.text())
          .replace(/<title>[^<]*<\/title>/, '<title></title>')
          .replace(/(<meta name="description" content=")[^"]*"/, '$1"');
        return route.fulfill({ response, body });
      });
    }
    const problems = [];
    page.on('console', (m) => {
      // Playwright's own note when `serviceWorkers: 'block'` (the config's default) stops
      // public/offline.js from registering the worker: expected, not the app's.
      if (m.text() === 'Service Worker registration blocked by Playwright') return;
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`uncaught exception: ${e.message}`));
    page.on('requestfailed', (r) => {
      // A navigation cancels the previous page's pending requests (a favicon, say): not a failure.
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    // A full page load first shows the build-time copy (#prerender), then the live app takes
    // over. Tests act on the live app, so loads wait for the hand-over unless told otherwise.
    const handOver = () => (page.keepPrerender ? null : liveApp(page));
    for (const method of ['goto', 'reload']) {
      const original = page[method].bind(page);
      page[method] = async (...args) => {
        const response = await original(...args);
        await handOver();
        return response;
      };
    }
    await use(page);
    if (!allowErrors) expect(problems, 'console errors, exceptions or failed requests').toEqual([]);
  },
});

export { expect };
