// The live DOM of each kind of page is valid HTML: the Nu Html Checker (vnu-jar from npm, run
// with Java) reports no error for the hub, a filtered hub, a company tab and Not found.
import { test, expect } from './fixtures.mjs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const vnu = createRequire(import.meta.url)('vnu-jar');
const PAGES = {
  hub: '/',
  'filtered-hub': '/?q=data&category=fintech-payments,commerce-marketplace&sort=-difficulty',
  'company-tab': '/companies/stripe/links',
  'role-tracks': '/companies/amazon/role-tracks',
  'not-found': '/nowhere',
  'your-data': '/your-data',
  compare: '/compare?companies=amazon,google,stripe,nobody',
};

test('every kind of page is valid HTML once the live app has it', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'markup-'));
  const files = [];
  for (const [name, url] of Object.entries(PAGES)) {
    await page.goto(url);
    await expect(page.locator('main h1').first()).toBeVisible();
    const html = `<!DOCTYPE html>\n${await page.evaluate(() => document.documentElement.outerHTML)}`;
    const file = join(dir, `${name}.html`);
    writeFileSync(file, html);
    files.push(file);
    // Exactly one title and one description, whatever the page.
    await expect(page.locator('head title')).toHaveCount(1);
    await expect(page.locator('head meta[name="description"]')).toHaveCount(1);
  }
  const out = execFileSync('java', ['-jar', String(vnu), '--format', 'json', '--stdout', '--exit-zero-always', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const result = JSON.parse(out || '{"messages":[]}');
  const errors = result.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `${m.url.split('/').pop()}:${m.lastLine}: ${m.message}`);
  expect(errors).toEqual([]);
});
