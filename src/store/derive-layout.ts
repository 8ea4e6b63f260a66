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

export function layoutOf(chart: Chart): ChartLayout {
  return layoutChart(chart, { direction: chart.direction, compact: chart.compact });
}

export function nextLayout(previous: { chart: Chart; layout: ChartLayout }, next: Chart): ChartLayout {
  return sameGeometry(previous.chart, next) ? previous.layout : layoutOf(next);
}

/**
 * The layout to show right after a change. A large chart keeps its previous layout for
 * the moment (cards without a place wait a frame or two) and gets the new one from the
 * worker, so a re-layout of 10,000 nodes never blocks input.
 */
export function layoutAfter(
  previous: { chart: Chart; layout: ChartLayout },
  next: Chart,
  deliver: (layout: ChartLayout, forChart: Chart) => void,
): ChartLayout {
  if (sameGeometry(previous.chart, next)) return previous.layout;
  if (!shouldUseWorker(next.nodes.length)) return layoutOf(next);
  layoutInWorker(next, { direction: next.direction, compact: next.compact }).then(
    (layout) => deliver(layout, next),
    (error: unknown) => {
      if (!(error instanceof LayoutSupersededError)) deliver(layoutOf(next), next);
    },
  );
  return previous.layout;
}
