// Accessibility: axe-core (WCAG 2.x A/AA) on every kind of view, at phone and desktop size, in
// light and dark; a keyboard-only journey; screenshots of the main views to screenshots/.
import { test, expect, hubReady } from './fixtures.mjs';
import AxeBuilder from '@axe-core/playwright';

const SIZES = [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
];
const VIEWS = [
  ['hub', '/'],
  ['hub-no-results', '/?q=zzqxv&category=gaming'],
  ['company', '/companies/amazon'],
  ['interview-loop', '/companies/amazon/interview-loop'],
  ['loop-not-known', '/companies/riot-games/interview-loop'],
  ['prep-focus', '/companies/amazon/prep-focus'],
  ['values', '/companies/amazon/values'],
  ['roles', '/companies/amazon/roles'],
  ['role-tracks', '/companies/amazon/role-tracks'],
  ['links', '/companies/amazon/links'],
  ['not-found', '/companies/nope'],
  ['error', '/?broken=1'],
  ['your-data', '/your-data'],
  ['plan', '/plan'],
  ['company-plan', '/companies/stripe/interview-loop'],
  ['compare', '/compare?companies=amazon,google,stripe,nobody'],
  ['compare-tray', '/?q=goo'],
  ['shortcuts-dialog', '/companies/stripe'],
  ['storage-notice', '/companies/stripe/prep-focus'],
];
/** A day `n` days from now, as the date input writes it. */
const inDays = (n) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
/** Personal data for the your-data and plan views: a note, progress, a company gone from the
 * catalog, and interview plans (the days list is long enough to fold). */
const PERSONAL = JSON.stringify({
  format: 'company-interview-hubs/personal-data', version: 2, saved: ['amazon', 'gone-company'],
  prepared: { amazon: [0, 1] }, notes: { amazon: 'Stories.' },
  plans: {
    stripe: { role: 'Backend engineer', interviews: [{ date: inDays(3), time: '14:00', kind: 'technical-screen', title: 'Phone screen' }, { date: inDays(20), kind: 'coding', title: 'Onsite' }] },
    amazon: { interviews: [{ date: inDays(-5), kind: 'other', title: 'Past screen' }] },
  },
});

for (const [sizeName, viewport] of SIZES) {
  for (const scheme of ['light', 'dark']) {
    test.describe(`${sizeName} ${scheme}`, () => {
      test.use({ viewport, colorScheme: scheme, allowErrors: true });
      for (const [name, url] of VIEWS) {
        test(`axe finds no WCAG A/AA violation: ${name}`, async ({ page }) => {
          if (name === 'error') await page.route('**/data/hub.json', (r) => r.fulfill({ status: 500, body: '' }));
          if (['your-data', 'prep-focus', 'plan', 'company-plan'].includes(name)) {
            await page.addInitScript((v) => localStorage.setItem('company-interview-hubs:personal', v), PERSONAL);
          }
          if (name === 'compare-tray') {
            await page.addInitScript(() => sessionStorage.setItem('company-interview-hubs:compare', 'amazon,google'));
          }
          if (name === 'storage-notice') {
            await page.addInitScript(() => {
              Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
            });
          }
          await page.goto(url);
          if (name === 'compare-tray') await expect(page.locator('.compare-tray li')).toHaveCount(2);
          if (name === 'storage-notice') await expect(page.locator('.storage-notice')).toBeVisible();
          if (name === 'shortcuts-dialog') {
            await page.keyboard.press('?');
            await expect(page.getByRole('dialog')).toBeVisible();
          }
          if (name === 'your-data') {
            // With an import waiting for Merge or Replace.
            await page.getByLabel('Choose an exported file (.json)').setInputFiles({ name: 'f.json', mimeType: 'application/json', buffer: Buffer.from(PERSONAL.replace('Stories.', 'More.')) });
            await expect(page.locator('.import-choice')).toBeVisible();
          }
          await expect(page.locator('main h1, main h2').first()).toBeVisible();
          if (name.startsWith('hub')) await hubReady(page);
          if (name === 'error') await expect(page.getByRole('alert')).toBeVisible();
          if (name === 'plan' || name === 'company-plan') await expect(page.locator('.plan-days').first()).toBeVisible();
          if (sizeName === 'phone' && name === 'hub') {
            await page.getByRole('button', { name: /Show filters/ }).click();
            await expect(page.locator('#filters')).toBeVisible();
          }
          const results = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
            .analyze();
          const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          expect(summary).toEqual([]);
          await page.screenshot({ path: `screenshots/${sizeName}-${scheme}-${name}.png` });
        });
      }
    });
  }
}

// Dark chosen in the Theme picker (<html data-theme="dark">) on a light system: the forced dark
// palette is checked too, not only the one the media query gives.
for (const [sizeName, viewport] of SIZES) {
  test.describe(`${sizeName} dark chosen`, () => {
    test.use({ viewport, colorScheme: 'light', allowErrors: true });
    for (const [name, url] of VIEWS.filter(([n]) => ['hub', 'company', 'interview-loop', 'prep-focus', 'role-tracks', 'links', 'not-found', 'error'].includes(n))) {
      test(`axe finds no WCAG A/AA violation: ${name}`, async ({ page }) => {
        await page.addInitScript(() => localStorage.setItem('company-interview-hubs:theme', 'dark'));
        if (name === 'error') await page.route('**/data/hub.json', (r) => r.fulfill({ status: 500, body: '' }));
        await page.goto(url);
        await expect(page.locator('main h1, main h2').first()).toBeVisible();
        if (name.startsWith('hub')) await hubReady(page);
        if (name === 'error') await expect(page.getByRole('alert')).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
        await expect(page.getByLabel('Theme')).toHaveValue('dark');
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
        await page.screenshot({ path: `screenshots/${sizeName}-chosen-dark-${name}.png` });
      });
    }
  });
}

test('the whole hub-to-tab journey works with the keyboard alone, with a visible focus ring', async ({ page }) => {
  await page.goto('/');
  await hubReady(page);
  const focusRing = async () =>
    page.evaluate(() => {
      let el = document.activeElement;
      // A card shows the ring on the card around its focused link.
      for (let i = 0; el && i < 4; i++, el = el.parentElement) {
        const s = getComputedStyle(el);
        if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) return true;
      }
      return false;
    });
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Search companies')).toBeFocused();
  expect(await focusRing()).toBe(true);
  await page.keyboard.type('amazon');
  await expect(page).toHaveURL('/?q=amazon');
  // Space toggles a checkbox; the filter lands in the URL.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Saved companies (0)')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Notes, export and import' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('AI Labs')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL('/?q=amazon&category=ai-labs');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL('/?q=amazon');
  let found = false;
  for (let i = 0; i < 80 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.getAttribute('href') === '/companies/amazon');
  }
  expect(found).toBe(true);
  expect(await focusRing()).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/companies/amazon');
  // Focus moves to the new page's content, not to the top of the document.
  await expect(page.locator('main')).toBeFocused();
  // The profile arrives in its own file after a client-side navigation: wait for the tabs.
  await expect(page.getByRole('tab', { name: 'Snapshot' })).toBeVisible();
  found = false;
  for (let i = 0; i < 10 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab');
  }
  expect(found).toBe(true);
  await expect(page.getByRole('tab', { name: 'Snapshot' })).toBeFocused();
  expect(await focusRing()).toBe(true);
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL('/companies/amazon/role-tracks');
  await expect(page.getByRole('tab', { name: 'Role interview tracks' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tabpanel')).toBeFocused();
  expect(await focusRing()).toBe(true);
  await expect(page.getByRole('tabpanel')).toContainText('Backend Engineer interviews at Amazon');
});
