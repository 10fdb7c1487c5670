// Comparing two to four companies: picking them (cards, company pages, the Saved view), the
// bookmarkable /compare URL, its table, and what it refuses.
import { test, expect, catalog, hubReady, liveApp, SITE } from './fixtures.mjs';

const bySlug = (slug) => catalog.companies.find((c) => c.slug === slug);
const roleName = (slug) => catalog.roles.find((r) => r.slug === slug).name;

test('a compare URL shows the companies side by side, with what they share marked, and survives reload', async ({ page }) => {
  const slugs = ['amazon', 'google', 'stripe'];
  await page.goto(`/compare?companies=${slugs.join(',')}`);
  await expect(page).toHaveTitle(`Compare Amazon, Google and Stripe — ${SITE}`);
  const table = page.getByRole('table');
  await expect(table.locator('thead th')).toHaveText(slugs.map((s) => new RegExp(`^${bySlug(s).name}`)));
  const rows = ['Category', 'Difficulty', 'Interview loop', 'Interview style', 'What they tend to value', 'Prep focus', 'Primary roles', "What each role's loop emphasizes"];
  await expect(table.locator('tbody th[scope="row"]')).toHaveText(rows);
  // Every cell is the catalog's text for that company, in column order.
  const cell = (row, col) => table.locator('tbody tr').nth(rows.indexOf(row)).locator('td').nth(col);
  for (const [col, slug] of slugs.entries()) {
    const c = bySlug(slug);
    await expect(cell('Interview style', col)).toHaveText(c.interview_style);
    await expect(cell('Difficulty', col)).toContainText(c.difficulty_note);
    await expect(cell('Prep focus', col).locator('li')).toHaveText(c.prep_focus);
    await expect(cell('What they tend to value', col).locator('li')).toHaveText(c.values);
    await expect(cell('Primary roles', col).locator('li')).toHaveText(c.primary_roles.map((r) => new RegExp(`^${roleName(r)}`)));
  }
  const shared = bySlug('amazon').primary_roles.filter((r) => slugs.every((s) => bySlug(s).primary_roles.includes(r)));
  expect(shared.length).toBeGreaterThan(0);
  await expect(cell('Primary roles', 0).locator('li.shared')).toHaveText(shared.map((r) => `${roleName(r)}Shared`));
  // Removing a company is a link to the smaller comparison.
  await page.getByRole('link', { name: 'Remove Google' }).click();
  await expect(page).toHaveURL('/compare?companies=amazon,stripe');
  await expect(page).toHaveTitle(`Compare Amazon and Stripe — ${SITE}`);
  await page.reload();
  await expect(page.getByRole('table').locator('thead th')).toHaveCount(2);
});

test('unknown and repeated names are ignored with a note; more than four is refused', async ({ page }) => {
  await page.goto('/compare?companies=amazon,nobody,stripe,amazon,%3Cimg%20src%3Dx%3E');
  await expect(page.getByRole('status').filter({ hasText: 'Ignored' })).toHaveText(
    'Ignored “nobody”, “<img src=x>”: not companies in the catalog.Ignored repeats of “amazon”.');
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.getByRole('table').locator('thead th')).toHaveCount(2);
  const five = catalog.companies.slice(0, 5).map((c) => c.slug);
  await page.goto(`/compare?companies=${five.join(',')}`);
  await expect(page.getByRole('alert')).toContainText('This link names 5 companies; up to 4 can be compared at once');
  await expect(page.getByRole('table')).toHaveCount(0);
  await page.getByRole('link', { name: 'Compare the first 4' }).click();
  await expect(page).toHaveURL(`/compare?companies=${five.slice(0, 4).join(',')}`);
  await expect(page.getByRole('table').locator('thead th')).toHaveCount(4);
  await page.goto('/compare?companies=amazon');
  await expect(page.locator('main')).toContainText('Pick two to four companies');
  await expect(page).toHaveTitle(`Compare companies — ${SITE}`);
});

test('pick companies from cards and a company page (keyboard), up to four, then compare', async ({ page }) => {
  await page.goto('/?category=ai-labs');
  await hubReady(page);
  const labs = catalog.companies.filter((c) => c.category === 'ai-labs').map((c) => c.slug).sort();
  expect(labs.length).toBeGreaterThan(4);
  for (const slug of labs.slice(0, 3)) await page.locator(`#cmp-${slug}`).check();
  await page.locator(`#cmp-${labs[3]}`).focus();
  await page.keyboard.press('Space');
  await expect(page.locator(`#cmp-${labs[4]}`)).toBeDisabled();
  await expect(page.locator(`label[for="cmp-${labs[4]}"]`)).toContainText('(up to 4)');
  const tray = page.getByRole('complementary', { name: 'Companies to compare' });
  await expect(tray.locator('li')).toHaveCount(4);
  await tray.getByRole('button', { name: `Remove ${bySlug(labs[0]).name} from the comparison` }).click();
  await expect(page.locator(`#cmp-${labs[4]}`)).toBeEnabled();
  // From a company page; the picks last through in-app navigation and a reload of this tab.
  await page.goto('/companies/stripe');
  await page.getByLabel('Compare Stripe').check();
  await expect(tray.locator('li')).toHaveCount(4);
  await tray.getByRole('link', { name: 'Compare 4 companies' }).click();
  await expect(page).toHaveURL(`/compare?companies=${[...labs.slice(1, 4), 'stripe'].join(',')}`);
  await expect(page.getByRole('table').locator('thead th')).toHaveCount(4);
  await expect(tray).toHaveCount(0);
});

test('the Saved view offers to compare what it shows', async ({ page }) => {
  await page.goto('/companies/amazon');
  await page.getByRole('button', { name: 'Save company' }).click();
  await page.goto('/companies/stripe');
  await page.getByRole('button', { name: 'Save company' }).click();
  await page.goto('/?saved=1');
  await hubReady(page);
  await page.getByRole('link', { name: 'Compare these 2' }).click();
  await expect(page).toHaveURL('/compare?companies=amazon,stripe');
  await expect(page.getByRole('table').locator('thead th')).toHaveText([/^Amazon/, /^Stripe/]);
});

test('on a phone the table scrolls sideways inside its own region, keeping row names in view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/compare?companies=amazon,google,stripe,meta');
  const region = page.getByRole('region', { name: /compared/ });
  await expect(region).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await region.evaluate((el) => el.scrollBy(600, 0));
  const rowName = page.locator('tbody th').first();
  const box = await rowName.boundingBox();
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x).toBeLessThan(40);
});
