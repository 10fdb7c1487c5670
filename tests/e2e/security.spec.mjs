// Hardening: strict CSP with zero violations, hostile catalog text and links rendered inert,
// broken catalogs explained, hostile URLs survived, and a visible message on a panic.
import { test, expect, catalog, hubReady } from './fixtures.mjs';
import { readFileSync } from 'node:fs';

// The app reads the hub index; a full catalog served there is read whole (no company files).
const CATALOG = /\/data\/(hub|catalog)\.json$/;
const hostile = readFileSync(new URL('../fixtures/hostile-catalog.json', import.meta.url), 'utf8');
const json = (body) => ({ status: 200, contentType: 'application/json', body });

/** Records CSP violations from the first script on. */
async function watchCsp(page) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
}

test('the Content-Security-Policy is strict', async ({ page }) => {
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  expect(directives['default-src']).toEqual(["'none'"]);
  const [self, ...rest] = directives['script-src'];
  expect(self).toBe("'self'");
  expect(rest.pop()).toBe("'wasm-unsafe-eval'");
  // Only hashes of the page's own inline scripts (Trunk's loader, the prerender check).
  expect(rest.length).toBe(await page.locator('script:not([src])').count());
  for (const source of rest) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  expect(directives['connect-src']).toEqual(["'self'"]);
  expect(directives['object-src']).toEqual(["'none'"]);
  expect(directives['base-uri']).toEqual(["'none'"]);
  expect(directives['form-action']).toEqual(["'none'"]);
  expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
});

test('no page causes a CSP violation', async ({ page }) => {
  await watchCsp(page);
  for (const url of ['/', '/?q=amazon&category=commerce-marketplace', '/companies/amazon', '/companies/amazon/links', '/companies/amazon/role-tracks', '/nope']) {
    await page.goto(url);
    await expect(page.locator('main h1').first()).toBeVisible();
    expect(await page.evaluate(() => window.__csp), url).toEqual([]);
  }
});

test.describe('with a hostile catalog', () => {
  test.use({ allowErrors: true });

  test('markup in every text field shows as typed and creates no element', async ({ page }) => {
    await watchCsp(page);
    await page.route(CATALOG, (r) => r.fulfill(json(hostile)));
    for (const url of ['/', '/?q=hostile', ...['', '/interview-loop', '/prep-focus', '/values', '/roles', '/role-tracks', '/links'].map((t) => `/companies/hostile${t}`)]) {
      await page.goto(url);
      await expect(page.locator('main h1').first()).toBeVisible();
      await expect(page.locator('main img, main script, main svg, main iframe, main object')).toHaveCount(0);
      expect(await page.evaluate(() => window.__pwned), url).toBeUndefined();
    }
    await page.goto('/companies/hostile');
    await expect(page.locator('h1')).toHaveText('Hostile <script>window.__pwned=1</script> interview prep');
    await expect(page.locator('.tagline')).toHaveText('Tagline <img src=x onerror="window.__pwned=1">');
    await page.goto('/companies/hostile/role-tracks');
    await expect(page.getByRole('tabpanel')).toContainText('usually emphasize <img src=x onerror="window.__pwned=1">, <script>');
  });

  test('hostile data in every view (compare, tray, print, your data, plans) injects no node and breaks no CSP rule', async ({ page }) => {
    // Elements the app itself never creates in <body>; markup in the data must not create them.
    const INJECTED = 'img, svg, iframe, object, embed, b, script:not([src])';
    const injected = () => page.evaluate((sel) => [...document.body.querySelectorAll(sel)]
      // The one inline script index.html itself carries (the prerender check, CSP-hashed).
      .filter((el) => !(el.tagName === 'SCRIPT' && el.textContent.includes("getElementById('prerender')")))
      .map((el) => el.outerHTML.slice(0, 80)), INJECTED);
    const markup = '<img src=x onerror="window.__pwned=1"><b>bold</b><script>window.__pwned=1</script>';
    const personal = JSON.stringify({
      format: 'company-interview-hubs/personal-data', version: 2, saved: ['hostile'], prepared: { hostile: [0] },
      notes: { hostile: `Note ${markup}`, [`gone-${'x'.repeat(3)}`]: markup },
      plans: { hostile: { role: markup, level: markup, interviews: [{ date: '2099-01-05', time: '10:00', kind: 'coding', title: `Onsite ${markup}` }] } },
    });
    await watchCsp(page);
    await page.addInitScript(([value]) => {
      localStorage.setItem('company-interview-hubs:personal', value);
      sessionStorage.setItem('company-interview-hubs:compare', 'hostile,amazon');
    }, [personal]);
    await page.route(CATALOG, (r) => r.fulfill(json(hostile)));
    const share = encodeURIComponent(JSON.stringify({ v: 1, company: 'hostile', plan: { role: markup, interviews: [{ date: '2099-01-05', kind: 'coding', title: markup }] } }));
    const views = [
      ['/', '.compare-tray li'],
      ['/compare?companies=hostile,amazon', '.compare-table'],
      ['/your-data', '.kept li'],
      ['/plan', '.plan-days'],
      [`/plan#share=${share}`, '.shared-plan .plan-days'],
      ['/companies/hostile/interview-loop', 'section.plan .plan-days'],
    ];
    for (const [url, ready] of views) {
      await page.goto(url);
      await expect(page.locator(ready).first()).toBeVisible();
      expect(await injected(), url).toEqual([]);
      expect(await page.evaluate(() => window.__pwned), url).toBeUndefined();
      expect(await page.evaluate(() => window.__csp), url).toEqual([]);
    }
    // The print sheet, built only for print media.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-sheet')).toContainText('Your interview plan');
    await expect(page.locator('.print-sheet')).toContainText(`Note ${markup}`);
    expect(await injected(), 'print').toEqual([]);
    expect(await page.evaluate(() => window.__csp), 'print').toEqual([]);
  });

  test('only https links become links; javascript:, data: and http: stay text', async ({ page }) => {
    await page.route(CATALOG, (r) => r.fulfill(json(hostile)));
    await page.goto('/companies/hostile/links');
    const panel = page.getByRole('tabpanel');
    const links = panel.locator('ul.links:not(.sources)').getByRole('link');
    await expect(links).toHaveCount(1);
    await expect(links).toHaveAttribute('href', 'https://www.example.com/careers');
    // Sources follow the same rule: the javascript: one stays text, the https one is a link.
    const sources = panel.locator('ul.sources');
    await expect(sources.getByRole('link')).toHaveCount(1);
    await expect(sources.getByRole('link')).toHaveAttribute('href', 'https://blog.example.org/hiring');
    await expect(sources).toContainText('Script source <script>window.__pwned=1</script> (link withheld: only https links are opened)');
    await expect(sources).toContainText('Safe source <img src=x onerror="window.__pwned=1">');
    await expect(page.locator('a[href^="javascript:"], a[href^="data:"], a[href^="http:"], a[href*="@"]:not([href^="mailto:"])')).toHaveCount(0);
    await expect(panel).toContainText('Script link <script>window.__pwned=1</script> (link withheld: only https links are opened)');
    await expect(panel).toContainText('Spoofed host (link withheld');
    await page.goto('/');
    await hubReady(page);
    await expect(page.locator('.cards > li').first()).toBeVisible();
  });
});

test.describe('broken catalogs', () => {
  test.use({ allowErrors: true });
  const base = () => JSON.parse(readFileSync(new URL('../../data/catalog.json', import.meta.url), 'utf8'));
  const cases = [
    // The browser parses without field paths (they cost ~40 KB of wasm); the line and column say
    // where, and `make check-catalog` names the field.
    ['a missing field', (c) => { delete c.companies[2].tagline; }, 'alert', 'The catalog has the wrong shape: missing field `tagline` at line 1 column'],
    ['a wrong type', (c) => { c.companies[1].values = 'many'; }, 'alert', 'The catalog has the wrong shape: invalid type: string "many", expected a sequence at line 1 column'],
    // Rule breaks (not shape errors) are the build's to refuse (`make check-catalog`); the
    // browser, which only ever gets a checked catalog, still renders one that breaks them.
    ['an unknown reference', (c) => { c.companies[0].primary_roles[0] = 'wizard'; }, 'renders', ['/companies/amazon/roles', 'wizard']],
    ['a duplicate slug', (c) => { c.companies[1].slug = 'amazon'; }, 'renders', ['/', 'Amazon']],
    ['a bare string', () => 'hello', 'alert', 'The catalog has the wrong shape: invalid type: string "hello", expected struct Catalog'],
  ];
  for (const [what, mutate, kind, message] of cases) {
    test(`a catalog with ${what} explains itself`, async ({ page }) => {
      const c = base();
      const out = mutate(c) ?? c;
      await page.route(CATALOG, (r) => r.fulfill(json(JSON.stringify(out))));
      await page.goto(kind === 'renders' ? message[0] : '/');
      if (kind === 'alert') {
        await expect(page.getByRole('alert')).toContainText(message);
        await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
      } else {
        await expect(page.locator('main')).toContainText(message[1]);
        await expect(page.getByRole('alert')).toHaveCount(0);
      }
    });
  }

  test('a 20 MB catalog still loads and filters', async ({ page }) => {
    // Room for its 60 s expectations on a busy two-core machine.
    test.setTimeout(180_000);
    const c = base();
    const companies = [];
    const perCompany = JSON.stringify(c.companies).length / c.companies.length;
    for (let i = 0; companies.length * perCompany < 20_500_000; i++) {
      for (const co of c.companies) companies.push({ ...co, slug: `${co.slug}-${i}`, name: `${co.name} ${i}` });
    }
    c.companies = companies;
    const body = JSON.stringify(c);
    expect(body.length).toBeGreaterThan(20_000_000);
    await page.route(CATALOG, (r) => r.fulfill(json(body)));
    await page.goto('/?q=stripe+7&difficulty=hard');
    await hubReady(page, 60_000);
    await expect(page.locator('.results .count')).toContainText(`of ${companies.length} companies match`, { timeout: 60_000 });
    await expect(page.locator('.cards .card-link').first()).toContainText('Stripe');
  });

  test('an empty companies list says so instead of a blank page', async ({ page }) => {
    const c = base();
    c.companies = [];
    await page.route(CATALOG, (r) => r.fulfill(json(JSON.stringify(c))));
    await page.goto('/');
    await expect(page.getByText('The catalog has no companies yet.')).toBeVisible();
  });
});

test('hostile URLs are ignored or normalised, never a crash', async ({ page }) => {
  const urls = [
    // Long, but within the 8 KB request line most static hosts accept.
    `/?q=${'a'.repeat(6000)}`,
    `/?category=${'fintech-payments,'.repeat(400)}&difficulty=hard&difficulty=medium`,
    '/?q=%FF%FE%00&category=%E2%80%AE&role=%',
    '/?q=%25%32%35%3Cscript%3E&sort=%00',
    '/?q=日本語+Zürich&sort=-difficulty',
    '/companies/%FF',
    `/companies/${'a'.repeat(5000)}`,
    '/companies/amazon/%2e%2e',
    '/companies/amazon/values/extra',
    '/%F0%9F%98%80?x=%',
    '/companies/%3Cimg%20src%3Dx%3E',
  ];
  for (const url of urls) {
    await page.goto(url);
    await expect(page.locator('main h1').first(), url).toBeVisible();
    await expect(page.locator('#crash'), url.slice(0, 80)).toHaveCount(0);
    await expect(page.locator('main img')).toHaveCount(0);
  }
  await page.goto(`/?q=${'a'.repeat(6000)}`);
  await expect(page.getByLabel('Search companies')).toHaveValue('a'.repeat(200));
});

test('with browser storage unavailable the app works and the back link still remembers', async ({ page }) => {
  await page.addInitScript(() => {
    for (const name of ['sessionStorage', 'localStorage']) {
      Object.defineProperty(window, name, { get() { throw new DOMException('blocked', 'SecurityError'); } });
    }
  });
  await page.goto('/?category=gaming');
  await hubReady(page);
  await page.locator('a[href="/companies/roblox"]').click();
  await expect(page.getByRole('link', { name: 'Back to company interview hubs' })).toHaveAttribute('href', '/?category=gaming');
  await page.getByRole('link', { name: 'Back to company interview hubs' }).click();
  await expect(page).toHaveURL('/?category=gaming');
});

test('a tampered stored hub view can only become a hub URL', async ({ page }) => {
  await page.addInitScript(() => sessionStorage.setItem('company-interview-hubs:last-hub', 'javascript:alert(1)//?q=<b>&category=gaming'));
  await page.goto('/companies/amazon');
  const href = await page.getByRole('link', { name: 'Back to company interview hubs' }).getAttribute('href');
  expect(href.startsWith('/')).toBe(true);
  expect(href).not.toContain('javascript');
});

test.describe('panics', () => {
  test.use({ allowErrors: true });
  test('a panic shows "Something went wrong" with a reload link, and logs it', async ({ page }) => {
    const logged = [];
    page.on('console', (m) => logged.push(m.text()));
    await page.goto('/companies/amazon');
    await expect(page.locator('h1')).toHaveText('Amazon interview prep');
    await page.evaluate(() => {
      try {
        window.wasmBindings.debug_panic();
      } catch {
        // The panic aborts the wasm call; the hook has already run.
      }
    });
    const alert = page.locator('#crash');
    await expect(alert).toHaveAttribute('role', 'alert');
    await expect(alert).toContainText('Something went wrong — reload the page to continue.');
    await expect(alert.getByRole('link', { name: 'Reload' })).toHaveAttribute('href', /\/companies\/amazon$/);
    expect(logged.join('\n')).toContain('debug_panic was called');
    await alert.getByRole('link', { name: 'Reload' }).click();
    await expect(page.locator('h1')).toHaveText('Amazon interview prep');
    await expect(page.locator('#crash')).toHaveCount(0);
  });
});
