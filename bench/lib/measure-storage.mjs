import { writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { ARGS, CHROMIUM_PATH } from './browser.mjs';
import { measureHeap } from './measure-misc.mjs';
import { installProbes } from './page-probes.mjs';

/**
 * Runs in the page before its scripts: marks (performance.mark, so they also land in a trace)
 * the Enter that commits an edit, the moment autosave hands a chart to IndexedDB and the moment
 * that transaction completes. Only browser prototypes are wrapped; nothing in src/ is touched.
 */
function installSaveProbes() {
  if (window.top !== window) return;
  const save = { editAt: null, putAt: null, storedAt: null, storedChars: 0 };
  window.__save = save;
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Enter' && window.__save.armed) {
        window.__save.armed = false;
        save.editAt = performance.now();
        performance.mark('bench-edit');
      }
    },
    true,
  );
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (value, key) {
    if (typeof key === 'string' && key.startsWith('chart:') && typeof value === 'string') {
      save.putAt = performance.now();
      save.storedChars = value.length;
      performance.mark('bench-put');
      this.transaction.addEventListener('complete', () => {
        save.storedAt = performance.now();
        performance.mark('bench-stored');
      });
    }
    return put.call(this, value, key);
  };
}

/** The renderer main thread's tasks (RunTask) from a Chromium trace, and the bench marks. */
function readTrace(buffer) {
  const { traceEvents } = JSON.parse(buffer.toString('utf8'));
  const marks = {};
  let main = null;
  for (const e of traceEvents) {
    if (e.cat?.includes('blink.user_timing') && e.name?.startsWith('bench-')) {
      marks[e.name] = e.ts;
      main = { pid: e.pid, tid: e.tid };
    }
  }
  if (!main) {
    const named = traceEvents.find(
      (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
    );
    if (named) main = { pid: named.pid, tid: named.tid };
  }
  const tasks = traceEvents
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && main && e.pid === main.pid && e.tid === main.tid)
    .map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0), ms: (e.dur ?? 0) / 1000 }));
  return { marks, tasks };
}

/**
 * Storage figures for one generated chart in a fresh browser (issue 9):
 * import (a JSON file through the file input) → chart drawn → first save; an edit (the chart's
 * title, which changes no card and no layout, so the main thread does almost nothing else) →
 * stored, with the longest main-thread task of the save from a trace; a reload → ready.
 * @param {{ origin: string, chart: any, log: (s: string) => void, debounceMs?: number }} o
 */
export async function measureStorageOnce({ origin, chart, log, debounceMs = 300 }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, timeout: 60_000 });
  const out = { errors: [] };
  const step = async (name, fn) => {
    try {
      out[name] = await fn();
    } catch (error) {
      out[name] = {
        failed: String(error?.message ?? error)
          .split('\n')[0]
          .slice(0, 160),
      };
      log(`    ${name}: ${out[name].failed}`);
    }
    return out[name];
  };
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    page.on('pageerror', (e) => out.errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && out.errors.push(m.text()));
    await page.addInitScript(installProbes, { rootId: chart.nodes[0].id, stableFrames: 5, stableMs: 300 });
    await page.addInitScript(installSaveProbes);
    const status = page.getByRole('status', { name: '保存状态' });
    await page.goto(`${origin}/`);
    await status.getByText('已保存', { exact: true }).waitFor();
    const text = JSON.stringify(chart);
    const title = chart.title;
    const libraryButton = page.getByRole('button', { name: `图表库: ${title}`, exact: true });

    const imported = await step('import', async () => {
      await page.evaluate(() => {
        window.__longest = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
        }).observe({ type: 'longtask' });
      });
      const start = await page.evaluate(() => performance.now());
      await page.locator('input[type=file]').setInputFiles({
        name: 'bench.json',
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
      await page.waitForFunction(() => window.__bench.ready, null, { polling: 100 });
      const drawnAt = await page.evaluate(() => window.__bench.ready);
      await libraryButton.waitFor();
      await status.getByText('已保存', { exact: true }).waitFor();
      const savedAt = await page.evaluate(() => performance.now());
      const longestTaskMs = await page.evaluate(() => window.__longest);
      return {
        bytes: text.length,
        drawnMs: drawnAt - start,
        savedMs: savedAt - start,
        longestTaskMs,
        overview: await page.evaluate(() => window.__bench.readyOverview),
      };
    });
    if (imported.failed) return out;

    // Let the worker's re-layout, the minimap and the library refresh settle before the traced edit.
    await page.waitForTimeout(2_000);
    await step('save', async () => {
      await libraryButton.click();
      await page.getByRole('menuitem', { name: '重命名', exact: true }).click();
      const box = page.getByRole('textbox', { name: '重命名' });
      await box.fill(`${title}（改）`);
      await page.evaluate(() => {
        window.__save.armed = true;
        window.__save.putAt = null;
        window.__save.storedAt = null;
      });
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'blink.user_timing', 'disabled-by-default-devtools.timeline'],
      });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.__save.storedAt !== null, null, { polling: 50 });
      await status.getByText('已保存', { exact: true }).waitFor();
      await page.waitForTimeout(500);
      const raw = await browser.stopTracing();
      // BENCH_TRACE=file keeps the trace for chrome://tracing or a look by hand.
      if (process.env.BENCH_TRACE)
        await writeFile(`${process.env.BENCH_TRACE}-${chart.nodes.length}.json`, raw);
      const trace = readTrace(raw);
      const s = await page.evaluate(() => window.__save);
      const { marks, tasks } = trace;
      if (!marks['bench-edit'] || !marks['bench-stored']) throw new Error('trace has no bench marks');
      // The autosave timer is due 300 ms after the edit; it runs once the task busy at that moment
      // (often the edit's own render, on a loaded machine) has ended.
      const due = marks['bench-edit'] + debounceMs * 1000;
      const fired = tasks.reduce((at, t) => (t.start <= due && t.end > due ? t.end : at), due);
      const stored = marks['bench-stored'];
      const saveTasks = tasks.filter((t) => t.start >= fired && t.start < stored + 300_000);
      return {
        // The autosave timer firing → the IndexedDB transaction complete.
        storeMs: (stored - fired) / 1000,
        // … of which serialising (the sliced JSON) before the put.
        serializeMs: (marks['bench-put'] - fired) / 1000,
        editToStoredMs: s.storedAt - s.editAt,
        chars: s.storedChars,
        // Longest main-thread task from the timer firing to 300 ms after the write completed
        // (library refresh and save state included).
        longestTaskMs: saveTasks.reduce((m, t) => Math.max(m, t.ms), 0),
        tasksOver16: saveTasks.filter((t) => t.ms > 16).length,
        // For comparison: the edit's own longest task (Enter → the timer firing).
        editLongestTaskMs: tasks
          .filter((t) => t.end > marks['bench-edit'] && t.start < fired)
          .reduce((m, t) => Math.max(m, t.ms), 0),
      };
    });

    await step('reload', async () => {
      await page.reload({ waitUntil: 'commit' });
      const ms = await page
        .waitForFunction(() => window.__bench.ready, null, { polling: 100 })
        .then((h) => h.jsonValue());
      await page.getByRole('button', { name: `图表库: ${title}（改）`, exact: true }).waitFor();
      await status.getByText('已保存', { exact: true }).waitFor();
      const heap = await measureHeap(page).catch(() => null);
      return { readyMs: ms, heapMB: heap?.usedMB ?? null };
    });
    return out;
  } finally {
    await browser.close().catch(() => {});
  }
}

const fmt = (v, digits = 0) =>
  typeof v === 'number' ? v.toLocaleString('en', { maximumFractionDigits: digits }) : '—';
const cell = (step, key, digits = 0) => (step?.failed ? `failed: ${step.failed}` : fmt(step?.[key], digits));

/** One line per size (median over runs already taken by the caller). */
export function storageTable(rows) {
  const head =
    "| nodes | JSON | import → drawn ms | import → saved ms | import longest task ms | save: timer → stored ms | of it serialising ms | save longest task ms | tasks > 16 ms in the save | the edit's own longest task ms | reload → ready ms | heap after reload MB |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
  return (
    head +
    rows
      .map((r) => {
        const m = r.median;
        return `| ${r.size.toLocaleString('en')} | ${(m.import?.bytes / 2 ** 20).toFixed(1)} MB | ${cell(m.import, 'drawnMs')} | ${cell(m.import, 'savedMs')} | ${cell(m.import, 'longestTaskMs')} | ${cell(m.save, 'storeMs')} | ${cell(m.save, 'serializeMs')} | ${cell(m.save, 'longestTaskMs', 1)} | ${cell(m.save, 'tasksOver16')} | ${cell(m.save, 'editLongestTaskMs')} | ${cell(m.reload, 'readyMs')} | ${cell(m.reload, 'heapMB', 1)} |`;
      })
      .join('\n')
  );
}

/** Per step and number, the median over runs (a failed step in every run stays failed). */
export function medianOfRuns(runs) {
  const out = {};
  for (const name of ['import', 'save', 'reload']) {
    const ok = runs.map((r) => r[name]).filter((s) => s && !s.failed);
    if (ok.length === 0) {
      out[name] = runs.find((r) => r[name]?.failed)?.[name] ?? { failed: 'not run' };
      continue;
    }
    const merged = {};
    for (const key of Object.keys(ok[0])) {
      const values = ok
        .map((s) => s[key])
        .filter((v) => typeof v === 'number')
        .sort((a, b) => a - b);
      merged[key] = values.length ? values[Math.floor(values.length / 2)] : ok[0][key];
    }
    out[name] = merged;
  }
  return out;
}
