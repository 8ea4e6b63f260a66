import type { Chart, ChartNode, NodeId } from './schema';
import { mapNodes, withCollapsed } from './tree-map';

/** Lookups built once per document (O(n)); every read below is then proportional to its answer. */
export type ChartIndex = {
  chart: Chart;
  byId: ReadonlyMap<NodeId, ChartNode>;
  /** Children per parent id, in sibling (document) order. */
  childrenOf: ReadonlyMap<NodeId, readonly ChartNode[]>;
  /** Position of each node in `chart.nodes`. */
  order: ReadonlyMap<NodeId, number>;
  root: ChartNode;
};

const NONE: readonly ChartNode[] = [];
// Documents are immutable, so an index stays valid for as long as its chart object lives.
const cache = new WeakMap<Chart, ChartIndex>();

export function indexChart(chart: Chart): ChartIndex {
  const cached = cache.get(chart);
  if (cached) return cached;
  const byId = new Map<NodeId, ChartNode>();
  const childrenOf = new Map<NodeId, ChartNode[]>();
  const order = new Map<NodeId, number>();
  let root: ChartNode | undefined;
  for (const [i, node] of chart.nodes.entries()) {
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
  root ??= chart.nodes[0];
  if (!root) throw new Error('A chart needs at least one node');
  const index: ChartIndex = { chart, byId, childrenOf, order, root };
  cache.set(chart, index);
  return index;
}

export function childrenOf(index: ChartIndex, id: NodeId): readonly ChartNode[] {
  return index.childrenOf.get(id) ?? NONE;
}

export function parentOf(index: ChartIndex, id: NodeId): ChartNode | undefined {
  const parentId = index.byId.get(id)?.parentId;
  return parentId == null ? undefined : index.byId.get(parentId);
}

/** The node and its ancestors, root first; [] for an unknown id. */
export function pathToRoot(index: ChartIndex, id: NodeId): ChartNode[] {
  const path: ChartNode[] = [];
  let node = index.byId.get(id);
  // The length bound only matters for a corrupt (cyclic) document.
  while (node && path.length <= index.byId.size) {
    path.push(node);
    node = node.parentId === null ? undefined : index.byId.get(node.parentId);
  }
  return path.reverse();
}

/** 0 for the root, -1 for an unknown id. */
export function depthOf(index: ChartIndex, id: NodeId): number {
  return pathToRoot(index, id).length - 1;
}

/** The node itself followed by all its descendants, depth-first in sibling order; [] for an unknown id. */
export function subtreeIds(index: ChartIndex, id: NodeId): NodeId[] {
  if (!index.byId.has(id)) return [];
  const out: NodeId[] = [];
  const stack: NodeId[] = [id];
  while (stack.length > 0) {
    const current = stack.pop() as NodeId;
    out.push(current);
    const kids = childrenOf(index, current);
    for (let i = kids.length - 1; i >= 0; i--) stack.push((kids[i] as ChartNode).id);
  }
  return out;
}

export function descendantCount(index: ChartIndex, id: NodeId): number {
  return Math.max(0, subtreeIds(index, id).length - 1);
}

/** Nodes on screen: depth-first from the root in sibling order, not entering collapsed nodes. */
export function visibleNodes(index: ChartIndex): ChartNode[] {
  const out: ChartNode[] = [];
  const stack: ChartNode[] = [index.root];
  while (stack.length > 0) {
    const node = stack.pop() as ChartNode;
    out.push(node);
    if (node.collapsed) continue;
    const kids = childrenOf(index, node.id);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as ChartNode);
  }
  return out;
}

/** How many descendants this node hides (all of them when collapsed, otherwise none). */
export function hiddenCount(index: ChartIndex, id: NodeId): number {
  return index.byId.get(id)?.collapsed ? descendantCount(index, id) : 0;
}

/** Collapsed ancestors (root first) that must open for `id` to show. The node itself is not included. */
export function ancestorsToExpand(index: ChartIndex, id: NodeId): ChartNode[] {
  return pathToRoot(index, id)
    .slice(0, -1)
    .filter((node) => node.collapsed);
}

/** Depth of every node reachable from the root (root = 0). */
export function nodeDepths(index: ChartIndex): Map<NodeId, number> {
  const depths = new Map<NodeId, number>([[index.root.id, 0]]);
  const queue: ChartNode[] = [index.root];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as ChartNode;
    const depth = (depths.get(node.id) ?? 0) + 1;
    for (const child of childrenOf(index, node.id)) {
      depths.set(child.id, depth);
      queue.push(child);
    }
  }
  return depths;
}

/** Nodes at exactly `depth` (root = 0), in document order. */
export function nodesAtDepth(index: ChartIndex, depth: number): ChartNode[] {
  const depths = nodeDepths(index);
  return index.chart.nodes.filter((node) => depths.get(node.id) === depth);
}

/** Nodes at depth >= `level` that have children become collapsed, shallower ones open: "show `level` levels". */
export function collapseToLevel(chart: Chart, level: number): Chart {
  const index = indexChart(chart);
  const depths = nodeDepths(index);
  return mapNodes(chart, (node) =>
    index.childrenOf.has(node.id) ? withCollapsed(node, (depths.get(node.id) ?? 0) >= level) : node,
  );
}

/** Collapse or expand every node that has children; leaves are left as they are. */
export function setAllCollapsed(chart: Chart, collapsed: boolean): Chart {
  const index = indexChart(chart);
  return mapNodes(chart, (node) => (index.childrenOf.has(node.id) ? withCollapsed(node, collapsed) : node));
}

/** Opens the collapsed ancestors of `id` so it shows (e.g. for a search hit). */
export function revealNode(chart: Chart, id: NodeId): Chart {
  const toOpen = new Set(ancestorsToExpand(indexChart(chart), id).map((node) => node.id));
  return toOpen.size === 0
    ? chart
    : mapNodes(chart, (node) => (toOpen.has(node.id) ? withCollapsed(node, false) : node));
}

// Search lives in its own module; re-exported so callers find every read of the tree here.
export { searchNodes, type SearchHit, type SearchField } from './tree-search';
