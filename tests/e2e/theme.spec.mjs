// The Theme picker (src/components/theme_picker.rs, public/theme.js): System, Light or Dark,
// remembered in this browser and applied before the first paint.
import { test, expect, liveApp } from './fixtures.mjs';

const KEY = 'company-interview-hubs:theme';
const LIGHT_BG = 'rgb(247, 247, 245)';
const DARK_BG = 'rgb(17, 19, 23)';
const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const theme = (page) => page.evaluate(() => document.documentElement.dataset.theme ?? null);

test.describe('on a light system', () => {
  test.use({ colorScheme: 'light' });

  test('choosing Dark darkens every page and survives a reload; System goes back to the device', async ({ page }) => {
    await page.goto('/companies/amazon');
    const picker = page.getByLabel('Theme');
    await expect(picker).toHaveValue('system');
    expect(await background(page)).toBe(LIGHT_BG);
    await picker.selectOption('dark');
    expect(await theme(page)).toBe('dark');
    expect(await background(page)).toBe(DARK_BG);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe('dark');

    await page.reload();
    await expect(page.getByLabel('Theme')).toHaveValue('dark');
    expect(await theme(page)).toBe('dark');
    expect(await background(page)).toBe(DARK_BG);
    // The same control on the hub, and in-app navigation keeps it.
    await page.getByRole('link', { name: 'Back to company interview hubs' }).click();
    await expect(page).toHaveURL('/');
    await expect(page.getByLabel('Theme')).toHaveValue('dark');
    expect(await background(page)).toBe(DARK_BG);

    await page.getByLabel('Theme').selectOption('system');
    expect(await theme(page)).toBe(null);
    expect(await background(page)).toBe(LIGHT_BG);
    await page.reload();
    await expect(page.getByLabel('Theme')).toHaveValue('system');
    expect(await background(page)).toBe(LIGHT_BG);
  });

  test('a stored choice is on the page before the app runs: no flash of the other theme', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Theme').selectOption('dark');
    // Hold the wasm back: whatever is on screen now is the build-time HTML, unstyled by the app.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route('**/*_bg.wasm', async (route) => {
      await held;
      await route.continue();
    });
    page.keepPrerender = true;
    await page.goto('/companies/amazon', { waitUntil: 'domcontentloaded' });
    await expect(page.locator('#prerender h1')).toHaveText('Amazon interview prep');
    await expect(page.locator('html[data-live]')).toHaveCount(0);
    expect(await theme(page)).toBe('dark');
    expect(await background(page)).toBe(DARK_BG);
    // The build-time picker says System (the same for everyone); the live app then shows Dark.
    release();
    await liveApp(page);
    await expect(page.getByLabel('Theme')).toHaveValue('dark');
  });

  test('the picker works with the keyboard alone', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Tab');
    const picker = page.getByLabel('Theme');
    await expect(picker).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(picker).toHaveValue('light');
    await page.keyboard.press('ArrowDown');
    await expect(picker).toHaveValue('dark');
    expect(await theme(page)).toBe('dark');
    expect(await background(page)).toBe(DARK_BG);
  });

  test('without storage the picker still switches the theme, for this page', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    });
    await page.goto('/companies/amazon');
    await page.getByLabel('Theme').selectOption('dark');
    expect(await background(page)).toBe(DARK_BG);
    await page.reload();
    await expect(page.getByLabel('Theme')).toHaveValue('system');
    expect(await background(page)).toBe(LIGHT_BG);
  });
});

test.describe('on a dark system', () => {
  test.use({ colorScheme: 'dark' });

  test('the device decides under System, and Light wins over it', async ({ page }) => {
    await page.goto('/');
    expect(await background(page)).toBe(DARK_BG);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
    await page.getByLabel('Theme').selectOption('light');
    expect(await theme(page)).toBe('light');
    expect(await background(page)).toBe(LIGHT_BG);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('light');
    await page.reload();
    expect(await background(page)).toBe(LIGHT_BG);
  });
});
