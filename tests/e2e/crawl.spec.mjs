// Every company and every tab of the shipped catalog, by direct URL: right title and heading,
// and (through the fixture) no console error or warning, failed request or uncaught exception.
import { test, expect, catalog, TABS } from './fixtures.mjs';

for (const company of catalog.companies) {
  test(`crawl ${company.slug}`, async ({ page }) => {
    for (const [segment, label] of TABS) {
      const url = segment ? `/companies/${company.slug}/${segment}` : `/companies/${company.slug}`;
      await page.goto(url);
      await expect(page.locator('h1')).toHaveText(`${company.name} interview prep`);
      await expect(page.getByRole('tab', { selected: true })).toHaveText(label);
      await expect(page).toHaveTitle(segment ? `${company.name} interview prep — ${label}` : `${company.name} interview prep`);
      await expect(page.getByRole('tabpanel').locator('li, dd').first()).toBeVisible();
    }
  });
}
