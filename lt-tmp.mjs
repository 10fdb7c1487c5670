import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const srv = spawn('node', ['tools/serve.mjs', 'dist', '4191']);
await new Promise(r => setTimeout(r, 600));
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
for (const url of ['/', '/companies/amazon']) {
  const ctx = await b.newContext({ viewport: { width: 412, height: 823 } });
  const p = await ctx.newPage();
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await p.addInitScript(() => { window.__lt = []; new PerformanceObserver(l => l.getEntries().forEach(e => window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]))).observe({ type: 'longtask', buffered: true });
    addEventListener('TrunkApplicationStarted', () => performance.mark('wasm-started')); });
  await p.goto('http://127.0.0.1:4191' + url, { waitUntil: 'networkidle' });
  await p.waitForTimeout(1500);
  console.log(url, JSON.stringify(await p.evaluate(() => ({ lt: window.__lt, marks: performance.getEntriesByType('mark').map(m => [m.name, Math.round(m.startTime)]), cards: document.querySelectorAll('#app .card').length, pre: !!document.getElementById('prerender') }))));
  await ctx.close();
}
await b.close(); srv.kill();
