// Coming back: saved companies and prep progress stay in this browser, and the hub can show
// just the saved companies.
import { test, expect, catalog, hubReady, shownSlugs } from './fixtures.mjs';

const amazon = catalog.companies.find((c) => c.slug === 'amazon');

test('save a company, find it under Saved, and still have it after a reload', async ({ page }) => {
  await page.goto('/companies/stripe');
  const save = page.getByRole('button', { name: 'Save company' });
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/companies/amazon/values');
  await page.getByRole('button', { name: 'Save company' }).click();
  await page.goto('/');
  await hubReady(page);
  await expect(page.getByLabel('Saved companies (2)')).toBeVisible();
  await page.getByLabel('Saved companies (2)').check();
  await expect(page).toHaveURL('/?saved=1');
  expect((await shownSlugs(page)).sort()).toEqual(['amazon', 'stripe']);
  await expect(page.locator('.card', { has: page.locator('a[href="/companies/stripe"]') })).toContainText('★ Saved');
  await page.reload();
  await hubReady(page);
  expect((await shownSlugs(page)).sort()).toEqual(['amazon', 'stripe']);
  await page.goto('/companies/stripe');
  await page.getByRole('button', { name: 'Save company' }).click();
  await expect(page.getByRole('button', { name: 'Save company' })).toHaveAttribute('aria-pressed', 'false');
  await page.goto('/?saved=1');
  await hubReady(page);
  expect(await shownSlugs(page)).toEqual(['amazon']);
});

test('prep focus is a checklist whose progress persists and shows on the card', async ({ page }) => {
  await page.goto('/companies/amazon/prep-focus');
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('checkbox')).toHaveCount(amazon.prep_focus.length);
  await expect(panel.getByRole('status')).toHaveText(`0 of ${amazon.prep_focus.length} prepared`);
  await panel.getByLabel(amazon.prep_focus[0]).check();
  await panel.getByLabel(amazon.prep_focus[3]).check();
  await expect(panel.getByRole('status')).toHaveText(`2 of ${amazon.prep_focus.length} prepared`);
  await page.reload();
  await expect(page.getByRole('tabpanel').getByLabel(amazon.prep_focus[3])).toBeChecked();
  await page.goto('/?q=amazon');
  await hubReady(page);
  await expect(page.locator('.card', { has: page.locator('a[href="/companies/amazon"]') })).toContainText(`2 of ${amazon.prep_focus.length} prepared`);
});

test('without storage, saving still works for the visit and the page says it will not last', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto('/companies/amazon/prep-focus');
  await page.getByRole('tabpanel').getByRole('checkbox').first().check();
  await expect(page.getByRole('tabpanel').getByRole('status')).toHaveText(/^1 of/);
  await expect(page.locator('.storage-notice')).toContainText("This browser isn't letting the site store data");
  await page.getByRole('button', { name: 'Save company' }).click();
  await expect(page.getByRole('button', { name: 'Save company' })).toHaveAttribute('aria-pressed', 'true');
});

test('junk in storage is ignored', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('company-interview-hubs:saved', '{"companies": "<img src=x onerror=alert(1)>", "prepared": 7}'));
  await page.goto('/?saved=1');
  await hubReady(page);
  await expect(page.getByText('No companies match these filters.')).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
});
