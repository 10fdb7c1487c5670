// The hub: cards, filters, search, sort, Clear filters, and the URL as the single source of view state.
import { test, expect, catalog, expectedSlugs, shownSlugs, hubReady, SITE } from './fixtures.mjs';

test('hub renders one card per company, by name, with a matching count', async ({ page }) => {
  await page.goto('/');
  await hubReady(page);
  await expect(page).toHaveTitle(SITE);
  await expect(page.locator('h1')).toHaveText('Company interview hubs');
  const n = catalog.companies.length;
  await expect(page.locator('.cards > li')).toHaveCount(n);
  await expect(page.locator('.results .count')).toHaveText(`${n} companies`);
  const names = await page.locator('.cards .card-link').allTextContents();
  const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  expect(names).toEqual(sorted);
  const amazon = page.locator('.card', { has: page.locator('a[href="/companies/amazon"]') });
  await expect(amazon).toContainText('Customer-obsessed commerce');
  await expect(amazon).toContainText('Commerce Marketplace');
  await expect(amazon).toContainText('Hard');
  await expect(amazon).toContainText('product execution + distributed systems');
});

test('a filtered URL shows only matching cards and survives reload', async ({ page }) => {
  const url = '/?category=commerce-marketplace,fintech-payments&difficulty=hard,medium&role=data-engineer';
  const want = expectedSlugs({
    category: ['commerce-marketplace', 'fintech-payments'],
    difficulty: ['hard', 'medium'],
    role: ['data-engineer'],
  });
  expect(want.length).toBeGreaterThan(0);
  await page.goto(url);
  await hubReady(page);
  expect((await shownSlugs(page)).sort()).toEqual(want);
  await expect(page.locator('.results .count')).toHaveText(`${want.length} of ${catalog.companies.length} companies match`);
  await expect(page.getByLabel('Fintech Payments')).toBeChecked();
  await expect(page.getByLabel('Data Engineer')).toBeChecked();
  await expect(page).toHaveTitle(`Medium or Hard · Commerce Marketplace or Fintech Payments · Data Engineer — ${SITE}`);
  await page.reload();
  await hubReady(page);
  expect((await shownSlugs(page)).sort()).toEqual(want);
  await expect(page.getByLabel('Hard', { exact: true })).toBeChecked();
});

test('filter clicks write the URL and push history; Back and Forward step through them', async ({ page }) => {
  await page.goto('/');
  await hubReady(page);
  await page.getByLabel('Fintech Payments').check();
  await expect(page).toHaveURL('/?category=fintech-payments');
  expect((await shownSlugs(page)).sort()).toEqual(expectedSlugs({ category: ['fintech-payments'] }));
  await page.getByLabel('Very hard').check();
  await expect(page).toHaveURL('/?category=fintech-payments&difficulty=very-hard');
  await page.getByLabel('Backend Engineer').check();
  await expect(page).toHaveURL('/?category=fintech-payments&difficulty=very-hard&role=backend-engineer');
  expect((await shownSlugs(page)).sort()).toEqual(
    expectedSlugs({ category: ['fintech-payments'], difficulty: ['very-hard'], role: ['backend-engineer'] }),
  );
  await page.goBack();
  await expect(page).toHaveURL('/?category=fintech-payments&difficulty=very-hard');
  await expect(page.getByLabel('Backend Engineer')).not.toBeChecked();
  await page.goBack();
  await expect(page).toHaveURL('/?category=fintech-payments');
  await expect(page.getByLabel('Very hard')).not.toBeChecked();
  await page.goForward();
  await expect(page).toHaveURL('/?category=fintech-payments&difficulty=very-hard');
  await expect(page.getByLabel('Very hard')).toBeChecked();
  await page.getByLabel('Fintech Payments').uncheck();
  await expect(page).toHaveURL('/?difficulty=very-hard');
});

test('typing replaces the history entry: Back skips keystrokes', async ({ page }) => {
  await page.goto('/');
  await hubReady(page);
  await page.getByLabel('Gaming').check();
  await expect(page).toHaveURL('/?category=gaming');
  await page.getByLabel('Search companies').pressSequentially('rio', { delay: 30 });
  await expect(page).toHaveURL('/?q=rio&category=gaming');
  expect(await shownSlugs(page)).toEqual(['riot-games']);
  await page.goBack();
  await expect(page).toHaveURL('/');
  await expect(page.getByLabel('Search companies')).toHaveValue('');
});

test('search matches every word, ignoring case and accents, across name, alias, tagline, domain and style', async ({ page }) => {
  await page.goto('/?q=STRÍPE');
  await hubReady(page);
  expect(await shownSlugs(page)).toContain('stripe');
  await expect(page.getByLabel('Search companies')).toHaveValue('STRÍPE');
  await page.goto('/?q=aws');
  await hubReady(page);
  expect(await shownSlugs(page)).toEqual(['amazon']);
  await page.goto('/?q=fulfillment+customer-driven');
  await hubReady(page);
  expect(await shownSlugs(page)).toEqual(['amazon']);
});

test('sort orders by difficulty both ways, ties by name', async ({ page }) => {
  const rank = Object.fromEntries(catalog.difficulties.map((d) => [d.slug, d.rank]));
  const bySlug = Object.fromEntries(catalog.companies.map((c) => [c.slug, c]));
  await page.goto('/');
  await hubReady(page);
  await page.getByLabel('Sort by').selectOption('-difficulty');
  await expect(page).toHaveURL('/?sort=-difficulty');
  let ranks = (await shownSlugs(page)).map((s) => rank[bySlug[s].difficulty]);
  expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  await page.getByLabel('Sort by').selectOption('difficulty');
  await expect(page).toHaveURL('/?sort=difficulty');
  const slugs = await shownSlugs(page);
  ranks = slugs.map((s) => rank[bySlug[s].difficulty]);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  await page.goBack();
  await expect(page).toHaveURL('/?sort=-difficulty');
  await expect(page.getByLabel('Sort by')).toHaveValue('-difficulty');
});

test('Clear filters keeps the sort and shows everything again', async ({ page }) => {
  await page.goto('/?q=bank&category=fintech-payments&sort=-difficulty');
  await hubReady(page);
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page).toHaveURL('/?sort=-difficulty');
  await expect(page.locator('.cards > li')).toHaveCount(catalog.companies.length);
  await expect(page.getByLabel('Search companies')).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
});

test('no match says so and offers Clear filters', async ({ page }) => {
  await page.goto('/?q=zzqxv');
  await hubReady(page);
  await expect(page.locator('.cards > li')).toHaveCount(0);
  await expect(page.getByText('No companies match these filters.')).toBeVisible();
  await expect(page.locator('.results .count')).toHaveText(`0 of ${catalog.companies.length} companies match`);
  await page.locator('.empty').getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.locator('.cards > li')).toHaveCount(catalog.companies.length);
});

test('unknown and malformed query values are ignored', async ({ page }) => {
  await page.goto('/?category=nope,,fintech-payments,FINTECH&difficulty=%3Cb%3E&sort=sideways&role=%ZZ&extra=1&q=');
  await hubReady(page);
  expect((await shownSlugs(page)).sort()).toEqual(expectedSlugs({ category: ['fintech-payments'] }));
  await expect(page.getByLabel('Sort by')).toHaveValue('name');
});

test('a card opens its company page', async ({ page }) => {
  await page.goto('/?q=amazon');
  await hubReady(page);
  await page.locator('.card', { has: page.locator('a[href="/companies/amazon"]') }).click({ position: { x: 20, y: 100 } });
  await expect(page).toHaveURL('/companies/amazon');
  await expect(page.locator('h1')).toHaveText('Amazon interview prep');
});
