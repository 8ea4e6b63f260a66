import { layoutChart } from '../layout/tree-layout';
import { layoutInWorker, LayoutSupersededError, shouldUseWorker } from '../layout/layout-client';
import type { ChartLayout } from '../layout/types';
import type { Chart } from '../model/schema';
import { cardSize, hasChips } from '../layout/card-text';
import { isRegionKind } from '../layout/visible-tree';

/**
 * The layout is recomputed only when something that places or sizes cards has changed:
 * the tree, folds, pinned positions, a card's size (`cardSize` follows its title, subtitle,
 * goal and metric chips, so it can change with an edit or with the chart language) and a
 * region's title (its band is as wide as the title needs). Other edits move nothing.
 */
export function sameGeometry(a: Chart, b: Chart): boolean {
  if (a === b) return true;
  if (a.direction !== b.direction || a.compact !== b.compact || a.nodes.length !== b.nodes.length)
    return false;
  for (let i = 0; i < a.nodes.length; i++) {
    const x = a.nodes[i]!;
    const y = b.nodes[i]!;
    if (x === y) continue;
    if (x.id !== y.id || x.parentId !== y.parentId || x.kind !== y.kind) return false;
    if (Boolean(x.collapsed) !== Boolean(y.collapsed)) return false;
    if (x.position?.x !== y.position?.x || x.position?.y !== y.position?.y) return false;
    if (x.title === y.title && x.subtitle === y.subtitle && x.goal === y.goal && hasChips(x) === hasChips(y))
      continue;
    // A region's band is as wide as its title needs; any other card moves nothing unless its size changes.
    if (isRegionKind(x.kind) && x.title !== y.title) return false;
    const before = cardSize(x);
    const after = cardSize(y);
    if (before.width !== after.width || before.height !== after.height) return false;
  }
  return true;
}

/** The layout computed afresh (no cache): for tests and for exports of a chart not on screen. */
export function layoutOf(chart: Chart): ChartLayout {
  return layoutChart(chart, { direction: chart.direction, compact: chart.compact });
}

// A memo of a pure function, like `indexChart`: documents are immutable, so a layout stays
// valid for as long as its chart object lives (and goes with it). Not state: what it holds
// is fully determined by its keys.
const layouts = new WeakMap<Chart, ChartLayout>();

/** The layout already known for this shown chart (computed, delivered by the worker or reused), if any. */
export const knownLayout = (chart: Chart): ChartLayout | undefined => layouts.get(chart);

/**
 * The layout of a shown chart, a pure function of it (memoised on the chart object). Pass
 * the chart shown before it (`previous`) to reuse that layout when `sameGeometry` says
 * nothing moved, so an edit that moves nothing costs nothing. Computes on the calling
 * thread: render code reads the layout through `useChartLayout()`, which keeps large charts
 * off the main thread.
 */
export function layoutFor(chart: Chart, previous?: Chart | null): ChartLayout {
  const known = layouts.get(chart);
  if (known) return known;
  const reused = previous ? layouts.get(previous) : undefined;
  const layout = reused && sameGeometry(previous!, chart) ? reused : layoutOf(chart);
  layouts.set(chart, layout);
  return layout;
}

/** Also a memo: one worker request per chart object, however many readers wait for it. */
const requests = new WeakMap<Chart, Promise<ChartLayout>>();

/**
 * Lays a large chart out in the worker; the answer lands in the memo (`knownLayout`). A
 * request superseded by a newer one rejects (`LayoutSupersededError`) and can be made again;
 * a worker that fails lays out here instead, so a chart is never left without a layout.
 */
export function layoutInBackground(chart: Chart): Promise<ChartLayout> {
  const known = layouts.get(chart);
  if (known) return Promise.resolve(known);
  let request = requests.get(chart);
  if (request) return request;
  request = layoutInWorker(chart, { direction: chart.direction, compact: chart.compact }).then(
    (layout) => {
      layouts.set(chart, layout);
      return layout;
    },
    (error: unknown) => {
      requests.delete(chart);
      if (error instanceof LayoutSupersededError) throw error;
      return layoutFor(chart);
    },
  );
  requests.set(chart, request);
  return request;
}

export { shouldUseWorker };
