import { chromium } from '@playwright/test';
import fs from 'node:fs';
const chart = fs.readFileSync(`/tmp/chart5000.json`, 'utf8');
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
await page.waitForTimeout(1200);
await page.mouse.click(5, 700);
// zoom to 1 around centre
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const box = await page.locator('.react-flow__pane').boundingBox();
await page.evaluate(() => { window.__f = []; const loop = (t) => { window.__f.push(t); requestAnimationFrame(loop); }; requestAnimationFrame(loop); });
await cdp.send('Profiler.start');
await page.mouse.move(box.x + 300, box.y + 300); await page.mouse.down();
for (let i = 0; i < 60; i++) { await page.mouse.move(box.x + 300 + i * 12, box.y + 300 + (i % 7) * 3); await page.evaluate(() => new Promise(r => requestAnimationFrame(r))); }
await page.mouse.up();
const { profile } = await cdp.send('Profiler.stop');
const f = await page.evaluate(() => window.__f);
let gap = 0; for (let i = 1; i < f.length; i++) gap = Math.max(gap, f[i] - f[i-1]);
console.log('frames', f.length, 'span', Math.round(f.at(-1) - f[0]), 'fps', (f.length / ((f.at(-1) - f[0]) / 1000)).toFixed(1), 'max gap', Math.round(gap), 'zoom', await page.evaluate(() => document.querySelector('.react-flow__viewport').style.transform));
const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
profile.samples.forEach((s, i) => { const n = byId.get(s); const k = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) || 0) + (profile.timeDeltas[i] || 0)); });
[...self.entries()].sort((a,b)=>b[1]-a[1]).slice(0,18).forEach(([k,v]) => console.log((v/1000).toFixed(0).padStart(6), k));
await browser.close();
