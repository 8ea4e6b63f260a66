import type { Chart, ChartNode } from './schema';

/**
 * Applies `fn` to every node. Unchanged nodes (fn returned the same object) stay shared, and
 * the same chart comes back when nothing changed, so history and React memo can compare by `===`.
 */
export function mapNodes(chart: Chart, fn: (node: ChartNode) => ChartNode): Chart {
  let changed = false;
  const nodes = chart.nodes.map((node) => {
    const next = fn(node);
    if (next !== node) changed = true;
    return next;
  });
  return changed ? { ...chart, nodes } : chart;
}

/** A copy of `node` with `key` set, or removed when `value` is undefined; the same node if that is a no-op. */
export function withField<K extends keyof ChartNode>(
  node: ChartNode,
  key: K,
  value: ChartNode[K] | undefined,
): ChartNode {
  if (value === undefined) {
    if (!(key in node)) return node;
    const copy = { ...node };
    delete copy[key];
    return copy;
  }
  return node[key] === value ? node : { ...node, [key]: value };
}

/** Expanded is the absence of `collapsed`, so expanding never adds a key. */
export function withCollapsed(node: ChartNode, collapsed: boolean): ChartNode {
  if (collapsed) return node.collapsed ? node : { ...node, collapsed: true };
  return node.collapsed ? withField(node, 'collapsed', undefined) : node;
}
