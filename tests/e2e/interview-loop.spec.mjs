// The Interview loop tab: the stages in order with minutes and what they test, the totals, the
// evidence line under every part, "Not known" instead of a guess, the Snapshot's one-line
// summary, the compare row and the report link.
import { test, expect, catalog, SITE, hubReady, shownSlugs, facetOption } from './fixtures.mjs';

const byslug = (slug) => catalog.companies.find((c) => c.slug === slug);
const known = catalog.companies.find((c) => c.interview_loop.stages.length >= 3 && c.interview_loop.timeline_weeks);
const unknown = catalog.companies.find((c) => c.interview_loop.stages.length === 0);
const range = (a, b) => (a === b ? `${a}` : `${a}–${b}`);

test('a deep link shows every stage in order, with minutes, totals and evidence', async ({ page }) => {
  const l = known.interview_loop;
  await page.goto(`/companies/${known.slug}/interview-loop`);
  await expect(page).toHaveTitle(`${known.name} interview prep — Interview loop`);
  await expect(page.getByRole('tab', { name: 'Interview loop' })).toHaveAttribute('aria-selected', 'true');
  const panel = page.getByRole('tabpanel');
  await expect(panel.locator('.scope')).toHaveText(l.scope);
  const stages = panel.locator('li.stage');
  await expect(stages).toHaveCount(l.stages.length);
  for (const [i, s] of l.stages.entries()) {
    await expect(stages.nth(i).locator('h3')).toContainText(s.title);
    const minutes = s.minutes ? `${range(s.minutes[0], s.minutes[1])} min` : 'minutes not known';
    await expect(stages.nth(i).locator('.stage-facts')).toContainText(minutes);
    await expect(stages.nth(i).locator('.evidence')).toHaveText(/^From /);
  }
  const rounds = l.stages.reduce((n, s) => n + (s.rounds ?? 1), 0);
  const weeks = l.timeline_weeks;
  await expect(panel.locator('.loop-totals')).toHaveText(
    `${rounds} interviews in all · ${range(weeks.min, weeks.max)} weeks from first call to offer`,
  );
  // The other sections say what they rest on: the profile's sources as a whole.
  await page.getByRole('tab', { name: 'Prep focus' }).click();
  await expect(page.getByRole('tabpanel').locator('.evidence')).toHaveText(/^This section rests on the profile's sources\. From .+\.$/);
  // The Snapshot carries the same loop in one line, with the difficulty.
  await page.getByRole('tab', { name: 'Snapshot' }).click();
  const difficulty = catalog.difficulties.find((d) => d.slug === known.difficulty).name;
  await expect(page.getByRole('tabpanel')).toContainText(
    `${rounds} round${rounds === 1 ? '' : 's'} · ${range(weeks.min, weeks.max)} weeks · ${difficulty}`,
  );
});

test('a company without public evidence says "Not known" instead of guessing', async ({ page }) => {
  await page.goto(`/companies/${unknown.slug}/interview-loop`);
  const panel = page.getByRole('tabpanel');
  await expect(panel.locator('li.stage')).toHaveCount(0);
  await expect(panel.locator('.not-known').first()).toHaveText(`Not known: ${unknown.interview_loop.not_known}`);
  await expect(panel).toContainText('AI tools in interviews');
  await expect(panel).toContainText('Not known: no public rule found.');
  await page.goto(`/companies/${unknown.slug}`);
  await expect(page.getByRole('tabpanel')).toContainText('Not known: too little public evidence about the loop');
});

test('one candidate report is worded as one report, with its year', async ({ page }) => {
  // Find a stage resting on exactly one dated candidate report.
  let found;
  for (const c of catalog.companies) {
    for (const [i, s] of c.interview_loop.stages.entries()) {
      const srcs = c.sources.filter((x) => s.sources.includes(x.url));
      if (srcs.length === 1 && srcs[0].kind === 'candidate-report' && srcs[0].published) found ??= { c, i, year: srcs[0].published.slice(0, 4) };
    }
  }
  expect(found, 'some stage rests on one dated candidate report').toBeTruthy();
  await page.goto(`/companies/${found.c.slug}/interview-loop`);
  await expect(page.locator('li.stage').nth(found.i).locator('.evidence')).toHaveText(`From one candidate report (${found.year})`);
});

test('the report link is prefilled with the company, the tab and the reviewed date', async ({ page }) => {
  const amazon = byslug('amazon');
  await page.goto('/companies/amazon/interview-loop');
  const href = await page.getByRole('link', { name: 'Report something outdated or wrong' }).getAttribute('href');
  expect(href.startsWith(`${catalog.report_url}?subject=`)).toBe(true);
  const body = decodeURIComponent(new URL(href.replace('mailto:', 'https://x/')).searchParams.get('body'));
  expect(body).toContain('Company: Amazon\nTab: Interview loop\n');
  expect(body).toContain(`Reviewed: ${amazon.reviewed}`);
});

test('compare shows each company\'s loop', async ({ page }) => {
  await page.goto(`/compare?companies=${known.slug},${unknown.slug}`);
  const row = page.getByRole('row', { name: /^Interview loop/ });
  await expect(row).toContainText('Not known: too little public evidence');
  await expect(row.locator('li')).toHaveCount(known.interview_loop.stages.length);
});

test("the loop tab is prerendered", async ({ request }) => {
  const html = await (await request.get(`/companies/${known.slug}/interview-loop`)).text();
  expect(html).toContain(`<title>${known.name} interview prep — Interview loop`);
  expect(html).toContain('class="loop-totals"');
});

test('the hub filters by interview stage, with counts like the other facets', async ({ page }) => {
  const has = (c, kind) => c.interview_loop.stages.some((s) => s.kind === kind);
  const takeHome = catalog.companies.filter((c) => has(c, 'take-home')).map((c) => c.slug).sort();
  expect(takeHome.length).toBeGreaterThan(0);
  await page.goto('/?stage=take-home');
  await hubReady(page);
  const option = facetOption(page, 'Take-home');
  await expect(option).toBeChecked();
  await expect(option).toHaveAccessibleName(`Take-home (${takeHome.length})`);
  expect((await shownSlugs(page)).sort()).toEqual(takeHome);
  await expect(page).toHaveTitle(`Take-home — ${SITE}`);
  // Within the facet values combine with OR.
  await facetOption(page, 'Presentation').check();
  await expect(page).toHaveURL('/?stage=take-home,presentation');
  const either = catalog.companies.filter((c) => has(c, 'take-home') || has(c, 'presentation')).map((c) => c.slug).sort();
  await hubReady(page);
  expect((await shownSlugs(page)).sort()).toEqual(either);
});
