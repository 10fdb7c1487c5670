import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const data = JSON.stringify({ format: 'company-interview-hubs/personal-data', version: 2, saved: ['stripe'], prepared: { stripe: [0] },
  plans: { stripe: { role: 'Backend engineer', interviews: [{ date: '2026-12-09', time: '15:00', kind: 'technical-screen', title: 'Phone screen' }, { date: '2026-12-18', kind: 'system-design', title: 'Onsite' }] },
           google: { interviews: [{ date: '2027-01-12', kind: 'coding', title: 'Onsite' }] } } });
for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]]) {
  const ctx = await browser.newContext({ viewport, timezoneId: 'Europe/London' });
  const page = await ctx.newPage();
  await page.clock.setFixedTime(new Date('2026-12-05T10:00:00Z'));
  await page.addInitScript((v) => localStorage.setItem('company-interview-hubs:personal', v), data);
  page.on('console', (m) => { if (m.type() === 'error') console.log('console', m.text()); });
  await page.goto('http://127.0.0.1:4300/companies/stripe/interview-loop');
  await page.waitForSelector('.plan-days');
  await page.locator('section.plan').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/shot-${name}-company-plan.png` });
  await page.goto('http://127.0.0.1:4300/plan');
  await page.waitForSelector('.plan-days');
  await page.screenshot({ path: `/tmp/shot-${name}-plan.png`, fullPage: name === 'desktop' });
  await page.goto('http://127.0.0.1:4300/compare?companies=amazon,google,stripe');
  await page.waitForSelector('.compare-table');
  await page.screenshot({ path: `/tmp/shot-${name}-compare.png` });
  await page.goto('http://127.0.0.1:4300/your-data');
  await page.waitForSelector('.kept');
  await page.screenshot({ path: `/tmp/shot-${name}-your-data.png` });
  await ctx.close();
}
await browser.close();
