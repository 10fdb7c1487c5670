// Printing a company page gives a prep sheet (src/pages/company/print_sheet.rs): every section
// in order with its heading, the page's address, the reviewed date and ticked prep items, and
// none of the screen's navigation.
import { test, expect, catalog, TABS } from './fixtures.mjs';

const amazon = catalog.companies.find((c) => c.slug === 'amazon');

test('a printed company page is a prep sheet with every section, and the screen is unchanged', async ({ page, baseURL }) => {
  await page.goto('/companies/amazon/prep-focus');
  await page.getByLabel(amazon.prep_focus[1]).check();
  await page.getByLabel(/Private notes on Amazon/).fill('Ask about the bar raiser.\nTwo stories each.');
  await expect(page.locator('#note-status')).toHaveText('Saved in this browser.');
  const sheet = page.locator('.print-sheet');
  // An ordinary visit doesn't build the sheet at all; printing does.
  await expect(sheet).toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  await expect(sheet).toBeVisible();
  await expect(page.locator('main h1')).toHaveText('Amazon interview prep');
  await expect(sheet.locator('h2')).toHaveText([...TABS.map(([, label]) => label), 'Your notes']);
  await expect(sheet.locator('.print-note')).toHaveText('Ask about the bar raiser.\nTwo stories each.');
  const reviewed = new Date(`${amazon.reviewed}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  await expect(sheet.locator('.print-meta')).toHaveText(`Prep sheet from ${baseURL}/companies/amazon · Profile last checked against sources on ${reviewed}`);
  // Each section's content, not only its heading.
  const sections = sheet.locator('.print-section');
  await expect(sections.nth(0)).toContainText(amazon.interview_style);
  await expect(sections.nth(1)).toContainText(amazon.interview_loop.stages[0].tests);
  await expect(sections.nth(3)).toContainText(amazon.values[0]);
  await expect(sections.nth(5)).toContainText('Backend Engineer interviews at Amazon');
  await expect(sections.nth(6)).toContainText(amazon.links[0].label);
  // The ticked item is marked; the others are not.
  const items = sections.nth(2).locator('li');
  await expect(items).toHaveCount(amazon.prep_focus.length);
  await expect(items.nth(1)).toHaveText(`✓ prepared ${amazon.prep_focus[1]}`);
  await expect(items.nth(0)).toHaveText(`☐ ${amazon.prep_focus[0]}`);
  await expect(sheet.locator('input, [id]')).toHaveCount(0);
  // No navigation chrome on paper.
  for (const chrome of ['.skip-link', '.site-header', '.back-link', '[role=tablist]', '.save-button', '[role=tabpanel]', '.notes', '.related', '.compare-pick', '.site-footer']) {
    await expect(page.locator(chrome), chrome).toBeHidden();
  }

  await page.emulateMedia({ media: 'screen' });
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('tablist')).toBeVisible();
  await expect(page.getByLabel('Theme')).toBeVisible();
});

test('the sheet follows the checklist as items are ticked', async ({ page }) => {
  await page.goto('/companies/amazon/prep-focus');
  await page.emulateMedia({ media: 'print' });
  const first = page.locator('.print-checklist li').first();
  await expect(first).toHaveText(`☐ ${amazon.prep_focus[0]}`);
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel(amazon.prep_focus[0]).check();
  await page.reload();
  await page.emulateMedia({ media: 'print' });
  await expect(first).toHaveText(`✓ prepared ${amazon.prep_focus[0]}`);
});

test('the print dialog (beforeprint) builds the sheet too', async ({ page }) => {
  await page.goto('/companies/stripe/values');
  await expect(page.locator('.print-sheet')).toHaveCount(0);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('.print-sheet h2')).toHaveCount(7);
  await expect(page.locator('.print-sheet')).toBeHidden();
});
