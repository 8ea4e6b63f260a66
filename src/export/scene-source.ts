import { layoutChart } from '../layout/tree-layout';
import type { ChartLayout } from '../layout/types';
import type { Chart, ChartNode, NodeId } from '../model/schema';
import { indexChart, subtreeIds } from '../model/tree';
import { withCollapsed } from '../model/tree-map';
import type { SceneOptions } from './scene-types';

export type SceneSource = { chart: Chart; layout: ChartLayout; rootId: NodeId; subtree: boolean };

/**
 * The chart and layout the scene draws. The on-screen layout is reused when it already
 * shows what was asked for; otherwise a derived chart (a subtree lifted out, collapsed
 * parts opened) is laid out afresh with the same direction and compact setting.
 */
export function resolveSceneSource(chart: Chart, layout: ChartLayout, options: SceneOptions): SceneSource {
  const index = indexChart(chart);
  const subtreeRoot = options.scope === 'all' ? undefined : index.byId.get(options.scope.subtreeOf);
  const layoutOptions = { direction: layout.direction, compact: chart.compact };
  if (!subtreeRoot || subtreeRoot.id === index.root.id) {
    // An unknown subtree id (a node deleted meanwhile) falls back to the whole chart.
    if (!options.includeCollapsed || !chart.nodes.some((n) => n.collapsed)) {
      return { chart, layout, rootId: index.root.id, subtree: false };
    }
    const open = { ...chart, nodes: chart.nodes.map((n) => withCollapsed(n, false)) };
    return { chart: open, layout: layoutChart(open, layoutOptions), rootId: index.root.id, subtree: false };
  }
  const keep = new Set(subtreeIds(index, subtreeRoot.id));
  const nodes: ChartNode[] = [];
  for (const node of chart.nodes) {
    if (!keep.has(node.id)) continue;
    let next: ChartNode = node.id === subtreeRoot.id ? { ...node, parentId: null } : node;
    // Pinned positions belong to the whole chart's coordinates; the lifted subtree is laid out afresh.
    if (next.position) {
      next = { ...next };
      delete next.position;
    }
    nodes.push(options.includeCollapsed || next.id === subtreeRoot.id ? withCollapsed(next, false) : next);
  }
  const links = chart.links.filter((l) => keep.has(l.source) && keep.has(l.target));
  const derived: Chart = { ...chart, nodes, links };
  return {
    chart: derived,
    layout: layoutChart(derived, layoutOptions),
    rootId: subtreeRoot.id,
    subtree: true,
  };
}
