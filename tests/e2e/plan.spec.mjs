// The prep plan (issue 23): dates on a company page, the countdown on the page, its card and
// /plan, the calendar file, the share link and its hostile inputs, print, and a plan across a
// daylight-saving change. The clock is fixed so every day and countdown is known.
import { test, expect, liveApp } from './fixtures.mjs';

const KEY = 'company-interview-hubs:personal';
const FORMAT = 'company-interview-hubs/personal-data';
const stored = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), KEY);
const withPlans = (plans) => JSON.stringify({ format: FORMAT, version: 2, saved: ['stripe'], plans });

test.use({ timezoneId: 'Europe/London' });

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-05T10:00:00Z'));
});

test('dates added on a company page make a plan that is kept, counted down and listed on /plan', async ({ page }) => {
  await page.goto('/companies/stripe');
  await liveApp(page);
  const plan = page.locator('section.plan');
  await plan.getByLabel('Date').fill('2026-12-18');
  await plan.getByLabel('Stage').selectOption({ label: 'System design' });
  await plan.getByLabel('Name (optional)').fill('Onsite');
  await plan.getByLabel('Role (optional)').fill('Backend engineer');
  await plan.getByRole('button', { name: 'Add to plan' }).click();
  await expect(plan.locator('.plan-status')).toHaveText('Added Onsite on Fri 18 Dec 2026.');
  await expect(plan.locator('.countdown')).toHaveText('Onsite in 13 days');
  await expect(plan.locator('.plan-days > li').first()).toContainText('Today, Sat 5 Dec 2026');
  // The hardest stage first; a review the day before; the interview on its day.
  await expect(plan.locator('.plan-days > li').first()).toContainText('Practise: System design');
  await plan.getByText('All 14 days').click();
  await expect(plan.locator('.plan-days > li').last()).toContainText('Fri 18 Dec 2026');
  await expect(plan.locator('.plan-days > li').last()).toContainText('Onsite');
  await expect(plan.locator('.plan-days > li', { hasText: 'Thu 17 Dec 2026' })).toContainText('Onsite tomorrow');

  const data = await stored(page);
  expect(data.version).toBe(2);
  expect(data.plans.stripe).toEqual({ role: 'Backend engineer', interviews: [{ date: '2026-12-18', kind: 'system-design', title: 'Onsite' }] });

  await page.reload();
  await expect(page.locator('section.plan .countdown')).toHaveText('Onsite in 13 days');
  await page.getByRole('button', { name: 'Save company' }).click();
  // The card (here in the saved view) and /plan show the countdown too.
  await page.goto('/?saved=1');
  await expect(page.locator('.card', { hasText: 'Stripe' }).locator('.badge-mine')).toContainText('Onsite in 13 days');
  await page.goto('/plan');
  const section = page.locator('section.plan', { has: page.getByRole('link', { name: 'Stripe' }) });
  await expect(section.locator('.countdown')).toHaveText('Onsite in 13 days');
  await expect(section.locator('.plan-days > li').first()).toContainText('Today, Sat 5 Dec 2026');
});

test('a past date is kept for the record, and Remove takes a date out', async ({ page }) => {
  await page.goto('/companies/stripe');
  await liveApp(page);
  const plan = page.locator('section.plan');
  await plan.getByLabel('Date').fill('2026-11-20');
  await plan.getByLabel('Stage').selectOption('other');
  await plan.getByRole('button', { name: 'Add to plan' }).click();
  await expect(plan.locator('.plan-status')).toHaveText('Added Interview on Fri 20 Nov 2026. That date has passed, so it is kept for the record only.');
  await expect(plan).toContainText('Every date in this plan has passed.');
  await expect(plan.locator('.countdown')).toBeHidden();
  await plan.getByRole('button', { name: 'Remove Interview on Fri 20 Nov 2026' }).click();
  await expect(plan.locator('.plan-status')).toHaveText('Removed Interview on Fri 20 Nov 2026.');
  await expect(plan.locator('.plan-dates')).toHaveCount(0);
  expect((await stored(page)).plans).toBeUndefined();
});

test('the calendar file follows RFC 5545: CRLF, folded lines, all-day and timed events, reminders', async ({ page }) => {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [KEY, withPlans({
    stripe: { interviews: [
      { date: '2026-12-10', time: '14:30', kind: 'technical-screen', title: 'Phone screen, first; round' },
      { date: '2026-12-18', kind: 'coding', title: 'Onsite' },
    ] },
  })]);
  await page.goto('/companies/stripe');
  await liveApp(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar file (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('interview-prep-stripe.ics');
  const text = (await (await file.createReadStream()).toArray()).join('');
  expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  for (const line of text.split('\r\n').slice(0, -1)) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  const lines = text.replace(/\r\n /g, '').split('\r\n');
  expect(lines).toContain('SUMMARY:Stripe: Phone screen\\, first\\; round');
  expect(lines).toContain('DTSTART:20261210T143000');
  expect(lines).toContain('DURATION:PT45M'); // Stripe's technical phone screen, from its loop
  expect(lines).toContain('DTSTART;VALUE=DATE:20261218');
  expect(lines).toContain('DTEND;VALUE=DATE:20261219');
  expect(lines.filter((l) => l === 'BEGIN:VALARM')).toHaveLength(2);
  expect(lines.filter((l) => l.startsWith('UID:stripe-prep-'))).toHaveLength(12); // 5–17 Dec less the 10th
  expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(lines.filter((l) => l.startsWith('DTSTAMP:')).length);
});

test('a shared link rebuilds the plan from the URL alone and the receiver can add it', async ({ page, browser }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [KEY, withPlans({
    stripe: { role: 'SRE <b>', interviews: [{ date: '2026-12-18', kind: 'coding', title: 'Onsite <img src=x>' }] },
  })]);
  await page.goto('/companies/stripe');
  await liveApp(page);
  await page.getByRole('button', { name: 'Copy a link to this plan' }).click();
  await expect(page.locator('section.plan .plan-status')).toContainText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/plan#share=/);

  // Someone else: a fresh browser profile with nothing stored.
  const other = await browser.newContext({ ignoreHTTPSErrors: true, serviceWorkers: 'block', timezoneId: 'Europe/London' });
  const receiver = await other.newPage();
  await receiver.clock.setFixedTime(new Date('2026-12-05T10:00:00Z'));
  await receiver.goto(link);
  const shared = receiver.locator('.shared-plan');
  await expect(shared.locator('h2')).toHaveText('A plan shared with you: Stripe');
  await expect(shared.locator('.countdown')).toHaveText('Onsite <img src=x> in 13 days');
  await expect(receiver.locator('main img, main b')).toHaveCount(0);
  await receiver.getByRole('button', { name: 'Add this shared plan to mine' }).click();
  await expect(receiver.locator('.plan-status')).toContainText('Added to your plans');
  const theirs = await receiver.evaluate((key) => JSON.parse(localStorage.getItem(key)), KEY);
  expect(theirs.plans.stripe.interviews).toEqual([{ date: '2026-12-18', kind: 'coding', title: 'Onsite <img src=x>' }]);
  await other.close();
});

test('hostile or broken share links get a clear message and change nothing', async ({ page }) => {
  const cases = [
    ['#share=%7Bnot-json', 'damaged or incomplete'],
    [`#share=${'a'.repeat(8_100)}`, 'longer than any plan'],
    [`#share=${encodeURIComponent(JSON.stringify({ v: 1, company: 'nobody-here', plan: { interviews: [{ date: '2026-12-18' }] } }))}`, "isn't in the catalog"],
    [`#share=${encodeURIComponent(JSON.stringify({ v: 7 }))}`, 'newer version'],
  ];
  for (const [fragment, message] of cases) {
    await page.goto(`/plan${fragment}`);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.locator('.shared-plan')).toHaveCount(0);
    expect(await stored(page)).toBeNull();
  }
  await expect(page.getByText('No plans of your own yet.')).toBeVisible();
});

test('the printed prep sheet includes the plan', async ({ page }) => {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [KEY, withPlans({
    stripe: { interviews: [{ date: '2026-12-07', kind: 'coding', title: 'Onsite' }] },
  })]);
  await page.goto('/companies/stripe');
  await liveApp(page);
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.print-sheet');
  await expect(sheet.getByRole('heading', { name: 'Your interview plan: Onsite in 2 days' })).toBeVisible();
  await expect(sheet).toContainText('Mon 7 Dec 2026: Onsite');
  await expect(page.locator('section.plan')).toBeHidden();
});

test.describe('across a daylight-saving change', () => {
  test.use({ timezoneId: 'America/New_York' });
  test('the countdown and the days count calendar days', async ({ page }) => {
    // 8 March 2027 local; clocks go forward on 14 March in New York.
    await page.clock.setFixedTime(new Date('2027-03-08T23:30:00-05:00'));
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [KEY, withPlans({
      stripe: { interviews: [{ date: '2027-03-16', kind: 'coding', title: 'Onsite' }] },
    })]);
    await page.goto('/companies/stripe');
    await liveApp(page);
    const plan = page.locator('section.plan');
    await expect(plan.locator('.countdown')).toHaveText('Onsite in 8 days');
    await expect(plan.locator('.plan-days > li').first()).toContainText('Today, Mon 8 Mar 2027');
    await plan.getByText('All 9 days').click();
    const days = await plan.locator('.plan-days > li > strong').allTextContents();
    expect(days.map((d) => d.replace('Today, ', ''))).toEqual([
      'Mon 8 Mar 2027', 'Tue 9 Mar 2027', 'Wed 10 Mar 2027', 'Thu 11 Mar 2027', 'Fri 12 Mar 2027',
      'Sat 13 Mar 2027', 'Sun 14 Mar 2027', 'Mon 15 Mar 2027', 'Tue 16 Mar 2027',
    ]);
  });
});

test.describe('by keyboard alone', () => {
  test.use({ locale: 'en-US' });
  test('a date is added, the plan read and a date removed without a mouse', async ({ page }) => {
    await page.goto('/companies/stripe');
    await liveApp(page);
    await page.getByLabel('Date').focus();
    await page.keyboard.type('12182026');
    // Date and time inputs hold several tab stops (month, day, year…): Tab until the next control.
    const tabTo = async (target) => {
      for (let i = 0; i < 8 && !(await target.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
      await expect(target).toBeFocused();
    };
    await tabTo(page.getByLabel('Stage'));
    await page.keyboard.press('End'); // "Other"
    await expect(page.getByLabel('Stage')).toHaveValue('other');
    await tabTo(page.getByLabel('Name (optional)'));
    await page.keyboard.type('Final round');
    await tabTo(page.getByRole('button', { name: 'Add to plan' }));
    await page.keyboard.press('Enter');
    const plan = page.locator('section.plan');
    await expect(plan.locator('.plan-status')).toHaveText('Added Final round on Fri 18 Dec 2026.');
    await expect(plan.locator('.countdown')).toHaveText('Final round in 13 days');
    // The drawn block's buttons are in the tab order: Remove comes next.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Remove Final round on Fri 18 Dec 2026' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(plan.locator('.plan-status')).toHaveText('Removed Final round on Fri 18 Dec 2026.');
    await expect(page.getByLabel('Date')).toBeFocused();
  });
});
