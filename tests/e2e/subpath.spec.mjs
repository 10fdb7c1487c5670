// The bundle built for a sub-path (`make build PUBLIC_URL=/hubs/`) works there: assets, catalog,
// links, navigation, deep links and reloads all stay under /hubs/.
import { test, expect, catalog, hubReady, SITE, PAGE_SIZE } from './fixtures.mjs';

const BASE = `https://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 1}/hubs`;

test('the hub, filters, company pages and back link work under /hubs/', async ({ page }) => {
  await page.goto(`${BASE}/`);
  await hubReady(page);
  await expect(page).toHaveTitle(SITE);
  await expect(page.locator('.cards > li')).toHaveCount(Math.min(PAGE_SIZE, catalog.companies.length));
  await expect(page.locator('.card-link').first()).toHaveAttribute('href', /^\/hubs\/companies\//);
  await page.getByLabel('Fintech Payments').check();
  // The router writes the hub as /hubs?… (no slash before the query); both forms load the hub.
  await expect(page).toHaveURL(/\/hubs\/?\?category=fintech-payments$/);
  await page.locator('a[href="/hubs/companies/stripe"]').click();
  await expect(page).toHaveURL(`${BASE}/companies/stripe`);
  await page.getByRole('tab', { name: 'Primary roles' }).click();
  await expect(page).toHaveURL(`${BASE}/companies/stripe/roles`);
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Primary roles' })).toHaveAttribute('aria-selected', 'true');
  await page.getByRole('link', { name: 'Back to company interview hubs' }).click();
  await expect(page).toHaveURL(/\/hubs\/?\?category=fintech-payments$/);
  await hubReady(page);
  await expect(page.getByLabel('Fintech Payments')).toBeChecked();
});

test('deep links under /hubs/ load directly, and unknown ones say Not found', async ({ page }) => {
  await page.goto(`${BASE}/companies/amazon/role-tracks`);
  await expect(page).toHaveTitle('Amazon interview prep — Role interview tracks');
  await expect(page.locator('#app h1')).toHaveText('Amazon interview prep');
  await page.goto(`${BASE}/?role=data-engineer`);
  await hubReady(page);
  await expect(page.getByLabel('Data Engineer')).toBeChecked();
  await page.goto(`${BASE}/nowhere`);
  await expect(page.getByText('There is no page at “/nowhere”.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Browse all company interview hubs' })).toHaveAttribute('href', '/hubs/');
});
