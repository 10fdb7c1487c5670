// Keyboard shortcuts and the dialog that lists them; related companies; the tab strip on a phone.
import { test, expect, catalog, hubReady } from './fixtures.mjs';

test('/ focuses the search from any page, Esc clears it, and typing in fields is left alone', async ({ page }) => {
  await page.goto('/?q=bank');
  await hubReady(page);
  await page.keyboard.press('/');
  const search = page.getByLabel('Search companies');
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('bank');
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
  await expect(page).toHaveURL('/');
  // "/" typed into the search box is text, not a shortcut.
  await page.keyboard.type('a/b');
  await expect(search).toHaveValue('a/b');
  // The view follows the keys a frame later (issue 20); the tab remembers it from then on.
  // Leaving sooner raced that frame and failed once under CI load.
  await expect(page).toHaveURL('/?q=a%2Fb');
  await page.goto('/companies/amazon/values');
  await page.getByLabel(/Private notes on Amazon/).type('x/?');
  await expect(page.getByLabel(/Private notes on Amazon/)).toHaveValue('x/?');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Primary roles' }).focus();
  await page.keyboard.press('/');
  // Back to the hub view this tab last showed, search box focused.
  await expect(page).toHaveURL('/?q=a%2Fb');
  await expect(page.getByLabel('Search companies')).toBeFocused();
  await expect(page.getByLabel('Search companies')).toHaveValue('a/b');
});

test('? opens the shortcuts dialog; focus stays inside, Esc closes it and focus returns', async ({ page }) => {
  await page.goto('/companies/stripe');
  const save = page.getByRole('button', { name: 'Save company' });
  await save.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('rowheader')).toHaveText(['/', 'Esc', '?', '← → Home End', 'Space']);
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  // A modal dialog: Tab never reaches the page behind it.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog') || document.activeElement === document.body)).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(save).toBeFocused();
  // The footer button opens it too, and Close gives focus back to that button.
  const opener = page.getByRole('button', { name: 'Keyboard shortcuts (?)' });
  await opener.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('each company page lists related companies, with why', async ({ page }) => {
  const stripe = catalog.companies.find((c) => c.slug === 'stripe');
  await page.goto('/companies/stripe');
  const related = page.getByRole('region', { name: 'Related companies' });
  const items = related.locator('li');
  await expect(items).toHaveCount(4);
  const category = catalog.categories.find((c) => c.slug === stripe.category).name;
  for (const item of await items.all()) {
    const name = await item.getByRole('link').textContent();
    const other = catalog.companies.find((c) => c.name === name);
    const sameCategory = other.category === stripe.category;
    const sharedRoles = stripe.primary_roles.filter((r) => other.primary_roles.includes(r));
    expect(sameCategory || sharedRoles.length > 0, name).toBe(true);
    if (sameCategory) await expect(item).toContainText(`Also ${category}`);
    for (const r of sharedRoles) await expect(item).toContainText(catalog.roles.find((x) => x.slug === r).name);
  }
  const next = await items.first().getByRole('link').textContent();
  await items.first().getByRole('link').click();
  await expect(page.locator('main h1')).toHaveText(`${next} interview prep`);
  await expect(page).not.toHaveURL('/companies/stripe');
  // The list is the new company's now (drawn in the browser, not kept from Stripe's page).
  const nextSlug = catalog.companies.find((c) => c.name === next).slug;
  await expect(related.locator(`a[href="/companies/${nextSlug}"]`)).toHaveCount(0);
  await expect(items).not.toHaveCount(0);
});

test('on a phone the selected tab is always visible in the tab strip', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const visible = async (name) => {
    const [strip, tab] = await Promise.all([page.getByRole('tablist').boundingBox(), page.getByRole('tab', { name }).boundingBox()]);
    return tab.x >= strip.x - 1 && tab.x + tab.width <= strip.x + strip.width + 1;
  };
  await page.goto('/companies/amazon/links');
  await expect.poll(() => visible('Public links')).toBe(true);
  await page.getByRole('tab', { name: 'Public links' }).focus();
  await page.keyboard.press('Home');
  await expect.poll(() => visible('Snapshot')).toBe(true);
  await page.keyboard.press('End');
  await expect.poll(() => visible('Public links')).toBe(true);
  await page.goBack();
  await page.goto('/companies/amazon/role-tracks');
  await expect.poll(() => visible('Role interview tracks')).toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
