import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_PATH } from './browser.mjs';

/**
 * The page planner (issue 10) in Chromium: pages, smallest text and planning time for
 * generated charts on 16:9 slides (nothing under 10 pt, card titles ≥ 14 pt), text measured
 * with the browser's fonts. Planned on the page's main thread so the time is the planner's
 * own; the app plans large charts in a worker with the same code.
 * @param {string} root repository root
 * @param {string} cache folder for the bundle
 * @param {number[]} sizes node counts
 * @param {number} runs timed runs per size (median reported)
 */
export async function measurePages(root, cache, sizes, runs = 3) {
  const outDir = join(cache, 'planner');
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: {
        entry: 'bench/lib/planner-entry.ts',
        formats: ['iife'],
        name: 'OpsPlanner',
        fileName: () => 'planner.js',
      },
    },
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ path: join(outDir, 'planner.js') });
    const rows = [];
    for (const size of sizes) {
      const row = await page.evaluate(
        ({ size, runs }) => {
          const P = /** @type {any} */ (window).OpsPlanner;
          const chart = P.generateChart(size, 1);
          const options = { ...P.defaultPlanOptions(), measure: P.measureText };
          P.planPages(chart, null, options); // warm-up: JIT and the measure cache
          const times = [];
          let plan;
          for (let r = 0; r < runs; r++) {
            const t = performance.now();
            plan = P.planPages(chart, null, { ...options, measure: P.measureText });
            times.push(performance.now() - t);
          }
          times.sort((a, b) => a - b);
          return {
            size,
            pages: plan.pages.length,
            smallestPt: Math.min(...plan.pages.map((p) => p.smallestPt)),
            cardTitlePt: Math.min(...plan.pages.flatMap((p) => p.scene.nodes.map((n) => n.title.size))),
            droppedDetail: plan.droppedDetail,
            problems: plan.problems.length,
            ms: times[Math.floor(times.length / 2)],
            times,
          };
        },
        { size, runs },
      );
      rows.push(row);
    }
    return rows;
  } finally {
    await browser.close();
  }
}

/** @param {Awaited<ReturnType<typeof measurePages>>} rows */
export function pagesTable(rows) {
  const lines = [
    '| nodes | pages | smallest pt | smallest card title pt | detail dropped to | problems | planning ms (median) |',
    '|---:|---:|---:|---:|:--|---:|---:|',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.size.toLocaleString('en')} | ${r.pages} | ${r.smallestPt} | ${r.cardTitlePt.toFixed(1)} | ${r.droppedDetail ?? '—'} | ${r.problems} | ${r.ms.toFixed(0)} |`,
    );
  return lines.join('\n');
}
