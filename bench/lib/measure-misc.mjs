import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cpuTimeOf } from './machine-load.mjs';

/**
 * Main-thread JS heap after two forced collections (window.gc from --js-flags=--expose-gc),
 * read through the DevTools protocol so the number is exact, not bucketed like performance.memory.
 * @param {import('@playwright/test').Page} page
 */
export async function measureHeap(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await page.evaluate(() => {
      if (typeof window.gc !== 'function') throw new Error('window.gc missing (need --js-flags=--expose-gc)');
      window.gc();
      window.gc();
    });
    const { usedSize, totalSize } = await cdp.send('Runtime.getHeapUsage');
    return { usedMB: usedSize / 2 ** 20, totalMB: totalSize / 2 ** 20 };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * gzip size (level 9, as gzip-size reports) of the JS the page loads before anything else: the entry
 * module script and every modulepreload link in the built index.html.
 * @param {string} distDir
 */
export async function measureInitialJs(distDir) {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const urls = new Set();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const attr = (name) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];
    if (tag.startsWith('<script') && attr('type') === 'module' && attr('src')) urls.add(attr('src'));
    if (tag.startsWith('<link') && attr('rel') === 'modulepreload' && attr('href')) urls.add(attr('href'));
  }
  const files = [];
  for (const url of urls) {
    const bytes = await readFile(join(distDir, url.replace(/^\//, '')));
    files.push({ file: url, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  const cssFiles = [];
  for (const tag of html.match(/<link\b[^>]*rel="stylesheet"[^>]*>/g) ?? []) {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (!href) continue;
    const bytes = await readFile(join(distDir, href.replace(/^\//, '')));
    cssFiles.push({ file: href, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  const sum = (list, key) => list.reduce((a, f) => a + f[key], 0);
  return {
    jsGzipKB: sum(files, 'gzip') / 1024,
    jsKB: sum(files, 'bytes') / 1024,
    cssGzipKB: sum(cssFiles, 'gzip') / 1024,
    files,
    cssFiles,
  };
}

/**
 * Layout alone, in Node, on the same chart the browser gets: one warm-up, then the median of
 * `runs` (wall time, and the process's CPU time, which a busy machine distorts less).
 */
export function measureLayout(layoutChart, chart, runs = 5) {
  const options = { direction: chart.direction, compact: chart.compact };
  let layout;
  const cold = cpuTimeOf(() => (layout = layoutChart(chart, options)));
  const times = [];
  for (let i = 0; i < runs; i++) times.push(cpuTimeOf(() => layoutChart(chart, options)));
  return {
    ms: median(times.map((t) => t.wall)),
    cpuMs: median(times.map((t) => t.cpu)),
    coldMs: cold.wall,
    times: times.map((t) => Math.round(t.wall * 10) / 10),
    layout,
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
