// The hub: cards, filters, search, sort, Clear filters, and the URL as the single source of view state.
import { test, expect, catalog, expectedSlugs, shownSlugs, hubReady, liveApp, SITE, PAGE_SIZE, facetOption } from './fixtures.mjs';

test('hub renders one card per company, by name, with a matching count', async ({ page }) => {
  await page.goto('/');
  await hubReady(page);
  await expect(page).toHaveTitle(SITE);
  await expect(page.locator('h1')).toHaveText('Company interview hubs');
  const n = catalog.companies.length;
  const first = Math.min(n, PAGE_SIZE);
  await expect(page.locator('.cards > li')).toHaveCount(first);
  await expect(page.locator('.results .count')).toHaveText(`${n} companies`);
  const names = await page.locator('.cards .card-link').allTextContents();
  const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
  expect(names).toEqual(sorted);
  const amazon = page.locator('.card', { has: page.locator('a[href="/companies/amazon"]') });
  await expect(amazon).toContainText('Customer-obsessed commerce');
  await expect(amazon).toContainText('Commerce Marketplace');
  await expect(amazon).toContainText('Hard');
  await expect(amazon).toContainText('product execution + distributed systems');
});

test('a filtered URL shows only matching cards and survives reload', async ({ page }) => {
  const url = '/?category=commerce-marketplace,fintech-payments&difficulty=hard,medium&role=data-engineer';
  const want = expectedSlugs({
    category: ['commerce-marketplace', 'fintech-payments'],
    difficulty: ['hard', 'medium'],
    role: ['data-engineer'],
  });
  expect(want.length).toBeGreaterThan(0);
  await page.goto(url);
  await hubReady(page);
  expect((await shownSlugs(page)).sort()).toEqual(want);
  await expect(page.locator('.results .count')).toHaveText(`${want.length} of ${catalog.companies.length} companies match`);
  await expect(page.getByLabel('Fintech Payments')).toBeChecked();
  await expect(page.getByLabel('Data Engineer')).toBeChecked();
  await expect(page).toHaveTitle(`Medium or Hard · Commerce Marketplace or Fintech Payments · Data Engineer — ${SITE}`);
  await page.reload();
  await hubReady(page);
  expect((await shownSlugs(page)).sort()).toEqual(want);
  await expect(facetOption(page, 'Hard')).toBeChecked();
});

test('filter clicks write the URL and push history; Back and Forward step through them', async ({ page }) => {
  // A view that narrows at each step and never ends empty, read from the catalog.
  const c = catalog.companies.find((x) => x.difficulty === 'very-hard');
  const name = (list, slug) => list.find((x) => x.slug === slug).name;
  const [cat, diff, role] = [c.category, c.difficulty, c.primary_roles[0]];
  const [catName, diffName, roleName] = [name(catalog.categories, cat), name(catalog.difficulties, diff), name(catalog.roles, role)];
  const step3 = expectedSlugs({ category: [cat], difficulty: [diff], role: [role] });
  expect(step3).toContain(c.slug);
  await page.goto('/');
  await hubReady(page);
  await facetOption(page, catName).check();
  await expect(page).toHaveURL(`/?category=${cat}`);
  expect((await shownSlugs(page)).sort()).toEqual(expectedSlugs({ category: [cat] }));
  await facetOption(page, diffName).check();
  await expect(page).toHaveURL(`/?category=${cat}&difficulty=${diff}`);
  await facetOption(page, roleName).check();
  await expect(page).toHaveURL(`/?category=${cat}&difficulty=${diff}&role=${role}`);
  expect((await shownSlugs(page)).sort()).toEqual(step3);
  await page.goBack();
  await expect(page).toHaveURL(`/?category=${cat}&difficulty=${diff}`);
  await expect(facetOption(page, roleName)).not.toBeChecked();
  expect((await shownSlugs(page)).sort()).toEqual(expectedSlugs({ category: [cat], difficulty: [diff] }));
  await page.goBack();
  await expect(page).toHaveURL(`/?category=${cat}`);
  await expect(facetOption(page, diffName)).not.toBeChecked();
  await page.goForward();
  await expect(page).toHaveURL(`/?category=${cat}&difficulty=${diff}`);
  await expect(facetOption(page, diffName)).toBeChecked();
  await facetOption(page, catName).uncheck();
  await expect(page).toHaveURL(`/?difficulty=${diff}`);
});

test('typing replaces the history entry: Back skips keystrokes', async ({ page }) => {
  await page.goto('/');
  await hubReady(page);
  await page.getByLabel('Gaming').check();
  await expect(page).toHaveURL('/?category=gaming');
  await page.getByLabel('Search companies').pressSequentially('rio', { delay: 30 });
  await expect(page).toHaveURL('/?q=rio&category=gaming');
  expect(await shownSlugs(page)).toEqual(['riot-games']);
  await page.goBack();
  await expect(page).toHaveURL('/');
  await expect(page.getByLabel('Search companies')).toHaveValue('');
});

test('search matches every word, ignoring case and accents, across name, alias, tagline, domain and style', async ({ page }) => {
  await page.goto('/?q=STRÍPE');
  await hubReady(page);
  expect(await shownSlugs(page)).toContain('stripe');
  await expect(page.getByLabel('Search companies')).toHaveValue('STRÍPE');
  // Every company whose searchable text mentions AWS, read from the catalog.
  const mentions = (word) => catalog.companies
    .filter((c) => [c.name, c.tagline, c.domain, c.interview_style, ...c.aliases].some((t) => t.toLowerCase().includes(word)))
    .map((c) => c.slug).sort();
  expect(mentions('aws')).toContain('amazon');
  await page.goto('/?q=aws');
  await hubReady(page);
  expect((await shownSlugs(page)).sort()).toEqual(mentions('aws'));
  await page.goto('/?q=fulfillment+customer-driven');
  await hubReady(page);
  expect(await shownSlugs(page)).toEqual(['amazon']);
});

test('accents in the catalog fold too: a plain query finds accented text', async ({ page }) => {
  // The shipped text is mostly ASCII, so give one company accented words and search without them.
  const patched = structuredClone(catalog);
  const target = patched.companies.find((c) => c.slug === 'stripe');
  target.tagline = 'Zahlungen für Café-Besitzer in Zürich und São Paulo.';
  await page.route('**/data/hub.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(patched) }));
  await page.goto('/?q=cafe+ZURICH+sao');
  await hubReady(page);
  expect(await shownSlugs(page)).toEqual(['stripe']);
  await expect(page.locator('.results .count')).toHaveText(`1 of ${catalog.companies.length} companies matches`);
});

test('sort orders by difficulty both ways, ties by name', async ({ page }) => {
  const rank = Object.fromEntries(catalog.difficulties.map((d) => [d.slug, d.rank]));
  const bySlug = Object.fromEntries(catalog.companies.map((c) => [c.slug, c]));
  await page.goto('/');
  await hubReady(page);
  await page.getByLabel('Sort by').selectOption('-difficulty');
  await expect(page).toHaveURL('/?sort=-difficulty');
  // "Not rated" (rank 0: too little evidence) is no point on the scale: last in both orders.
  const key = (r, hardestFirst) => (r === 0 ? Infinity : hardestFirst ? -r : r);
  let ranks = (await shownSlugs(page)).map((s) => rank[bySlug[s].difficulty]);
  expect(ranks.some((r) => r === 0), 'the catalog has unrated companies').toBe(true);
  expect(ranks).toEqual([...ranks].sort((a, b) => key(a, true) - key(b, true)));
  await page.getByLabel('Sort by').selectOption('difficulty');
  await expect(page).toHaveURL('/?sort=difficulty');
  const slugs = await shownSlugs(page);
  ranks = slugs.map((s) => rank[bySlug[s].difficulty]);
  expect(ranks).toEqual([...ranks].sort((a, b) => key(a, false) - key(b, false)));
  // Ties by name: within one difficulty the names are in alphabetical order.
  const names = slugs.map((s) => bySlug[s].name);
  for (let i = 1; i < slugs.length; i++) {
    if (ranks[i] === ranks[i - 1]) expect(names[i - 1].localeCompare(names[i], 'en', { sensitivity: 'base' }), `${names[i - 1]} before ${names[i]}`).toBeLessThanOrEqual(0);
  }
  expect(new Set(ranks).size, 'several difficulties, so there are ties to order').toBeGreaterThan(1);
  await page.goBack();
  await expect(page).toHaveURL('/?sort=-difficulty');
  await expect(page.getByLabel('Sort by')).toHaveValue('-difficulty');
});

test('a long list shows a page of cards, then "Show N more" adds the rest', async ({ page }) => {
  const n = catalog.companies.length;
  expect(n, 'the shipped catalog is longer than one page').toBeGreaterThan(PAGE_SIZE);
  await page.goto('/');
  await hubReady(page);
  await expect(page.locator('.cards > li')).toHaveCount(PAGE_SIZE);
  const more = page.getByRole('button', { name: `Show ${Math.min(PAGE_SIZE, n - PAGE_SIZE)} more` });
  await more.click();
  await hubReady(page);
  await expect(page.locator('.cards > li')).toHaveCount(Math.min(n, 2 * PAGE_SIZE));
  expect(n, 'one click shows everything in the shipped catalog').toBeLessThanOrEqual(2 * PAGE_SIZE);
  expect((await shownSlugs(page)).sort()).toEqual(catalog.companies.map((c) => c.slug).sort());
  await expect(page.getByRole('button', { name: /^Show \d+ more$/ })).toHaveCount(0);
});

test('Clear filters keeps the sort and shows everything again', async ({ page }) => {
  await page.goto('/?q=bank&category=fintech-payments&sort=-difficulty');
  await hubReady(page);
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(page).toHaveURL('/?sort=-difficulty');
  await expect(page.locator('.cards > li')).toHaveCount(Math.min(PAGE_SIZE, catalog.companies.length));
  await expect(page.locator('.results .count')).toHaveText(`${catalog.companies.length} companies`);
  await expect(page.getByLabel('Search companies')).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
});

test('no match says so and offers Clear filters', async ({ page }) => {
  await page.goto('/?q=zzqxv');
  await hubReady(page);
  await expect(page.locator('.cards > li')).toHaveCount(0);
  await expect(page.getByText('No companies match these filters.')).toBeVisible();
  await expect(page.locator('.results .count')).toHaveText(`0 of ${catalog.companies.length} companies match`);
  await page.locator('.empty').getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.locator('.results .count')).toHaveText(`${catalog.companies.length} companies`);
});

test('unknown and malformed query values are ignored', async ({ page }) => {
  await page.goto('/?category=nope,,fintech-payments,FINTECH&difficulty=%3Cb%3E&sort=sideways&role=%ZZ&extra=1&q=');
  await hubReady(page);
  expect((await shownSlugs(page)).sort()).toEqual(expectedSlugs({ category: ['fintech-payments'] }));
  await expect(page.getByLabel('Sort by')).toHaveValue('name');
});

test('a card opens its company page', async ({ page }) => {
  await page.goto('/?q=amazon');
  await hubReady(page);
  await page.locator('.card', { has: page.locator('a[href="/companies/amazon"]') }).click({ position: { x: 20, y: 100 } });
  await expect(page).toHaveURL('/companies/amazon');
  await expect(page.locator('h1')).toHaveText('Amazon interview prep');
});

test('each filter option shows how many companies it would give in this view, zero included', async ({ page }) => {
  const diff = 'hard';
  const role = 'data-engineer';
  await page.goto(`/?difficulty=${diff}&role=${role}`);
  await hubReady(page);
  // Computed from the catalog, independently of the app: an option's count ignores its own
  // facet's choices and applies the others.
  const count = (pred) => catalog.companies.filter(pred).length;
  const hasRole = (c, r) => c.primary_roles.includes(r);
  const expected = [
    ...catalog.categories.map((x) => [`f-category-${x.slug}`, x.name, count((c) => c.category === x.slug && c.difficulty === diff && hasRole(c, role))]),
    ...catalog.difficulties.map((x) => [`f-difficulty-${x.slug}`, x.name, count((c) => c.difficulty === x.slug && hasRole(c, role))]),
    ...catalog.roles.map((x) => [`f-role-${x.slug}`, x.name, count((c) => hasRole(c, x.slug) && c.difficulty === diff)]),
    ...catalog.stage_kinds.map((x) => [`f-stage-${x.slug}`, x.name,
      count((c) => c.interview_loop.stages.some((s) => s.kind === x.slug) && c.difficulty === diff && hasRole(c, role))]),
  ];
  const shown = await page.locator('#filters input[id^="f-"]:not(#f-saved)').evaluateAll((boxes) =>
    boxes.map((b) => [b.id, document.querySelector(`label[for="${b.id}"]`).textContent.trim()]));
  expect(shown).toEqual(expected.map(([id, name, n]) => [id, `${name} (${n})`]));
  const zero = expected.filter(([, , n]) => n === 0);
  expect(zero.length, 'this view should leave some options empty').toBeGreaterThan(0);
  for (const [id] of zero) await expect(page.locator(`#${id}`).locator('xpath=..')).toHaveClass(/none/);
  // The counts follow the view: searching narrows them.
  await page.getByLabel('Search companies').fill('zzqxv');
  await expect(facetOption(page, catalog.categories[0].name)).toHaveAccessibleName(`${catalog.categories[0].name} (0)`);
});

test('searching keeps the cards already on screen: their nodes move, none is rebuilt (issue 20)', async ({ page }) => {
  await page.goto('/');
  await hubReady(page);
  // A mark on every card's node that only the same node can still carry later.
  const mark = () => page.evaluate(() => document.querySelectorAll('.cards > li').forEach((li) => { li.__kept = true; }));
  const check = () => page.evaluate(() => [...document.querySelectorAll('.cards > li')].map((li) => ({
    slug: li.querySelector('.card-link').getAttribute('href'),
    kept: li.__kept === true,
  })));
  await mark();
  const before = new Set((await check()).map((c) => c.slug));
  const search = page.getByLabel('Search companies');
  // Narrowing: every card left was on screen, so every one must be the same node.
  await search.pressSequentially('e', { delay: 30 });
  await expect(page).toHaveURL(/q=e/);
  await hubReady(page);
  const narrowed = await check();
  expect(narrowed.length, 'enough cards that a 24-card first step would have cut some').toBeGreaterThan(48);
  expect(narrowed.filter((c) => before.has(c.slug) && !c.kept).map((c) => c.slug)).toEqual([]);
  // Widening again: the cards still on screen stay too; only new ones are built.
  await mark();
  const shown = new Set(narrowed.map((c) => c.slug));
  await search.press('Backspace');
  await expect(page).not.toHaveURL(/q=/);
  await hubReady(page);
  const widened = await check();
  expect(widened.length).toBe(Math.min(PAGE_SIZE, catalog.companies.length));
  expect(widened.filter((c) => shown.has(c.slug) && !c.kept).map((c) => c.slug)).toEqual([]);
});

test('a key press or a filter click is answered first: the view follows after the next frame (issue 20)', async ({ page }) => {
  await page.goto('/');
  await hubReady(page);
  // What the page shows at the first animation frame after an input event: the box or the tick
  // is there, but the URL, the count and the cards are not updated yet (that work would delay
  // the frame that answers the visitor).
  const atNextFrame = (act) => page.evaluate((act) => new Promise((resolve) => {
    const state = () => ({
      url: location.search,
      count: document.querySelector('.results .count').textContent,
      cards: document.querySelectorAll('.cards > li').length,
    });
    const before = state();
    if (act === 'type') {
      const box = document.querySelector('#search');
      box.value = 'payments';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      document.querySelector('#f-category-fintech-payments').click();
    }
    requestAnimationFrame(() => resolve({ before, frame: state() }));
  }), act);

  const typed = await atNextFrame('type');
  expect(typed.frame).toEqual(typed.before);
  await expect(page).toHaveURL(/q=payments/);
  await hubReady(page);
  await expect(page.locator('.results .count')).not.toHaveText(typed.before.count);

  const clicked = await atNextFrame('click');
  expect(clicked.frame).toEqual(clicked.before);
  await expect(page).toHaveURL(/category=fintech-payments/);
  await expect(page.locator('#f-category-fintech-payments')).toBeChecked();

  // Two changes in one frame both count: the second edits the view the first one made.
  await page.evaluate(() => {
    const box = document.querySelector('#search');
    box.value = 'bank';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    document.querySelector('#f-difficulty-hard').click();
  });
  await expect(page).toHaveURL(/q=bank/);
  await expect(page).toHaveURL(/difficulty=hard/);
  await expect(page).toHaveURL(/category=fintech-payments/);
});

test('the live hub keeps the build-time cards, and a card filtered out and back is the same node', async ({ page }) => {
  // The grid adopts the prerendered cards instead of drawing them again, and keeps every card it
  // built, so narrowing and widening a search moves nodes rather than rebuilding them.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      window.__builtGoogle = document.querySelector('#prerender .cards li[data-slug="google"]');
    });
  });
  await page.goto('/');
  await liveApp(page);
  await hubReady(page);
  const google = '#app .cards li[data-slug="google"]';
  expect(await page.evaluate((sel) => !!window.__builtGoogle && document.querySelector(sel) === window.__builtGoogle, google)).toBe(true);
  await page.getByLabel('Compare Google', { exact: true }).check();
  const search = page.getByLabel('Search companies');
  await search.fill('amazon');
  await expect(page.locator(google)).toHaveCount(0);
  await search.fill('');
  await expect(page.locator(google)).toHaveCount(1);
  await hubReady(page);
  expect(await page.evaluate((sel) => document.querySelector(sel) === window.__builtGoogle, google)).toBe(true);
  await expect(page.getByLabel('Compare Google', { exact: true })).toBeChecked();
});

test('a card drawn in the browser matches its build-time copy, element for element', async ({ page, request }) => {
  // Cards are written as HTML by the prerenderer and drawn as DOM by the app (model::markup):
  // a filtered hub has no build-time copy, so the app draws its cards.
  const built = await (await request.get('/')).text();
  for (const slug of ['amazon', 'google']) {
    const copy = built.match(new RegExp(`<li data-slug="${slug}">[\\s\\S]*?</li>`));
    expect(copy, `build-time card for ${slug}`).not.toBeNull();
    const name = catalog.companies.find((c) => c.slug === slug).name;
    await page.goto(`/?q=${encodeURIComponent(name)}`);
    await liveApp(page);
    await hubReady(page);
    const drawn = await page.locator(`#app .cards li[data-slug="${slug}"]`).evaluate((el, html) => {
      const parsed = document.createElement('template');
      parsed.innerHTML = html;
      return { live: el.outerHTML, copy: parsed.innerHTML };
    }, copy[0]);
    expect(drawn.live).toBe(drawn.copy);
    expect(drawn.live).toContain(name);
  }
});

test('the filters drawn in the browser match their build-time copy, element for element', async ({ page, request }) => {
  // Written as HTML by the prerenderer, drawn as DOM by the app on a view without a copy; a
  // different sort leaves every count and box as on '/'.
  const built = await (await request.get('/')).text();
  const copy = built.match(/<div class="facets">[\s\S]*?<\/div>/);
  expect(copy, 'build-time filters').not.toBeNull();
  await page.goto('/?sort=difficulty');
  await hubReady(page);
  const drawn = await page.locator('#app .facets').evaluate((el, html) => {
    const parsed = document.createElement('template');
    parsed.innerHTML = html;
    // Elements, attributes and text; comments (the framework's empty markers) don't render.
    const bare = (root) => {
      const copy = root.cloneNode(true);
      const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
      const comments = [];
      while (walker.nextNode()) comments.push(walker.currentNode);
      comments.forEach((c) => c.remove());
      return copy;
    };
    return { live: bare(el).outerHTML, copy: bare(parsed.content).firstElementChild.outerHTML };
  }, copy[0]);
  expect(drawn.live).toBe(drawn.copy);
  expect(drawn.live).toContain(catalog.categories[0].name);
});

test('cards far below the fold are not drawn until scrolled near, and scrolling through them shifts nothing (issue 20)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/');
  await hubReady(page);
  const drawn = (i) => page.evaluate((i) => document.querySelectorAll('.cards > li')[i].querySelector('a').checkVisibility({ contentVisibilityAuto: true }), i);
  const last = (await page.locator('.cards > li').count()) - 1;
  expect(last).toBeGreaterThan(20);
  expect(await drawn(0), 'the first card is drawn').toBe(true);
  expect(await drawn(last), 'the last card waits').toBe(false);
  // The whole list down and back, as a visitor scrolls: no card moves another.
  for (let i = 0; i < 80; i++) await page.mouse.wheel(0, 600);
  await expect.poll(() => drawn(last)).toBe(true);
  for (let i = 0; i < 80; i++) await page.mouse.wheel(0, -600);
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
  expect(await page.evaluate(() => window.__shifts.reduce((a, v) => a + v, 0))).toBe(0);
});
