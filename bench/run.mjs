// The real-browser benchmark (issue 5): `npm run bench [-- --sizes 100,1000 --runs 1 --no-build]`.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { chromiumVersion } from './lib/browser.mjs';
import { buildApp, bundlePureModules } from './lib/build.mjs';
import { denseSpotOf, foldTargetOf } from './lib/chart-spots.mjs';
import { measureInitialJs, measureLayout } from './lib/measure-misc.mjs';
import { aggregate, machine, markdownTable, textTable } from './lib/report.mjs';
import { runOnce, withTimeout } from './lib/run-once.mjs';
import { serveStatic } from './lib/server.mjs';
import { checkTargets } from './lib/targets.mjs';
import { waitForIdle } from './lib/machine-load.mjs';
import { renderMarkdown } from './lib/markdown.mjs';
import { measurePages, pagesTable } from './lib/measure-pages.mjs';
import { importsTable, measureImports } from './lib/measure-import.mjs';
import { measureStorageOnce, medianOfRuns, storageTable } from './lib/measure-storage.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const cache = join(here, '.cache');
const results = join(here, 'results');

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000,10000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: 'latest' },
    compact: { type: 'boolean', default: false },
    'wait-idle': { type: 'string', default: '0' },
    // Only the page planner (issue 10): minutes less than the whole run; writes results/pages.*.
    'pages-only': { type: 'boolean', default: false },
    // Only spreadsheet import (issue 11): a 20,000-row CSV and XLSX; writes results/imports.*.
    'imports-only': { type: 'boolean', default: false },
    // Only storage (issue 9): import, save, reload at 5,000 / 20,000 / 50,000 nodes; writes results/storage.*.
    'storage-only': { type: 'boolean', default: false },
  },
});
const sizes = args.sizes.split(',').map((s) => Number(s.replace(/[_\s]/g, '')));
const runs = Number(args.runs);
const seed = Number(args.seed);
if (sizes.some((s) => !Number.isInteger(s) || s < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error(
    'usage: npm run bench -- [--sizes 100,1000,5000,10000] [--runs 3] [--seed 1] [--compact] [--wait-idle 70] [--no-build] [--out latest]',
  );
  process.exit(2);
}

const log = (s) => console.error(s);
if (args['pages-only']) {
  const pages = await measurePages(root, cache, [300, 2000, 10000], runs);
  const env = await machine(os.loadavg(), await chromiumVersion().catch((e) => `unknown (${e.message})`));
  const md = `# Page planner (issue 10)\n\n16:9 slides, nothing under 10 pt, card titles ≥ 14 pt, planned on the main thread of Chromium ${env.chromium ?? ''} (the app uses a worker for large charts); median of ${runs} runs after a warm-up. Load average at start: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')} on ${os.cpus().length} cores.\n\n${pagesTable(pages)}\n`;
  await mkdir(results, { recursive: true });
  await writeFile(join(results, 'pages.json'), JSON.stringify({ env, runs, pages }, null, 2) + '\n');
  await writeFile(join(results, 'pages.md'), md);
  console.log(md);
  process.exit(0);
}
const dist = join(cache, 'dist');
const started = Date.now();
const loadAtStart = os.loadavg();
if (!args['no-build']) {
  log('building the app (vite build → bench/.cache/dist) …');
  await buildApp(root, dist);
}
if (args['imports-only']) {
  const server = await serveStatic(dist);
  try {
    const imports = await measureImports(server.url, runs);
    const env = await machine(os.loadavg(), await chromiumVersion().catch((e) => `unknown (${e.message})`));
    const md = `# Spreadsheet import (issue 11)\n\nA 20,000-row file of teams with Chinese headers, picked through the file input, the detected mapping accepted; median of ${runs} runs, each in a fresh browser. Times are as Playwright sees them (it polls), from choosing the file. Long tasks are the app's from the moment Playwright hands the file over (it builds the file in the page first, a task that is the harness's), until a second after the chart is on screen; split at the moment the preview is ready. Load average at start: ${loadAtStart
      .map((l) => l.toFixed(2))
      .join(
        ' / ',
      )} on ${os.cpus().length} cores; Chromium ${env.chromium ?? ''}.\n\n${importsTable(imports)}\n`;
    await mkdir(results, { recursive: true });
    await writeFile(join(results, 'imports.json'), JSON.stringify({ env, runs, imports }, null, 2) + '\n');
    await writeFile(join(results, 'imports.md'), md);
    console.log(md);
  } finally {
    await server.close();
  }
  process.exit(0);
}
log('bundling the chart generator and layout for Node …');
const pure = await bundlePureModules(root, join(cache, 'pure'));
if (args['storage-only']) {
  const storageSizes = args.sizes === '100,1000,5000,10000' ? [5000, 20000, 50000] : sizes;
  const server = await serveStatic(dist);
  const rowsOut = [];
  try {
    for (const size of storageSizes) {
      let chart;
      try {
        chart = pure.generateChart(size, seed);
      } catch (error) {
        // 50,000 is above today's cap (LIMITS.nodes): raise it locally to measure it (ARCHITECTURE.md).
        log(`${size.toLocaleString('en')} nodes: ${error.message}`);
        continue;
      }
      const layout = measureLayout(pure.layoutChart, chart);
      const samples = [];
      for (let run = 1; run <= runs; run++) {
        const idle = await waitForIdle(Number(args['wait-idle']) / 100, 180_000, log);
        const load = os.loadavg();
        log(`${size.toLocaleString('en')} nodes, run ${run}/${runs} (load ${load[0].toFixed(2)}) …`);
        const result = await withTimeout(
          measureStorageOnce({ origin: server.url, chart, log }),
          900_000,
          'run',
        ).catch((error) => ({ import: { failed: String(error?.message ?? error).split('\n')[0] } }));
        samples.push({
          ...result,
          loadAvg: load.map((l) => Math.round(l * 100) / 100),
          idleBefore: Math.round(idle * 100) / 100,
        });
        log(`  ${JSON.stringify({ import: result.import, save: result.save, reload: result.reload })}`);
      }
      rowsOut.push({
        size,
        layout: { ms: layout.ms, cpuMs: layout.cpuMs },
        median: medianOfRuns(samples),
        runs: samples,
      });
    }
  } finally {
    await server.close();
  }
  const env = await machine(loadAtStart, await chromiumVersion().catch((e) => `unknown (${e.message})`));
  const layoutLine = rowsOut
    .map(
      (r) =>
        `${r.size.toLocaleString('en')}: ${r.layout.ms.toFixed(0)} ms (cpu ${r.layout.cpuMs.toFixed(0)} ms)`,
    )
    .join(' · ');
  const loads = rowsOut
    .flatMap((r) =>
      r.runs.map(
        (x) =>
          `${r.size.toLocaleString('en')} run: ${x.loadAvg.join(' / ')} (idle ${Math.round(x.idleBefore * 100)} %)`,
      ),
    )
    .join('; ');
  const md = `# Storage (issue 9)\n\nGenerated charts (\`generateChart(n, ${seed})\`, bilingual titles and metrics), each size in a fresh Chromium ${env.chromium ?? ''} at 1280×800, zh-CN; median of ${runs} run${runs === 1 ? '' : 's'}. Load average at start: ${loadAtStart
    .map((l) => l.toFixed(2))
    .join(
      ' / ',
    )} on ${os.cpus().length} cores; before each run: ${loads}.\n\n${storageTable(rowsOut)}\n\n- **import → drawn**: the JSON file chosen in the file input → the frame painted with the new chart fitted (the same probe as \`ready\`). **import → saved**: … → the save state reads 已保存 (first write of the new chart). **import longest task**: longest main-thread task (PerformanceObserver longtask, ≥ 50 ms) from choosing the file to saved.\n- **save**: the chart title renamed (Enter), which changes no card and no layout. Autosave waits 300 ms for more edits; **timer → stored** runs from then to the IndexedDB transaction's \`complete\` (the put is watched by wrapping \`IDBObjectStore.prototype.put\`), **serialising** to the put. **save longest task**: the longest \`RunTask\` on the renderer main thread in a Chromium trace from the timer firing to 300 ms after the write completed (library refresh and save state included); a frame is 16.7 ms.\n- **reload → ready**: navigation start → the chart fitted and drawn, read from IndexedDB (as in latest.md); heap after two GCs.\n- Layout alone in Node (median of 5): ${layoutLine}.\n`;
  await mkdir(results, { recursive: true });
  await writeFile(
    join(results, 'storage.json'),
    JSON.stringify({ env, runs, rows: rowsOut }, null, 2) + '\n',
  );
  await writeFile(join(results, 'storage.md'), md);
  console.log(md);
  process.exit(0);
}
const initialJs = await measureInitialJs(dist).catch((e) => ({ failed: String(e.message ?? e) }));
const server = await serveStatic(dist);
const rows = [];
try {
  for (const size of sizes) {
    // --compact: the same chart with its leaves stacked in columns, the shape big charts are usually shown in.
    const chart = { ...pure.generateChart(size, seed), compact: args.compact };
    let layout;
    let foldTarget;
    let denseSpot;
    try {
      const measured = measureLayout(pure.layoutChart, chart);
      layout = { ms: measured.ms, cpuMs: measured.cpuMs, coldMs: measured.coldMs, times: measured.times };
      foldTarget = foldTargetOf(chart, measured.layout, pure.layoutChart);
      denseSpot = denseSpotOf(measured.layout);
    } catch (error) {
      layout = { failed: String(error?.message ?? error) };
    }
    log(
      `${size.toLocaleString('en')} nodes: layout ${layout.ms?.toFixed(1) ?? layout.failed} ms (cpu ${layout.cpuMs?.toFixed(1)} ms)`,
    );
    const runResults = [];
    for (let run = 1; run <= runs; run++) {
      log(`  run ${run}/${runs} …`);
      const idle = await waitForIdle(Number(args['wait-idle']) / 100, 180_000, log);
      const t = Date.now();
      const load = os.loadavg()[0];
      const result = await withTimeout(
        runOnce({ origin: server.url, chart, foldTarget, denseSpot, size, run, log }),
        600_000,
        'run',
      ).catch((error) => ({ ready: { failed: String(error?.message ?? error).split('\n')[0] } }));
      runResults.push({ ...result, loadAvg1m: load, idleBefore: Math.round(idle * 100) / 100 });
      log(
        `    ready ${result.ready?.ms?.toFixed(0) ?? result.ready?.failed} ms · ${((Date.now() - t) / 1000).toFixed(0)} s`,
      );
    }
    rows.push({ size, layout, foldTarget, denseSpot, metrics: aggregate(runResults), runs: runResults });
  }
} finally {
  await server.close();
}

// Issue 10: the page planner on 16:9 slides, in Chromium with the browser's fonts.
log('page planner: 300 / 2,000 / 10,000 nodes …');
const pages = await measurePages(root, cache, [300, 2000, 10000], runs).catch((error) => ({
  failed: String(error?.message ?? error),
}));

const env = await machine(loadAtStart, await chromiumVersion().catch((e) => `unknown (${e.message})`));
const targets = checkTargets(rows, initialJs);
const report = {
  env,
  options: { sizes, runs, seed, compact: args.compact },
  initialJs,
  rows,
  targets,
  pages,
  durationS: (Date.now() - started) / 1000,
};
const pagesSection =
  'failed' in pages
    ? `\n## Page planner (issue 10)\n\nfailed: ${pages.failed}\n`
    : `\n## Page planner (issue 10)\n\n16:9 slides, nothing under 10 pt, card titles ≥ 14 pt, planned on the main thread (the app uses a worker for large charts).\n\n${pagesTable(pages)}\n`;
await mkdir(results, { recursive: true });
await writeFile(join(results, `${args.out}.json`), JSON.stringify(report, null, 2) + '\n');
await writeFile(join(results, `${args.out}.md`), renderMarkdown(report, markdownTable(rows)) + pagesSection);

console.log(textTable(rows));
console.log('');
console.log(
  'initial JS:',
  'failed' in initialJs
    ? initialJs.failed
    : `${initialJs.jsGzipKB.toFixed(1)} KB gzip (${initialJs.files.length} file${initialJs.files.length === 1 ? '' : 's'})`,
);
for (const t of targets) console.log(`${t.status.padEnd(4)}  ${t.label}: ${t.detail}`);
console.log(pagesSection);
console.log(`\nwrote bench/results/${args.out}.json and .md in ${report.durationS.toFixed(0)} s`);
