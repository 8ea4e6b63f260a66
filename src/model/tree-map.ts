import type { Chart, ChartDoc, ChartNode, DocNode } from './schema';

/** Either the stored bilingual document or a chart shown in one language: tree code reads both alike. */
export type AnyChart = Chart | ChartDoc;
export type AnyNode = ChartNode | DocNode;
export type NodeOf<C extends AnyChart> = C['nodes'][number];

/**
 * Applies `fn` to every node. Unchanged nodes (fn returned the same object) stay shared, and
 * the same chart comes back when nothing changed, so history and React memo can compare by `===`.
 */
export function mapNodes<C extends AnyChart>(chart: C, fn: (node: NodeOf<C>) => NodeOf<C>): C {
  let changed = false;
  const nodes = (chart.nodes as readonly NodeOf<C>[]).map((node) => {
    const next = fn(node);
    if (next !== node) changed = true;
    return next;
  });
  return changed ? { ...chart, nodes } : chart;
}

/** A copy of `node` with `key` set, or removed when `value` is undefined; the same node if that is a no-op. */
export function withField<N extends AnyNode, K extends keyof N>(node: N, key: K, value: N[K] | undefined): N {
  if (value === undefined) {
    if (!(key in node)) return node;
    const copy = { ...node };
    delete copy[key];
    return copy;
  }
  return node[key] === value ? node : { ...node, [key]: value };
}

/** Expanded is the absence of `collapsed`, so expanding never adds a key. */
export function withCollapsed<N extends AnyNode>(node: N, collapsed: boolean): N {
  if (collapsed) return node.collapsed ? node : { ...node, collapsed: true };
  return node.collapsed ? withField(node, 'collapsed', undefined) : node;
}
