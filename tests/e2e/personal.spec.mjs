// The visitor's own data: notes, progress and its reset, one versioned storage key (migrated
// from the old one), live sync between tabs, export and import, and storage that fails.
import { readFileSync } from 'node:fs';
import { test, expect, catalog, hubReady, liveApp } from './fixtures.mjs';

const KEY = 'company-interview-hubs:personal';
const LEGACY_KEY = 'company-interview-hubs:saved';
const FORMAT = 'company-interview-hubs/personal-data';
const amazon = catalog.companies.find((c) => c.slug === 'amazon');
const stripe = catalog.companies.find((c) => c.slug === 'stripe');
const stored = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), KEY);
const card = (page, slug) => page.locator('.card', { has: page.locator(`a[href="/companies/${slug}"]`) });

test('a note is saved as you type, shown as text, and survives a reload', async ({ page }) => {
  await page.goto('/companies/amazon/values');
  const note = page.getByLabel(/Private notes on Amazon/);
  const text = 'Two stories per principle.\n<b>not bold</b> & <img src=x>';
  await note.fill(text);
  await expect(page.locator('#note-status')).toHaveText('Saved in this browser.');
  expect((await stored(page)).notes.amazon).toBe(text);
  await page.reload();
  await expect(page.getByLabel(/Private notes on Amazon/)).toHaveValue(text);
  await expect(page.locator('.notes b, .notes img')).toHaveCount(0);
  // The note belongs to the company, on every tab, and not to others.
  await page.getByRole('tab', { name: 'Primary roles' }).click();
  await expect(page.getByLabel(/Private notes on Amazon/)).toHaveValue(text);
  await page.goto('/companies/stripe');
  await expect(page.getByLabel(/Private notes on Stripe/)).toHaveValue('');
});

test('what was typed just before the tab is hidden or closed is saved at once (issue 22)', async ({ page }) => {
  for (const event of ['pagehide', 'visibilitychange']) {
    await page.goto('/companies/stripe');
    const text = `Typed right before ${event}.`;
    await page.getByLabel(/Private notes on Stripe/).fill(text);
    // In the same task as the event, before any 0.4 s timer could run: only a flush saves it.
    const saved = await page.evaluate(([event, key]) => {
      if (event === 'visibilitychange') Object.defineProperty(document, 'hidden', { value: true, configurable: true });
      const target = event === 'pagehide' ? window : document;
      target.dispatchEvent(new Event(event, { bubbles: true }));
      return JSON.parse(localStorage.getItem(key))?.notes?.stripe;
    }, [event, KEY]);
    expect(saved, event).toBe(text);
  }
});

test('a note longer than the limit is cut and the page says so', async ({ page }) => {
  await page.goto('/companies/stripe');
  const note = page.getByLabel(/Private notes on Stripe/);
  await note.fill('x'.repeat(5_100));
  await expect(note).toHaveValue('x'.repeat(5_000));
  await expect(page.locator('#note-status')).toContainText('reached the limit of 5000 characters');
  await expect.poll(async () => (await stored(page))?.notes?.stripe?.length).toBe(5_000);
});

test('progress shows on the card and in the Saved view, and a reset asks first (keyboard)', async ({ page }) => {
  const total = amazon.prep_focus.length;
  await page.goto('/companies/amazon/prep-focus');
  const panel = page.getByRole('tabpanel');
  await panel.getByLabel(amazon.prep_focus[0]).check();
  await panel.getByLabel(amazon.prep_focus[2]).check();
  await panel.getByLabel(amazon.prep_focus[4]).check();
  await page.getByRole('button', { name: 'Save company' }).click();
  await page.goto('/?saved=1');
  await hubReady(page);
  await expect(card(page, 'amazon')).toContainText(`★ Saved · 3 of ${total} prepared`);
  await page.goto('/companies/amazon/prep-focus');
  const reset = page.getByRole('button', { name: 'Reset progress' });
  await reset.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Clear all 3 ticks for Amazon? Your note and saved mark stay.')).toBeVisible();
  const confirm = page.getByRole('button', { name: 'Clear ticks' });
  await expect(confirm).toBeFocused();
  // "Keep them" changes nothing and gives focus back.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tabpanel').getByRole('status')).toHaveText(`3 of ${total} prepared`);
  await expect(reset).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Clear ticks' }).press('Enter');
  await expect(page.getByRole('tabpanel').getByRole('status')).toHaveText(`0 of ${total} prepared`);
  await expect(page.getByRole('tabpanel').getByRole('checkbox').first()).toBeFocused();
  await expect(reset).toHaveCount(0);
  expect((await stored(page)).prepared.amazon).toBeUndefined();
  expect((await stored(page)).saved).toEqual(['amazon']);
});

test('what was saved in the old format is migrated once, and nothing is lost', async ({ page }) => {
  await page.addInitScript(([legacy]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(legacy, JSON.stringify({ companies: ['stripe', 'amazon'], prepared: { amazon: [1, 3], 'gone-company': [0] } }));
      sessionStorage.setItem('seeded', '1');
    }
  }, [LEGACY_KEY]);
  await page.goto('/?saved=1');
  await hubReady(page);
  await expect(card(page, 'amazon')).toContainText(`★ Saved · 2 of ${amazon.prep_focus.length} prepared`);
  await expect(card(page, 'stripe')).toContainText('★ Saved');
  const now = await stored(page);
  expect(now).toMatchObject({ format: FORMAT, version: 2, saved: ['stripe', 'amazon'], prepared: { amazon: [1, 3], 'gone-company': [0] } });
  expect(await page.evaluate((k) => localStorage.getItem(k), LEGACY_KEY)).toBeNull();
  await page.goto('/your-data');
  await expect(page.locator('.kept li', { hasText: 'gone-company' })).toContainText('No longer in the catalog');
  await expect(page.locator('.kept li', { hasText: 'gone-company' })).toContainText('progress kept');
});

test('two tabs stay in step without a reload', async ({ page, context }) => {
  await page.goto('/companies/stripe');
  const other = await context.newPage();
  await other.goto('/companies/stripe');
  await liveApp(other);
  await page.getByRole('button', { name: 'Save company' }).click();
  await expect(other.getByRole('button', { name: 'Save company' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel(/Private notes on Stripe/).fill('Ask about the API review.');
  await expect(other.getByLabel(/Private notes on Stripe/)).toHaveValue('Ask about the API review.');
  await other.goto('/?saved=1');
  await liveApp(other);
  await hubReady(other);
  await expect(other.getByLabel('Saved companies (1)')).toBeVisible();
  await page.getByRole('button', { name: 'Save company' }).click();
  await expect(other.getByLabel('Saved companies (0)')).toBeVisible();
  await expect(other.getByText('No companies match these filters.')).toBeVisible();
  await other.close();
});

/** Seeds this page's storage with `data` in the current format, before any script runs. */
async function seed(page, data) {
  await page.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    }
  }, [KEY, JSON.stringify({ format: FORMAT, version: 1, ...data })]);
}

test('export, then import into a fresh browser profile, restores everything', async ({ page, browser }) => {
  await seed(page, {
    saved: ['amazon', 'stripe'],
    prepared: { amazon: [0, 2], 'gone-company': [1] },
    notes: { amazon: 'Leadership stories.', 'gone-company': 'Kept though gone.' },
  });
  await page.goto('/your-data');
  await expect(page.locator('.kept')).toContainText('Amazon: saved, 2 of');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download your data' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^company-interview-hubs-\d{4}-\d{2}-\d{2}\.json$/);
  const file = readFileSync(await download.path(), 'utf8');
  const exported = JSON.parse(file);
  expect(exported).toMatchObject({ format: FORMAT, version: 2, saved: ['amazon', 'stripe'], notes: { 'gone-company': 'Kept though gone.' } });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/your-data');
  await liveApp(other);
  await expect(other.locator('main')).toContainText('Nothing yet.');
  await other.getByLabel('Choose an exported file (.json)').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(other.locator('#import-contents')).toHaveText('backup.json holds 2 companies saved, progress for 2 companies, 2 notes and 0 interview plans.');
  await other.getByRole('button', { name: 'Merge into my data' }).click();
  await expect(other.locator('#import-result')).toHaveText('Merged. Adds 2 saved companies, 3 prepared items and 2 notes.');
  await other.goto('/companies/amazon/prep-focus');
  await liveApp(other);
  await expect(other.getByLabel(/Private notes on Amazon/)).toHaveValue('Leadership stories.');
  await expect(other.getByRole('tabpanel').getByLabel(amazon.prep_focus[2])).toBeChecked();
  await expect(other.getByRole('button', { name: 'Save company' })).toHaveAttribute('aria-pressed', 'true');
  await fresh.close();
});

test('merge keeps what you have; replace makes your data exactly the file', async ({ page }) => {
  await seed(page, { saved: ['amazon'], prepared: {}, notes: { amazon: 'Mine.' } });
  const file = JSON.stringify({ format: FORMAT, version: 1, saved: ['stripe'], prepared: { stripe: [0] }, notes: { amazon: 'Theirs.' } });
  const choose = () => page.getByLabel('Choose an exported file (.json)').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.goto('/your-data');
  await choose();
  await expect(page.locator('.import-choice')).toContainText('Adds 1 saved company and 1 prepared item; changes 1 note. Nothing you have is lost.');
  await expect(page.locator('.import-choice')).toContainText('Adds 1 saved company and 1 prepared item; changes 1 note; removes 1 saved company.');
  await page.getByRole('button', { name: 'Merge into my data' }).click();
  expect(await stored(page)).toMatchObject({ saved: ['amazon', 'stripe'], prepared: { stripe: [0] }, notes: { amazon: 'Mine.\n\nTheirs.' } });
  await choose();
  await page.getByRole('button', { name: 'Replace my data' }).click();
  await expect(page.locator('#import-result')).toContainText('Replaced.');
  expect(await stored(page)).toMatchObject({ saved: ['stripe'], prepared: { stripe: [0] }, notes: { amazon: 'Theirs.' } });
  // Undo after Replace (issue 22) puts back exactly what was there.
  await page.getByRole('button', { name: 'Undo replace' }).click();
  await expect(page.locator('#import-result')).toHaveText('Undone: your data is as it was before the import.');
  await expect(page.getByRole('button', { name: 'Undo replace' })).toHaveCount(0);
  expect(await stored(page)).toMatchObject({ saved: ['amazon', 'stripe'], prepared: { stripe: [0] }, notes: { amazon: 'Mine.\n\nTheirs.' } });
});

test('a change made in one tab never overwrites what another tab stored a moment before (issue 22)', async ({ page }) => {
  await page.goto('/companies/stripe');
  await liveApp(page);
  // Another tab's write that this tab has not heard about (no storage event reaches it).
  await page.evaluate(([key, format]) => {
    window.addEventListener('storage', (e) => e.stopImmediatePropagation(), true);
    localStorage.setItem(key, JSON.stringify({ format, version: 2, saved: ['amazon'], notes: { amazon: 'From the other tab.' } }));
  }, [KEY, FORMAT]);
  await page.getByRole('button', { name: 'Save company' }).click();
  const data = await stored(page);
  expect(data.saved).toEqual(['amazon', 'stripe']);
  expect(data.notes).toEqual({ amazon: 'From the other tab.' });
});

test('a stored note longer than the typing limit (joined by a merge) is never cut', async ({ page }) => {
  const long = `${'a'.repeat(4_000)}\n\n${'b'.repeat(4_000)}`;
  await seed(page, { saved: [], prepared: {}, notes: { stripe: long } });
  await page.goto('/companies/stripe');
  await liveApp(page);
  const note = page.getByLabel(/Private notes on Stripe/);
  await expect(note).toHaveValue(long);
  await note.press('End');
  await note.pressSequentially('!');
  await expect(page.locator('#note-status')).toContainText(`reached the limit of ${long.length} characters`);
  await note.press('Backspace');
  await expect(page.locator('#note-status')).toContainText('Saved in this browser.');
  expect((await stored(page)).notes.stripe).toBe(long.slice(0, -1));
  await page.reload();
  await expect(page.getByLabel(/Private notes on Stripe/)).toHaveValue(long.slice(0, -1));
});

test('a bad, foreign, newer or too-large file gets a clear message and changes nothing', async ({ page }) => {
  await seed(page, { saved: ['amazon'], prepared: {}, notes: {} });
  await page.goto('/your-data');
  const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
  const cases = [
    ['{"saved": [', 'This file is not JSON'],
    ['{"companies": ["stripe"]}', 'This JSON file is not an export of Company Interview Hubs data.'],
    [JSON.stringify({ format: FORMAT, version: 9, saved: ['stripe'] }), 'comes from a newer version of the site (data version 9'],
    ['x'.repeat(2_100_000), 'an export is at most 2000 KB'],
  ];
  for (const [body, message] of cases) {
    await page.getByLabel('Choose an exported file (.json)').setInputFiles({ name: 'f.json', mimeType: 'application/json', buffer: Buffer.from(body) });
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('alert')).toContainText('Nothing was changed.');
    await expect(page.getByRole('button', { name: /Merge|Replace/ })).toHaveCount(0);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
  }
});

test('full storage: the app keeps working, says so once, and keeps the last stored copy', async ({ page }) => {
  await seed(page, { saved: ['amazon'], prepared: {}, notes: {} });
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await page.goto('/companies/stripe');
  await page.getByRole('button', { name: 'Save company' }).click();
  await expect(page.getByRole('button', { name: 'Save company' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.storage-notice')).toHaveCount(1);
  await expect(page.locator('.storage-notice')).toContainText('storage for the site is full');
  await page.getByLabel(/Private notes on Stripe/).fill('still typing');
  await expect(page.locator('#note-status')).toContainText('Kept for this visit only');
  await page.getByRole('link', { name: 'Back to company interview hubs' }).click();
  await hubReady(page);
  await expect(page.getByLabel('Saved companies (2)')).toBeVisible();
  await page.locator('.storage-notice').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.locator('.storage-notice')).toHaveCount(0);
  expect((await stored(page)).saved).toEqual(['amazon']);
});

test('unreadable stored data is left untouched and the app still works', async ({ page }) => {
  const corrupt = '{"format":"company-interview-hubs/personal-data","version":7,"saved":["amazon"]}';
  await page.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, value);
      sessionStorage.setItem('seeded', '1');
    }
  }, [KEY, corrupt]);
  await page.goto('/companies/stripe');
  await expect(page.locator('.storage-notice')).toContainText('could not be read');
  await page.getByRole('button', { name: 'Save company' }).click();
  await expect(page.getByRole('button', { name: 'Save company' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(corrupt);
  // In-app navigation keeps the visit's data (a reload would start from the unreadable store).
  await page.getByRole('link', { name: 'All your notes, export and import' }).click();
  await expect(page.locator('.kept')).toContainText('Stripe: saved');
  await expect(page.locator('.storage-notice')).toHaveCount(1);
});
