import * as z from 'zod/mini';
import { parseJsonText } from './chart-text';
import { languageOfScript } from './local-text';
import { MIGRATION_V1_V2 } from './migrations';
import { takeId, usedIds } from './ids';
import {
  LIMITS,
  docLinkSchema,
  docNodeSchema,
  type ChartDoc,
  type DocLink,
  type DocNode,
  type NodeId,
} from './schema';
import { indexChart } from './tree';
import {
  blockHeight,
  done,
  fitsDepth,
  insertBlock,
  nextSiblingId,
  refuse,
  subtreeBlock,
  type EditResult,
} from './tree-edit-shared';
import { withCollapsed, withField } from './tree-map';
import { checkTree, dropBadLinks } from './validate';

/** A copied subtree (clipboard payload). Its top node has `parentId: null`; links are internal ones only. */
export type SubtreeClip = { format: 'opschart-subtree'; version: 2; nodes: DocNode[]; links: DocLink[] };

const clipSchema = z.object({
  format: z.literal('opschart-subtree'),
  version: z.literal(2),
  nodes: z.array(docNodeSchema).check(z.minLength(1), z.maxLength(LIMITS.nodes)),
  links: z._default(z.array(docLinkSchema).check(z.maxLength(LIMITS.links)), []),
});

const internalLinks = (links: readonly DocLink[], inside: ReadonlySet<NodeId>) =>
  links.filter((l) => inside.has(l.source) && inside.has(l.target));

/** The subtree under `id` (document order) and the links within it; null for an unknown id. */
export function extractSubtree(chart: ChartDoc, id: NodeId): SubtreeClip | null {
  if (!indexChart(chart).byId.has(id)) return null;
  const block = subtreeBlock(chart, id);
  const inside = new Set(block.map((n) => n.id));
  const nodes = block.map((n) => (n.id === id ? { ...n, parentId: null } : n));
  return { format: 'opschart-subtree', version: 2, nodes, links: internalLinks(chart.links, inside) };
}

/**
 * A clip copied from a v1 app holds one language in plain strings: its nodes go through the
 * v1 → v2 migration, in the language its top title is written in.
 */
function upgradeClip(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const clip = value as Record<string, unknown>;
  if (clip.version !== 1 || !Array.isArray(clip.nodes)) return value;
  const top = clip.nodes[0] as { title?: unknown } | undefined;
  const locale = typeof top?.title === 'string' ? (languageOfScript(top.title) ?? 'zh-CN') : 'zh-CN';
  const upgraded = MIGRATION_V1_V2.up({ locale, nodes: clip.nodes });
  return { ...clip, version: 2, nodes: upgraded.nodes };
}

/** Reads clipboard text as a clip; null for anything else (never throws). */
export function parseClip(text: string): SubtreeClip | null {
  try {
    if (typeof text !== 'string' || text.length > LIMITS.fileBytes) return null;
    const parsed = parseJsonText(text);
    if (!parsed.ok) return null;
    const result = clipSchema.safeParse(upgradeClip(parsed.value));
    if (!result.success || checkTree(result.data.nodes) !== null) return null;
    return dropBadLinks(result.data).chart;
  } catch {
    return null;
  }
}

/**
 * Copies `nodes` (a subtree block, top node first by tree, any document order) with fresh
 * ids, hanging the top under `parentId`. Pinned positions are dropped: the copy would sit
 * exactly on the original. A copied root becomes a group, as a chart has one root.
 */
function freshCopy(
  chart: ChartDoc,
  nodes: readonly DocNode[],
  links: readonly DocLink[],
  topId: NodeId,
  parentId: NodeId,
) {
  const used = usedIds(chart);
  const idMap = new Map(nodes.map((n) => [n.id, takeId(used)]));
  const copies = nodes.map((n): DocNode => {
    const copy = withField(n, 'position', undefined);
    const newParent = n.id === topId ? parentId : (idMap.get(n.parentId ?? '') ?? parentId);
    const kind = n.id === topId && n.kind === 'root' ? 'group' : n.kind;
    return { ...copy, id: idMap.get(n.id) as NodeId, parentId: newParent, kind };
  });
  const linkCopies = internalLinks(links, new Set(idMap.keys())).map((l) => ({
    ...l,
    id: takeId(used, 'l'),
    source: idMap.get(l.source) as NodeId,
    target: idMap.get(l.target) as NodeId,
  }));
  return { copies, linkCopies, topCopyId: idMap.get(topId) as NodeId };
}

function insertCopy(
  chart: ChartDoc,
  clip: Pick<SubtreeClip, 'nodes' | 'links'>,
  topId: NodeId,
  parentId: NodeId,
  beforeId: NodeId | null,
): EditResult {
  if (chart.nodes.length + clip.nodes.length > LIMITS.nodes) return refuse('too-many-nodes');
  if (chart.links.length + clip.links.length > LIMITS.links) return refuse('invalid');
  if (!fitsDepth(chart, parentId, 1 + blockHeight(clip.nodes, topId))) return refuse('invalid');
  const { copies, linkCopies, topCopyId } = freshCopy(chart, clip.nodes, clip.links, topId, parentId);
  const parent = indexChart(chart).byId.get(parentId) as DocNode;
  const opened = withCollapsed(parent, false);
  const nodes = opened === parent ? chart.nodes : chart.nodes.map((n) => (n === parent ? opened : n));
  const links = linkCopies.length === 0 ? chart.links : [...chart.links, ...linkCopies];
  return done({ ...chart, nodes: insertBlock(nodes, copies, parentId, beforeId), links }, topCopyId);
}

/** Copies the subtree of `id` (fresh ids, internal links too) and inserts it right after the original. */
export function duplicateSubtree(chart: ChartDoc, id: NodeId): EditResult {
  const node = indexChart(chart).byId.get(id);
  if (!node) return refuse('not-found');
  if (node.parentId === null) return refuse('root');
  const block = subtreeBlock(chart, id);
  const links = internalLinks(chart.links, new Set(block.map((n) => n.id)));
  return insertCopy(chart, { nodes: block, links }, id, node.parentId, nextSiblingId(chart, id));
}

/** Inserts a clip as the last child of `parentId`, with fresh ids for every node and link. */
export function pasteSubtree(chart: ChartDoc, parentId: NodeId, clip: SubtreeClip): EditResult {
  if (!indexChart(chart).byId.has(parentId)) return refuse('not-found');
  // Clips can be built in code, not only by parseClip, so check the tree shape again.
  if (clip.nodes.length === 0 || checkTree(clip.nodes) !== null) return refuse('invalid');
  const top = clip.nodes.find((n) => n.parentId === null) as DocNode;
  return insertCopy(chart, clip, top.id, parentId, null);
}
