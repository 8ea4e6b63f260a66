import type { Chart, NodeId } from './schema';
import { mapNodes, withCollapsed, type AnyChart, type NodeOf } from './tree-map';

/**
 * Lookups built once per document (O(n)); every read below is then proportional to its answer.
 * Works alike on the stored bilingual document and on a chart shown in one language.
 */
export type ChartIndex<C extends AnyChart = Chart> = {
  chart: C;
  byId: ReadonlyMap<NodeId, NodeOf<C>>;
  /** Children per parent id, in sibling (document) order. */
  childrenOf: ReadonlyMap<NodeId, readonly NodeOf<C>[]>;
  /** Position of each node in `chart.nodes`. */
  order: ReadonlyMap<NodeId, number>;
  root: NodeOf<C>;
};

const NONE: readonly never[] = [];
// Documents are immutable, so an index stays valid for as long as its chart object lives.
const cache = new WeakMap<AnyChart, ChartIndex<AnyChart>>();

export function indexChart<C extends AnyChart>(chart: C): ChartIndex<C> {
  const cached = cache.get(chart) as ChartIndex<C> | undefined;
  if (cached) return cached;
  type N = NodeOf<C>;
  const byId = new Map<NodeId, N>();
  const childrenOf = new Map<NodeId, N[]>();
  const order = new Map<NodeId, number>();
  let root: N | undefined;
  for (const [i, node] of (chart.nodes as readonly N[]).entries()) {
    byId.set(node.id, node);
    order.set(node.id, i);
    if (node.parentId === null) {
      root ??= node;
      continue;
    }
    const siblings = childrenOf.get(node.parentId);
    if (siblings) siblings.push(node);
    else childrenOf.set(node.parentId, [node]);
  }
  root ??= chart.nodes[0] as N | undefined;
  if (!root) throw new Error('A chart needs at least one node');
  const index: ChartIndex<C> = { chart, byId, childrenOf, order, root };
  cache.set(chart, index as unknown as ChartIndex<AnyChart>);
  return index;
}

export function childrenOf<C extends AnyChart>(index: ChartIndex<C>, id: NodeId): readonly NodeOf<C>[] {
  return index.childrenOf.get(id) ?? NONE;
}

export function parentOf<C extends AnyChart>(index: ChartIndex<C>, id: NodeId): NodeOf<C> | undefined {
  const parentId = index.byId.get(id)?.parentId;
  return parentId == null ? undefined : index.byId.get(parentId);
}

/** The node and its ancestors, root first; [] for an unknown id. */
export function pathToRoot<C extends AnyChart>(index: ChartIndex<C>, id: NodeId): NodeOf<C>[] {
  const path: NodeOf<C>[] = [];
  let node = index.byId.get(id);
  // The length bound only matters for a corrupt (cyclic) document.
  while (node && path.length <= index.byId.size) {
    path.push(node);
    node = node.parentId === null ? undefined : index.byId.get(node.parentId);
  }
  return path.reverse();
}

/** 0 for the root, -1 for an unknown id. */
export function depthOf<C extends AnyChart>(index: ChartIndex<C>, id: NodeId): number {
  return pathToRoot(index, id).length - 1;
}

/** The node itself followed by all its descendants, depth-first in sibling order; [] for an unknown id. */
export function subtreeIds<C extends AnyChart>(index: ChartIndex<C>, id: NodeId): NodeId[] {
  if (!index.byId.has(id)) return [];
  const out: NodeId[] = [];
  const stack: NodeId[] = [id];
  while (stack.length > 0) {
    const current = stack.pop() as NodeId;
    out.push(current);
    const kids = childrenOf(index, current);
    for (let i = kids.length - 1; i >= 0; i--) stack.push((kids[i] as NodeOf<C>).id);
  }
  return out;
}

export function descendantCount<C extends AnyChart>(index: ChartIndex<C>, id: NodeId): number {
  return Math.max(0, subtreeIds(index, id).length - 1);
}

/** Nodes on screen: depth-first from the root in sibling order, not entering collapsed nodes. */
export function visibleNodes<C extends AnyChart>(index: ChartIndex<C>): NodeOf<C>[] {
  const out: NodeOf<C>[] = [];
  const stack: NodeOf<C>[] = [index.root];
  while (stack.length > 0) {
    const node = stack.pop() as NodeOf<C>;
    out.push(node);
    if (node.collapsed) continue;
    const kids = childrenOf(index, node.id);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as NodeOf<C>);
  }
  return out;
}

/** How many descendants this node hides (all of them when collapsed, otherwise none). */
export function hiddenCount<C extends AnyChart>(index: ChartIndex<C>, id: NodeId): number {
  return index.byId.get(id)?.collapsed ? descendantCount(index, id) : 0;
}

/** Collapsed ancestors (root first) that must open for `id` to show. The node itself is not included. */
export function ancestorsToExpand<C extends AnyChart>(index: ChartIndex<C>, id: NodeId): NodeOf<C>[] {
  return pathToRoot(index, id)
    .slice(0, -1)
    .filter((node) => node.collapsed);
}

/** Depth of every node reachable from the root (root = 0). */
export function nodeDepths<C extends AnyChart>(index: ChartIndex<C>): Map<NodeId, number> {
  const depths = new Map<NodeId, number>([[index.root.id, 0]]);
  const queue: NodeOf<C>[] = [index.root];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as NodeOf<C>;
    const depth = (depths.get(node.id) ?? 0) + 1;
    for (const child of childrenOf(index, node.id)) {
      depths.set(child.id, depth);
      queue.push(child);
    }
  }
  return depths;
}

/** Nodes at exactly `depth` (root = 0), in document order. */
export function nodesAtDepth<C extends AnyChart>(index: ChartIndex<C>, depth: number): NodeOf<C>[] {
  const depths = nodeDepths(index);
  return (index.chart.nodes as readonly NodeOf<C>[]).filter((node) => depths.get(node.id) === depth);
}

/** Nodes at depth >= `level` that have children become collapsed, shallower ones open: "show `level` levels". */
export function collapseToLevel<C extends AnyChart>(chart: C, level: number): C {
  const index = indexChart(chart);
  const depths = nodeDepths(index);
  return mapNodes(chart, (node) =>
    index.childrenOf.has(node.id) ? withCollapsed(node, (depths.get(node.id) ?? 0) >= level) : node,
  );
}

/** Collapse or expand every node that has children; leaves are left as they are. */
export function setAllCollapsed<C extends AnyChart>(chart: C, collapsed: boolean): C {
  const index = indexChart(chart);
  return mapNodes(chart, (node) => (index.childrenOf.has(node.id) ? withCollapsed(node, collapsed) : node));
}

/** Opens the collapsed ancestors of `id` so it shows (e.g. for a search hit). */
export function revealNode<C extends AnyChart>(chart: C, id: NodeId): C {
  const toOpen = new Set(ancestorsToExpand(indexChart(chart), id).map((node) => node.id));
  return toOpen.size === 0
    ? chart
    : mapNodes(chart, (node) => (toOpen.has(node.id) ? withCollapsed(node, false) : node));
}

// Search lives in its own module; re-exported so callers find every read of the tree here.
export { searchNodes, type SearchHit, type SearchField } from './tree-search';
