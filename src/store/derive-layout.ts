import { layoutChart } from '../layout/tree-layout';
import type { ChartLayout } from '../layout/types';
import type { Chart } from '../model/schema';

/**
 * Card sizes are fixed per kind, so a text edit never moves anything: the layout is
 * recomputed only when something that places nodes has changed.
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
  }
  return true;
}

export function layoutOf(chart: Chart): ChartLayout {
  return layoutChart(chart, { direction: chart.direction, compact: chart.compact });
}

export function nextLayout(previous: { chart: Chart; layout: ChartLayout }, next: Chart): ChartLayout {
  return sameGeometry(previous.chart, next) ? previous.layout : layoutOf(next);
}
