import { openRun } from './browser.mjs';
import { measurePngExport } from './measure-export.mjs';
import { measureFold, measureRename } from './measure-edit.mjs';
import { measureHeap } from './measure-misc.mjs';
import { measurePan, measureWheelZoom } from './measure-motion.mjs';
import { installProbes } from './page-probes.mjs';
import { bringInto, readView, settle } from './view.mjs';

/** Rejects after `ms`, so no single measurement can hang the bench. */
export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const reason = (error) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 160);

/**
 * One fresh browser, one chart, every browser-side measurement in order. Each step that fails
 * is recorded as `{ failed }` and the run goes on where it still makes sense.
 * @param {{ origin: string, chart: any, foldTarget: any, denseSpot: { id: string, x: number, y: number } | null, size: number, run: number, log: (s: string) => void }} o
 */
export async function runOnce({ origin, chart, foldTarget, denseSpot, size, run, log }) {
  const scale = Math.max(1, size / 1000);
  const out = {};
  const session = await openRun(origin, chart);
  const { browser, page, errors } = session;
  let stopped = null;
  const step = async (name, ms, fn) => {
    if (stopped) return (out[name] = { failed: `not run: ${stopped}` });
    try {
      out[name] = await withTimeout(fn(), ms, name);
    } catch (error) {
      out[name] = { failed: reason(error) };
      log(`    ${name}: failed: ${reason(error)}`);
      if (/timed out after/.test(reason(error))) {
        // A timed-out step is still driving the page; later steps would race it, so end the run here.
        stopped = `${name} timed out`;
        await browser.close().catch(() => {});
      } else await page.mouse.up().catch(() => {});
    }
    return out[name];
  };
  try {
    await page.addInitScript(installProbes, { rootId: chart.nodes[0].id, stableFrames: 5, stableMs: 300 });
    const ready = await step('ready', 60_000 + 12_000 * scale, async () => {
      // The chart is seeded in the old localStorage format: the first visit moves it into
      // IndexedDB (not timed), and the timed load is a returning user's, read from IndexedDB.
      await page.goto(`${origin}/`, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__bench.ready, null, {
        timeout: 25_000 + 6_000 * scale,
        polling: 100,
      });
      await page.getByText('已保存', { exact: true }).waitFor({ timeout: 25_000 + 6_000 * scale });
      await page.reload({ waitUntil: 'commit' });
      const ms = await page
        .waitForFunction(() => window.__bench.ready, null, { timeout: 25_000 + 6_000 * scale, polling: 100 })
        .then((h) => h.jsonValue());
      const info = await page.evaluate(() => ({
        cards: window.__bench.readyNodes,
        overview: window.__bench.readyOverview,
        transform: window.__bench.transform,
      }));
      return { ms, ...info };
    });
    if (ready.failed) return out;
    await settle(page, 500);
    await step('heap', 30_000, () => measureHeap(page));
    await step('panFit', 20_000, () => measurePan(page));
    await step('zoomFit', 20_000, () => measureWheelZoom(page, 'in-first'));
    // Zoom 1 with a crowded tree level across the screen, centred on the card that is renamed later.
    const zoomed = await step('toZoom1', 30_000 + 6_000 * scale, async () => {
      if (!denseSpot) throw new Error('no card to centre on (layout failed)');
      const v = await readView(page);
      const view = await bringInto(
        page,
        denseSpot.x,
        denseSpot.y,
        1,
        v.pane.left + v.pane.width / 2,
        v.pane.top + v.pane.height / 2,
      );
      if (Math.abs(view.zoom - 1) > 0.01) throw new Error(`could not reach zoom 1 (at ${view.zoom})`);
      const cards = await page.evaluate(() => document.getElementsByClassName('react-flow__node').length);
      return { zoom: view.zoom, nodeId: denseSpot.id, cards };
    });
    if (!zoomed.failed) {
      await step('panZoom1', 20_000, () => measurePan(page));
      await step('zoomZoom1', 20_000, () => measureWheelZoom(page, 'out-first'));
      await step('edit', 30_000 + 3_000 * scale, () => measureRename(page, `基准改名 ${run}`, denseSpot?.id));
    }
    // The fold button sits on the card's bottom edge; put it near the top so the branch below is on screen.
    const foldAt = async (point) => {
      const v = await readView(page);
      await bringInto(page, point.x, point.y, 0.8, v.pane.left + v.pane.width / 2, v.pane.top + 140);
    };
    const collapse = await step('collapse', 60_000 + 6_000 * scale, async () => {
      if (!foldTarget) throw new Error('no node to fold (layout failed)');
      await foldAt(foldTarget.expanded);
      return {
        nodeId: foldTarget.id,
        descendants: foldTarget.descendants,
        ...(await measureFold(page, foldTarget.id, 'collapse', foldTarget.collapsed.card)),
      };
    });
    if (!collapse.failed) {
      await step('expand', 60_000 + 6_000 * scale, async () => {
        await foldAt(foldTarget.collapsed);
        return {
          nodeId: foldTarget.id,
          descendants: foldTarget.descendants,
          ...(await measureFold(page, foldTarget.id, 'expand', foldTarget.expanded.card)),
        };
      });
    }
    // Again after zooming in, editing and folding: cards mounted, history and caches filled.
    await step('heapAfter', 30_000, () => measureHeap(page));
    await step('png', 120_000 + 10_000 * scale, () => measurePngExport(page, 5_000 + 3_000 * scale));
    return out;
  } finally {
    if (errors.length) out.pageErrors = errors.slice(0, 5);
    await browser.close().catch(() => {});
  }
}
