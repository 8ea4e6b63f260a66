import { usedIds, newId } from './ids';
import { LIMITS, type ChartDoc, type DocNode, type NodeId } from './schema';
import { childrenOf, indexChart, subtreeIds } from './tree';
import {
  DEFAULT_TITLE,
  done,
  fitsDepth,
  insertBlock,
  nextSiblingId,
  parseNode,
  refuse,
  subtreeBlock,
  type EditResult,
  type NodePatch,
} from './tree-edit-shared';
import { sameNode } from './tree-edit-same';
import { withCollapsed } from './tree-map';

// Every edit is importable from here, so the store has one place to look; the bodies live
// in tree-edit-*.ts to keep files small.
export type { EditRefusal, EditResult, NodePatch } from './tree-edit-shared';
export { moveNode, reorderSibling } from './tree-edit-move';
export {
  duplicateSubtree,
  extractSubtree,
  parseClip,
  pasteSubtree,
  type SubtreeClip,
} from './tree-edit-clip';
export { addLink, clearPinnedPositions, recolor, removeLink, setPinnedPosition } from './tree-edit-style';

function insertNew(
  chart: ChartDoc,
  parent: DocNode,
  fields: NodePatch,
  defaults: NodePatch,
  beforeId: NodeId | null,
): EditResult {
  if (chart.nodes.length >= LIMITS.nodes) return refuse('too-many-nodes');
  if (!fitsDepth(chart, parent.id, 1)) return refuse('invalid');
  const id = newId('n', usedIds(chart));
  const parsed = parseNode({
    title: DEFAULT_TITLE,
    ...defaults,
    ...fields,
    id,
    parentId: parent.id,
  });
  if (!parsed.ok) return refuse(parsed.reason);
  // A new node under a collapsed parent would be invisible, so open the parent.
  const opened = withCollapsed(parent, false);
  const nodes = opened === parent ? chart.nodes : chart.nodes.map((n) => (n === parent ? opened : n));
  return done({ ...chart, nodes: insertBlock(nodes, [parsed.node], parent.id, beforeId) }, id);
}

/** Appends a new last child. Kind defaults to `chain` under the root and `function` elsewhere. */
export function addChild(chart: ChartDoc, parentId: NodeId, fields: NodePatch = {}): EditResult {
  const parent = indexChart(chart).byId.get(parentId);
  if (!parent) return refuse('not-found');
  return insertNew(chart, parent, fields, { kind: parent.parentId === null ? 'chain' : 'function' }, null);
}

/** Inserts a new node right after `id` among its siblings, of the same kind by default. */
export function addSibling(chart: ChartDoc, id: NodeId, fields: NodePatch = {}): EditResult {
  const index = indexChart(chart);
  const node = index.byId.get(id);
  if (!node) return refuse('not-found');
  const parent = node.parentId === null ? undefined : index.byId.get(node.parentId);
  if (!parent) return refuse('root');
  return insertNew(chart, parent, fields, { kind: node.kind }, nextSiblingId(chart, id));
}

/** Changes fields of one node; `undefined` clears an optional field. The id and parent cannot change here. */
export function updateNode(chart: ChartDoc, id: NodeId, patch: NodePatch): EditResult {
  const node = indexChart(chart).byId.get(id);
  if (!node) return refuse('not-found');
  const merged: Record<string, unknown> = { ...node };
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'id' || key === 'parentId') continue;
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  const parsed = parseNode(merged);
  if (!parsed.ok) return refuse(parsed.reason);
  if (sameNode(node, parsed.node)) return done(chart, id);
  return done({ ...chart, nodes: chart.nodes.map((n) => (n === node ? parsed.node : n)) }, id);
}

function withoutNodes(chart: ChartDoc, gone: ReadonlySet<NodeId>, nodes: DocNode[]): ChartDoc {
  const links = chart.links.filter((link) => !gone.has(link.source) && !gone.has(link.target));
  return { ...chart, nodes, links: links.length === chart.links.length ? chart.links : links };
}

/**
 * `subtree` removes the node and everything below it; `lift` removes only the node and
 * moves its children up to its place among its siblings. Links touching removed nodes go too.
 */
export function removeNode(chart: ChartDoc, id: NodeId, mode: 'subtree' | 'lift'): EditResult {
  const index = indexChart(chart);
  const node = index.byId.get(id);
  if (!node) return refuse('not-found');
  if (node.parentId === null) return refuse('root');
  if (mode === 'subtree') {
    const gone = new Set(subtreeIds(index, id));
    return done(
      withoutNodes(
        chart,
        gone,
        chart.nodes.filter((n) => !gone.has(n.id)),
      ),
      node.parentId,
    );
  }
  const parentId = node.parentId;
  // Each child's subtree moves as a block to where the removed node was, so sibling order holds.
  const blocks = childrenOf(index, id).map((child) => subtreeBlock(chart, child.id));
  const moved = new Set(blocks.flat());
  const at = chart.nodes.slice(0, index.order.get(id)).filter((n) => !moved.has(n)).length;
  const rest = chart.nodes.filter((n) => n !== node && !moved.has(n));
  const lifted = blocks.flatMap((block) => block.map((n) => (n.parentId === id ? { ...n, parentId } : n)));
  const nodes = [...rest.slice(0, at), ...lifted, ...rest.slice(at)];
  return done(withoutNodes(chart, new Set([id]), nodes), parentId);
}

/** Deletes several subtrees at once; the root and unknown ids are skipped. */
export function removeNodes(chart: ChartDoc, ids: readonly NodeId[]): EditResult {
  const index = indexChart(chart);
  const targets = ids.filter((id) => index.byId.get(id)?.parentId != null);
  const first = targets[0];
  if (first === undefined) return refuse(ids.some((id) => index.byId.has(id)) ? 'root' : 'not-found');
  const gone = new Set(targets.flatMap((id) => subtreeIds(index, id)));
  const focus = pathToSurvivor(index.byId.get(first)?.parentId ?? null, gone, index.byId);
  return done(
    withoutNodes(
      chart,
      gone,
      chart.nodes.filter((n) => !gone.has(n.id)),
    ),
    focus,
  );
}

function pathToSurvivor(
  start: NodeId | null,
  gone: ReadonlySet<NodeId>,
  byId: ReadonlyMap<NodeId, DocNode>,
): NodeId | undefined {
  let id = start;
  while (id !== null && gone.has(id)) id = byId.get(id)?.parentId ?? null;
  return id ?? undefined;
}
