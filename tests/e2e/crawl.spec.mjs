// Every tab of a rotating sample of companies, live in the browser, by direct URL: right title
// and heading and (through the fixture) no console error or warning, failed request or uncaught
// exception. The sample changes every day (amazon always in it); tests/pages.mjs checks every
// prerendered page of every company without a browser, so "every page works" stays tested at a
// fraction of the time (issue 24). CRAWL=all opens every company, as the suite did before.
import { test, expect, catalog, TABS } from './fixtures.mjs';

const SAMPLE = 8;
const day = Math.floor(Date.now() / 86_400_000);
const n = catalog.companies.length;
const sample = process.env.CRAWL === 'all'
  ? catalog.companies
  : [...new Set([0, ...Array.from({ length: SAMPLE - 1 }, (_, k) => (day * 7 + k * Math.floor(n / SAMPLE) + 1) % n)])].map((i) => catalog.companies[i]);

for (const company of sample) {
  test(`crawl ${company.slug}`, async ({ page }) => {
    for (const [segment, label] of TABS) {
      const url = segment ? `/companies/${company.slug}/${segment}` : `/companies/${company.slug}`;
      await page.goto(url);
      await expect(page.locator('h1')).toHaveText(`${company.name} interview prep`);
      await expect(page.getByRole('tab', { selected: true })).toHaveText(label);
      await expect(page).toHaveTitle(segment ? `${company.name} interview prep — ${label}` : `${company.name} interview prep`);
      await expect(page.getByRole('tabpanel').locator('li, dd, p').first()).toBeVisible();
    }
  });
}
