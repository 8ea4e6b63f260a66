import type { LocalText } from './local-text';
import { LIMITS, docNodeSchema, type ChartDoc, type DocNode, type NodeId } from './schema';
import { childrenOf, indexChart, pathToRoot, subtreeIds } from './tree';

/**
 * Why an edit was refused: `cycle` (a node cannot move under itself), `root` (the root
 * cannot be removed, moved or given siblings), `not-found` (unknown node or link id),
 * `empty-title`, `too-long` (a text over its length cap), `too-many-nodes`, and `invalid`
 * (anything else: a bad colour, a non-finite position, too deep, too many links, a bad clip).
 */
export type EditRefusal =
  'cycle' | 'root' | 'not-found' | 'empty-title' | 'too-long' | 'too-many-nodes' | 'invalid';

/** `focusId` is the node the UI should select next (the new node, or the parent of a removed one). */
export type EditResult = { ok: true; chart: ChartDoc; focusId?: NodeId } | { ok: false; reason: EditRefusal };

/** Editable fields of a node; `undefined` on an optional field clears it. */
export type NodePatch = Partial<Omit<DocNode, 'id' | 'parentId'>>;

export const refuse = (reason: EditRefusal): EditResult => ({ ok: false, reason });

export const done = (chart: ChartDoc, focusId?: NodeId): EditResult =>
  focusId === undefined ? { ok: true, chart } : { ok: true, chart, focusId };

/** The title of a new node when the caller passes none (the UI passes one in the language shown). */
export const DEFAULT_TITLE: LocalText = { 'zh-CN': '新职能', en: 'New function' };

/** Runs a candidate node through the schema, so edits obey the same caps as imports. */
export function parseNode(
  candidate: Record<string, unknown>,
): { ok: true; node: DocNode } | { ok: false; reason: EditRefusal } {
  const result = docNodeSchema.safeParse(candidate);
  if (result.success) return { ok: true, node: result.data };
  const issue = result.error.issues[0];
  if (issue?.code === 'too_big') return { ok: false, reason: 'too-long' };
  if (issue?.path[0] === 'title' && (issue.code === 'too_small' || issue.code === 'custom'))
    return { ok: false, reason: 'empty-title' };
  return { ok: false, reason: 'invalid' };
}

/** The nodes of `id`'s subtree in document order, so a moved or copied block keeps its internal order. */
export function subtreeBlock(chart: ChartDoc, id: NodeId): DocNode[] {
  const index = indexChart(chart);
  const ids = subtreeIds(index, id);
  return ids
    .map((nodeId) => index.order.get(nodeId) ?? 0)
    .sort((a, b) => a - b)
    .map((position) => chart.nodes[position] as DocNode);
}

/** Positions in `nodes` of each parent's children, in document order. */
function childPositions(nodes: readonly DocNode[]): Map<NodeId, number[]> {
  const kids = new Map<NodeId, number[]>();
  nodes.forEach((node, i) => {
    if (node.parentId === null) return;
    const list = kids.get(node.parentId);
    if (list) list.push(i);
    else kids.set(node.parentId, [i]);
  });
  return kids;
}

/** Levels below the top node of a subtree block (0 for a single leaf). */
export function blockHeight(block: readonly DocNode[], topId: NodeId): number {
  const kids = childPositions(block);
  let height = 0;
  let level: NodeId[] = [topId];
  // Bounded by the block size so a corrupt (cyclic) clip cannot loop forever.
  while (height <= block.length) {
    const next = level.flatMap((id) => (kids.get(id) ?? []).map((i) => (block[i] as DocNode).id));
    if (next.length === 0) return height;
    height += 1;
    level = next;
  }
  return height;
}

/** Whether `levelsBelowParent` levels can hang below `parentId` without breaking the depth limit. */
export function fitsDepth(chart: ChartDoc, parentId: NodeId, levelsBelowParent: number): boolean {
  return pathToRoot(indexChart(chart), parentId).length - 1 + levelsBelowParent <= LIMITS.depth;
}

/**
 * Puts `block` into `nodes` (which must not contain it) so that its top node becomes the
 * child of `parentId` just before `beforeId`, or its last child. Inserting at the end of the
 * parent's subtree keeps documents that are in depth-first order in that order.
 */
export function insertBlock(
  nodes: readonly DocNode[],
  block: readonly DocNode[],
  parentId: NodeId,
  beforeId: NodeId | null,
): DocNode[] {
  let at: number;
  if (beforeId !== null) {
    at = nodes.findIndex((n) => n.id === beforeId);
  } else {
    const kids = childPositions(nodes);
    at = nodes.findIndex((n) => n.id === parentId) + 1;
    const stack = [parentId];
    while (stack.length > 0) {
      for (const i of kids.get(stack.pop() as NodeId) ?? []) {
        at = Math.max(at, i + 1);
        stack.push((nodes[i] as DocNode).id);
      }
    }
  }
  if (at < 0) at = nodes.length;
  return [...nodes.slice(0, at), ...block, ...nodes.slice(at)];
}

/** The sibling right after `id`, which a node inserted "after id" must precede. */
export function nextSiblingId(chart: ChartDoc, id: NodeId): NodeId | null {
  const index = indexChart(chart);
  const parentId = index.byId.get(id)?.parentId;
  if (parentId == null) return null;
  const siblings = childrenOf(index, parentId);
  const at = siblings.findIndex((n) => n.id === id);
  return siblings[at + 1]?.id ?? null;
}
