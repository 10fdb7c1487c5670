// Company pages: tabs by URL, click and keyboard (WAI-ARIA tabs pattern), role links, back link, Not found.
import { test, expect, catalog, TABS, SITE, hubReady, expectedSlugs, shownSlugs, PAGE_SIZE } from './fixtures.mjs';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "2026-11-27" as the page writes it: "27 November 2026". */
const humanDate = (iso) => { const [y, m, d] = iso.split('-').map(Number); return `${d} ${MONTHS[m - 1]} ${y}`; };

const amazon = catalog.companies.find((c) => c.slug === 'amazon');

test('a tab URL opens that tab, with its title, on direct load and reload', async ({ page }) => {
  await page.goto('/companies/amazon/role-tracks');
  const tab = page.getByRole('tab', { name: 'Role interview tracks' });
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveTitle('Amazon interview prep — Role interview tracks');
  const panel = page.getByRole('tabpanel');
  await expect(panel).toHaveAttribute('aria-labelledby', 'tab-role-tracks');
  await expect(panel).toContainText(
    'Backend Engineer interviews at Amazon usually emphasize distributed systems, API design, data modeling in the context of consumer commerce, logistics, fulfillment, merchant tools, and high-volume transactional systems.',
  );
  await expect(panel.locator('li')).toHaveCount(catalog.roles.length);
  // Roles Amazon doesn't list as primary are marked as less common there; primary ones are not.
  for (const role of catalog.roles) {
    const item = panel.locator('li', { has: page.getByRole('heading', { name: role.name }) });
    const mark = item.getByText('Less common at Amazon');
    await expect(mark).toHaveCount(amazon.primary_roles.includes(role.slug) ? 0 : 1);
  }
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Role interview tracks' })).toHaveAttribute('aria-selected', 'true');
});

test('the page reads like the reference: back link, name, tagline, domain line, six tabs', async ({ page }) => {
  await page.goto('/companies/amazon');
  await expect(page.locator('h1')).toHaveText('Amazon interview prep');
  await expect(page).toHaveTitle('Amazon interview prep');
  await expect(page.getByRole('link', { name: 'Back to company interview hubs' })).toHaveAttribute('href', '/');
  await expect(page.locator('.tagline')).toHaveText(amazon.tagline);
  await expect(page.locator('.domain')).toHaveText(amazon.domain);
  await expect(page.getByRole('tab')).toHaveText(TABS.map(([, label]) => label));
  const panel = page.getByRole('tabpanel');
  await expect(panel).toContainText(amazon.interview_style);
  await expect(panel).toContainText(amazon.difficulty_note);
  await expect(panel).toContainText('Commerce Marketplace');
  await expect(panel).toContainText(`Last checked against sources${humanDate(amazon.reviewed)}`);
  for (const [segment, label] of TABS) {
    const href = segment ? `/companies/amazon/${segment}` : '/companies/amazon';
    await expect(page.getByRole('tab', { name: label })).toHaveAttribute('href', href);
  }
});

test('clicking tabs changes the URL, the panel and the title', async ({ page }) => {
  await page.goto('/companies/amazon');
  await page.getByRole('tab', { name: 'What they tend to value' }).click();
  await expect(page).toHaveURL('/companies/amazon/values');
  await expect(page).toHaveTitle('Amazon interview prep — What they tend to value');
  await expect(page.getByRole('tabpanel').locator('li')).toHaveText(amazon.values);
  await page.getByRole('tab', { name: 'Prep focus' }).click();
  await expect(page.getByRole('tabpanel').locator('li')).toHaveText(amazon.prep_focus);
  await page.goBack();
  await expect(page).toHaveURL('/companies/amazon/values');
  // Back shows the values again, not just the URL.
  await expect(page.getByRole('tab', { name: 'What they tend to value' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel').locator('li')).toHaveText(amazon.values);
  await expect(page).toHaveTitle('Amazon interview prep — What they tend to value');
});

test('arrow keys, Home and End move focus and selection between tabs', async ({ page }) => {
  await page.goto('/companies/amazon');
  const tabs = page.getByRole('tab');
  await expect(tabs.nth(0)).toHaveAttribute('tabindex', '0');
  await expect(tabs.nth(1)).toHaveAttribute('tabindex', '-1');
  await tabs.nth(0).focus();
  const step = async (key, index, segment) => {
    await page.keyboard.press(key);
    await expect(tabs.nth(index)).toBeFocused();
    await expect(tabs.nth(index)).toHaveAttribute('aria-selected', 'true');
    await expect(tabs.nth(index)).toHaveAttribute('tabindex', '0');
    await expect(page).toHaveURL(segment ? `/companies/amazon/${segment}` : '/companies/amazon');
  };
  await step('ArrowRight', 1, 'interview-loop');
  await step('ArrowRight', 2, 'prep-focus');
  await step('End', 6, 'links');
  await step('ArrowRight', 0, '');
  await step('ArrowLeft', 6, 'links');
  await step('Home', 0, '');
  await expect(page.getByRole('tab', { selected: true })).toHaveCount(1);
  // Tab from the tab list goes to the panel, not to the next tab.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tabpanel')).toBeFocused();
});

test('primary roles link to the hub filtered by that role', async ({ page }) => {
  await page.goto('/companies/amazon/roles');
  const links = page.getByRole('tabpanel').getByRole('link');
  await expect(links).toHaveCount(amazon.primary_roles.length);
  await page.getByRole('tabpanel').getByRole('link', { name: 'Data Engineer' }).click();
  await expect(page).toHaveURL('/?role=data-engineer');
  await hubReady(page);
  await expect(page.getByLabel('Data Engineer')).toBeChecked();
  expect((await shownSlugs(page)).sort()).toEqual(expectedSlugs({ role: ['data-engineer'] }));
});

test('the back link returns to the hub view the visitor came from', async ({ page }) => {
  const view = '/?category=commerce-marketplace&difficulty=hard&sort=-difficulty';
  await page.goto(view);
  await hubReady(page);
  await page.locator('a[href="/companies/amazon"]').click();
  await page.getByRole('tab', { name: 'Public links' }).click();
  await page.getByRole('link', { name: 'Back to company interview hubs' }).click();
  await expect(page).toHaveURL(view);
  await hubReady(page);
  await expect(page.getByLabel('Commerce Marketplace')).toBeChecked();
  await expect(page.getByLabel('Sort by')).toHaveValue('-difficulty');
});

test('the back link still knows the hub view after the company page is reloaded', async ({ page }) => {
  await page.goto('/?q=pay&difficulty=medium');
  await hubReady(page);
  await page.locator('.card-link').first().click();
  await expect(page).toHaveURL(/\/companies\//);
  await page.reload();
  await expect(page.getByRole('link', { name: 'Back to company interview hubs' })).toHaveAttribute('href', '/?q=pay&difficulty=medium');
});

test('moving between pages puts focus on the new main content; switching tabs does not', async ({ page }) => {
  await page.goto('/companies/amazon');
  await page.getByRole('tab', { name: 'Prep focus' }).click();
  await expect(page.getByRole('tab', { name: 'Prep focus' })).toBeFocused();
  await page.getByRole('link', { name: 'Back to company interview hubs' }).click();
  await hubReady(page);
  await expect(page.locator('main')).toBeFocused();
  await page.goBack();
  await expect(page.locator('h1')).toHaveText('Amazon interview prep');
  await expect(page.locator('main')).toBeFocused();
});

test('public links are labelled official https pages that open safely in a new tab', async ({ page }) => {
  await page.goto('/companies/amazon/links');
  const links = page.getByRole('tabpanel').locator('ul.links:not(.sources)').getByRole('link');
  await expect(links).toHaveCount(amazon.links.length);
  for (const [i, link] of amazon.links.entries()) {
    const a = links.nth(i);
    await expect(a).toHaveAttribute('href', link.url);
    await expect(a).toHaveAttribute('target', '_blank');
    await expect(a).toHaveAttribute('rel', /noopener/);
    await expect(a).toContainText(link.label);
  }
});

test('sources are listed with the day each was checked, and the profile\'s review date', async ({ page }) => {
  const stripe = catalog.companies.find((c) => c.slug === 'stripe');
  expect(stripe.sources.length).toBeGreaterThanOrEqual(2);
  await page.goto('/companies/stripe/links');
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(panel).toContainText(`It was last checked against them on ${humanDate(stripe.reviewed)}.`);
  const items = panel.locator('ul.sources > li');
  await expect(items).toHaveCount(stripe.sources.length);
  for (const [i, source] of stripe.sources.entries()) {
    const link = items.nth(i).getByRole('link');
    await expect(link).toHaveAttribute('href', source.url);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);
    await expect(link).toContainText(source.title);
    await expect(items.nth(i)).toContainText(`checked on ${humanDate(source.checked)}`);
  }
});

test('unknown company, unknown tab and unknown path show Not found with a way back', async ({ page }) => {
  for (const [url, message] of [
    ['/companies/nope', 'No company called “nope” is in the catalog.'],
    ['/companies/amazon/salaries', 'Amazon has no “salaries” section.'],
    ['/companies/amazon/snapshot', 'Amazon has no “snapshot” section.'],
    ['/nowhere/at/all', 'There is no page at “/nowhere/at/all”.'],
  ]) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
    await expect(page.getByText(message)).toBeVisible();
    await expect(page).toHaveTitle(`Not found — ${SITE}`);
    await expect(page.getByRole('link', { name: 'Browse all company interview hubs' })).toHaveAttribute('href', '/');
  }
  await page.getByRole('link', { name: 'Browse all company interview hubs' }).click();
  await hubReady(page);
  await expect(page.locator('.cards > li')).toHaveCount(Math.min(PAGE_SIZE, catalog.companies.length));
});

test('a tab drawn in the browser matches the build-time copy of that tab, element for element', async ({ page, request }) => {
  // The read-only blocks are written as HTML by the prerenderer and drawn as DOM by the app
  // (model::markup): the two must not drift. Both are compared after the browser's own parser.
  const companies = ['amazon', catalog.companies.find((c) => c.aliases?.length && c.changes?.length)?.slug ?? 'google'];
  for (const slug of companies) {
    await page.goto(`/companies/${slug}/prep-focus`);
    for (const [segment, label] of TABS) {
      const url = `/companies/${slug}${segment ? `/${segment}` : ''}`;
      const built = await (await request.get(url)).text();
      const block = built.match(/<div class="panel-body">([\s\S]*?)<\/div><\/section>/);
      expect(block, `${url}: build-time panel`).not.toBeNull();
      await page.getByRole('tab', { name: label }).click();
      await expect(page.getByRole('tab', { name: label })).toHaveAttribute('aria-selected', 'true');
      const drawn = await page.locator('#app .panel-body').evaluate((el, html) => {
        const copy = document.createElement('template');
        copy.innerHTML = html;
        return { live: el.innerHTML, copy: copy.innerHTML };
      }, block[1]);
      expect(drawn.live, `${url}: drawn by the app`).toBe(drawn.copy);
      if (label !== 'Prep focus') expect(drawn.live.length, `${url}: has content`).toBeGreaterThan(100);
    }
  }
});
