// Smoke suite in the engines the Playwright suite doesn't cover (issue 22): Debian's Firefox ESR
// over WebDriver BiDi (puppeteer-core launches it; no geckodriver needed) and WebKitGTK's
// MiniBrowser over classic WebDriver (selenium-webdriver talking to WebKitWebDriver, under Xvfb).
// Each engine walks the same path as a visitor: the hub, a search, a filter and Back, a company
// and one of its tabs by click and by arrow key, a reload, Not found; then no problem may have
// been reported on any page.
//
// Served by nginx with the shipped sample (tools/nginx.mjs), from a copy of the build whose pages
// load probe.js first: WebKit's WebDriver gives no console events, so the probe records errors,
// rejections, console.error/warn and CSP violations for both engines alike.
// Usage: node tests/engines/smoke.mjs [dist] [firefox|webkit ...]   (make test runs both)
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { join, resolve } from 'node:path';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const [distArg = 'dist', ...wanted] = process.argv.slice(2);
const ENGINES = wanted.length ? wanted : ['firefox', 'webkit'];
const PORT = Number(process.env.ENGINES_PORT ?? 4183);
const BASE = `https://127.0.0.1:${PORT}/`;
const TIMEOUT = 45_000;
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const catalog = JSON.parse(readFileSync(join(ROOT, 'data/catalog.json'), 'utf8'));

/** dist/ with probe.js loaded first by every page (precompressed pages dropped: they'd lack it). */
function probedCopy(dist) {
  const out = join(ROOT, 'target/engines-dist');
  rmSync(out, { recursive: true, force: true });
  cpSync(dist, out, { recursive: true, filter: (p) => !/\.html\.(br|gz)$/.test(p) });
  cpSync(join(ROOT, 'tests/engines/probe.js'), join(out, 'engines-probe.js'));
  const pages = (dir) => readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
  for (const page of pages(out)) {
    const html = readFileSync(page, 'utf8');
    if (!html.includes('<head>')) throw new Error(`${page}: no <head> to put the probe in`);
    writeFileSync(page, html.replace('<head>', '<head><script src="/engines-probe.js"></script>'));
  }
  return out;
}

/** Resolves once the HTTPS server answers (its certificate is a throwaway one). */
function answering(url, until = Date.now() + 30_000) {
  return new Promise((done, fail) => {
    const attempt = () => request(url, { rejectUnauthorized: false }, (res) => { res.resume(); done(); })
      .on('error', () => (Date.now() > until ? fail(new Error(`${url} never answered`)) : setTimeout(attempt, 200)))
      .end();
    attempt();
  });
}

function start(command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'], ...options });
  child.on('error', (e) => { console.error(`${command}: ${e.message}`); process.exit(1); });
  return child;
}

/** Firefox ESR through puppeteer-core over WebDriver BiDi. */
async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 800 },
    // No update checks, telemetry or first-run pages: the run stays offline and quiet.
    extraPrefsFirefox: { 'app.update.enabled': false, 'datareporting.policy.dataSubmissionEnabled': false, 'browser.shell.checkDefaultBrowser': false },
  });
  const page = await browser.newPage();
  const native = [];
  page.on('pageerror', (e) => native.push(`page error: ${e.message}`));
  page.on('console', (m) => ['error', 'warn'].includes(m.type()) && native.push(`console.${m.type()}: ${m.text()}`));
  return {
    native,
    open: (url) => page.goto(url, { waitUntil: 'load' }),
    evaluate: (js) => page.evaluate(`(${js})`),
    click: (selector) => page.click(selector),
    type: (selector, text) => page.type(selector, text, { delay: 30 }),
    key: (selector, name) => page.focus(selector).then(() => page.keyboard.press(name)),
    back: () => page.goBack(),
    reload: () => page.reload({ waitUntil: 'load' }),
    close: () => browser.close(),
  };
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver (classic WebDriver), on its own Xvfb display. */
async function webkit() {
  const { Builder, By, Key } = await import('selenium-webdriver');
  const xvfb = start('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'inherit', 'pipe'] });
  const display = await new Promise((done) => xvfb.stdio[3].once('data', (d) => done(`:${String(d).trim()}`)));
  const driverPort = PORT + 2;
  const driver = start('WebKitWebDriver', [`--port=${driverPort}`], { env: { ...process.env, DISPLAY: display } });
  await new Promise((done) => setTimeout(done, 500));
  const session = await new Builder()
    .usingServer(`http://127.0.0.1:${driverPort}`)
    .withCapabilities({ browserName: 'MiniBrowser', acceptInsecureCerts: true, 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } })
    .build();
  await session.manage().window().setRect({ width: 1280, height: 800 });
  const keys = { ArrowRight: Key.ARROW_RIGHT, Enter: Key.ENTER };
  return {
    native: [],
    open: (url) => session.get(url),
    evaluate: (js) => session.executeScript(`return (${js});`),
    click: (selector) => session.findElement(By.css(selector)).then((e) => e.click()),
    type: (selector, text) => session.findElement(By.css(selector)).then((e) => e.sendKeys(text)),
    key: (selector, name) => session.findElement(By.css(selector)).then((e) => e.sendKeys(keys[name])),
    back: () => session.navigate().back(),
    reload: () => session.navigate().refresh(),
    close: async () => { await session.quit().catch(() => {}); driver.kill(); xvfb.kill(); },
  };
}

/** Polls `js` in the page until it is true; fails naming `what` (and the last answer) if not. */
async function until(browser, what, js) {
  const end = Date.now() + TIMEOUT;
  let last;
  for (;;) {
    last = await browser.evaluate(js).catch((e) => `(${e.message.split('\n')[0]})`);
    if (last === true) return;
    if (Date.now() > end) throw new Error(`${what}: not so after ${TIMEOUT / 1000} s (last: ${JSON.stringify(last)})`);
    await new Promise((done) => setTimeout(done, 150));
  }
}

async function walk(browser) {
  const live = 'document.documentElement.hasAttribute("data-live")';
  const n = catalog.companies.length;

  await browser.open(BASE);
  await until(browser, 'the hub is live with every company counted', `${live} && document.querySelector('.results .count').textContent === '${n} companies' && document.querySelectorAll('.cards > li').length > 0`);

  await browser.type('#search', 'stripe');
  await until(browser, 'the search is in the URL and Stripe is the first card', `new URLSearchParams(location.search).get('q') === 'stripe' && document.querySelector('.cards .card-link')?.textContent.trim() === 'Stripe'`);

  await browser.click('label[for="f-category-fintech-payments"]');
  await until(browser, 'the filter is checked and in the URL', `document.getElementById('f-category-fintech-payments').checked && new URLSearchParams(location.search).get('category') === 'fintech-payments'`);
  await browser.back();
  await until(browser, 'Back undoes the filter and keeps the search', `!document.getElementById('f-category-fintech-payments').checked && !location.search.includes('category') && document.getElementById('search').value === 'stripe'`);

  await browser.click('.cards .card-link[href="/companies/stripe"]');
  await until(browser, 'the company page is live', `${live} && location.pathname === '/companies/stripe' && document.querySelector('main h1')?.textContent === 'Stripe interview prep'`);
  await browser.click('#tab-interview-loop');
  await until(browser, 'the loop tab is selected and in the URL', `location.pathname === '/companies/stripe/interview-loop' && document.getElementById('tab-interview-loop').getAttribute('aria-selected') === 'true'`);
  // The strip scrolls sideways only: no vertical scrollbar (both engines showed one; issue 22).
  await until(browser, 'the tab strip has no vertical scrollbar', `(() => { const t = document.querySelector('[role=tablist]'); const y = getComputedStyle(t).overflowY; return !['auto', 'scroll'].includes(y) || t.scrollHeight <= t.clientHeight; })()`);
  await browser.key('#tab-interview-loop', 'ArrowRight');
  await until(browser, 'ArrowRight moves to the next tab', `document.activeElement?.getAttribute('role') === 'tab' && document.activeElement.id !== 'tab-interview-loop' && document.activeElement.getAttribute('aria-selected') === 'true' && location.pathname.startsWith('/companies/stripe/')`);
  const tab = await browser.evaluate('location.pathname');

  await browser.reload();
  await until(browser, 'a reload keeps the page and the tab', `${live} && location.pathname === ${JSON.stringify(tab)} && document.querySelector('[role=tab][aria-selected=true]')?.getAttribute('href') === location.pathname`);

  await browser.open(`${BASE}no-such-page`);
  await until(browser, 'an unknown path says Not found', `${live} && document.querySelector('.not-found h1')?.textContent === 'Not found'`);

  const probe = await browser.evaluate(`sessionStorage.getItem('engines-probe')`);
  if (probe === null) throw new Error('the probe never ran, so problems could not be seen');
  const problems = [...JSON.parse(probe), ...browser.native];
  if (problems.length) throw new Error(`problems reported:\n  ${problems.join('\n  ')}`);
}

const dist = probedCopy(resolve(distArg));
const server = start('node', [join(ROOT, 'tools/nginx.mjs'), 'serve', dist, String(PORT)]);
let failed = 0;
try {
  await answering(BASE);
  for (const name of ENGINES) {
    const began = Date.now();
    let browser;
    try {
      browser = await { firefox, webkit }[name]();
      await walk(browser);
      console.log(`  ✓ ${name}: hub, search, filter and Back, company tab by click and key, reload, Not found, no problems (${((Date.now() - began) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed++;
      console.log(`  ✘ ${name}: ${error.message}`);
    } finally {
      await browser?.close().catch(() => {});
    }
  }
} finally {
  server.kill('SIGTERM');
}
if (failed) process.exit(1);
