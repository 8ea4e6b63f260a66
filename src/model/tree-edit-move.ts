import type { ChartDoc, NodeId } from './schema';
import { childrenOf, indexChart, subtreeIds } from './tree';
import {
  blockHeight,
  done,
  fitsDepth,
  insertBlock,
  refuse,
  subtreeBlock,
  type EditResult,
} from './tree-edit-shared';
import { withCollapsed } from './tree-map';

/**
 * Re-parents `id` (with its subtree) under `newParentId`, before the child `beforeId` or as
 * the last child. Refuses the root, and a target inside the moved subtree (`cycle`).
 * Returns the same chart when the node is already there.
 */
export function moveNode(
  chart: ChartDoc,
  id: NodeId,
  newParentId: NodeId,
  beforeId?: NodeId | null,
): EditResult {
  const index = indexChart(chart);
  const node = index.byId.get(id);
  const newParent = index.byId.get(newParentId);
  if (!node || !newParent) return refuse('not-found');
  if (node.parentId === null) return refuse('root');
  const moving = subtreeIds(index, id);
  if (moving.includes(newParentId)) return refuse('cycle');
  const before = beforeId ?? null;
  if (before === id) return node.parentId === newParentId ? done(chart, id) : refuse('invalid');
  if (before !== null && index.byId.get(before)?.parentId !== newParentId) return refuse('invalid');
  const block = subtreeBlock(chart, id);
  if (node.parentId !== newParentId && !fitsDepth(chart, newParentId, 1 + blockHeight(block, id)))
    return refuse('invalid');
  const inBlock = new Set(block);
  const moved = block.map((n) =>
    n === node && n.parentId !== newParentId ? { ...n, parentId: newParentId } : n,
  );
  // A node dropped into a collapsed parent would vanish from view, so open the parent.
  const opened = withCollapsed(newParent, false);
  const rest = chart.nodes.filter((n) => !inBlock.has(n)).map((n) => (n === newParent ? opened : n));
  const nodes = insertBlock(rest, moved, newParentId, before);
  const unchanged = nodes.every((n, i) => n === chart.nodes[i]);
  return done(unchanged ? chart : { ...chart, nodes }, id);
}

/** Swaps a node with its previous (-1) or next (+1) sibling; at either end it is a no-op. */
export function reorderSibling(chart: ChartDoc, id: NodeId, delta: -1 | 1): EditResult {
  const index = indexChart(chart);
  const node = index.byId.get(id);
  if (!node) return refuse('not-found');
  if (node.parentId === null) return refuse('root');
  const siblings = childrenOf(index, node.parentId);
  const at = siblings.findIndex((n) => n.id === id);
  const target = at + delta;
  if (target < 0 || target >= siblings.length) return done(chart, id);
  const before = delta < 0 ? siblings[target] : siblings[target + 1];
  return moveNode(chart, id, node.parentId, before?.id ?? null);
}
