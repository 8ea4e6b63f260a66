import { chromium } from '@playwright/test';
import fs from 'node:fs';
const n = process.argv[2] ?? '5000';
const chart = fs.readFileSync(`/tmp/chart${n}.json`, 'utf8');
const id = JSON.parse(chart).id;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
await page.addInitScript(([chart, id]) => {
  if (sessionStorage.getItem('seeded')) return; sessionStorage.setItem('seeded', '1');
  localStorage.setItem('opschart:chart:' + id, chart);
  localStorage.setItem('opschart:library', JSON.stringify({ storageVersion: 1, activeId: id, charts: [{ id, title: 'big', updatedAt: 1 }] }));
}, [chart, id]);
await page.goto('http://127.0.0.1:4180/');
await page.waitForSelector('[data-testid="chart-overview"], .react-flow__node', { timeout: 30000 });
await page.getByRole('combobox', { name: '搜索' }).fill('社群运营 2000');
await page.keyboard.press('Enter');
await page.waitForTimeout(1500);

const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const sel = page.locator('.react-flow__node.selected').first();
await sel.click();
await page.keyboard.press('F2');
await page.keyboard.type('X');
await cdp.send('Profiler.start');
const t0 = Date.now();
await page.keyboard.press('Enter');
await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
console.log('edit wall', Date.now() - t0);
// pan at zoom 1
const box = await page.locator('.react-flow__pane').boundingBox();
await page.mouse.move(box.x + 200, box.y + 300); await page.mouse.down();
for (let i = 0; i < 40; i++) { await page.mouse.move(box.x + 200 + i * 15, box.y + 300 + (i % 5)); }
await page.mouse.up();
const { profile } = await cdp.send('Profiler.stop');
const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
profile.samples.forEach((s, i) => { const n = byId.get(s); const k = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) || 0) + (profile.timeDeltas[i] || 0)); });
[...self.entries()].sort((a,b)=>b[1]-a[1]).slice(0,22).forEach(([k,v]) => console.log((v/1000).toFixed(0).padStart(6), k));
await browser.close();
