import { newId, usedIds } from './ids';
import type { LocalText } from './local-text';
import {
  LIMITS,
  docLinkSchema,
  docNodeSchema,
  positionSchema,
  MAX_COORDINATE,
  type ChartDoc,
  type LinkKind,
  type NodeId,
} from './schema';
import { indexChart } from './tree';
import { done, refuse, type EditResult } from './tree-edit-shared';
import { mapNodes, withField } from './tree-map';

/** Adds a dotted, non-tree relation. Adding one that already exists is a no-op. */
export function addLink(
  chart: ChartDoc,
  source: NodeId,
  target: NodeId,
  kind: LinkKind = 'works-with',
  label?: LocalText,
): EditResult {
  const { byId } = indexChart(chart);
  if (!byId.has(source) || !byId.has(target)) return refuse('not-found');
  if (source === target) return refuse('invalid');
  if (chart.links.some((l) => l.source === source && l.target === target && l.kind === kind))
    return done(chart);
  if (chart.links.length >= LIMITS.links) return refuse('invalid');
  const parsed = docLinkSchema.safeParse({
    id: newId('l', usedIds(chart)),
    source,
    target,
    kind,
    ...(label === undefined ? {} : { label }),
  });
  if (!parsed.success) return refuse(parsed.error.issues[0]?.code === 'too_big' ? 'too-long' : 'invalid');
  return done({ ...chart, links: [...chart.links, parsed.data] });
}

export function removeLink(chart: ChartDoc, linkId: string): EditResult {
  const links = chart.links.filter((l) => l.id !== linkId);
  return links.length === chart.links.length ? refuse('not-found') : done({ ...chart, links });
}

/** Sets (or with `undefined`, clears) the colour override of the given nodes; unknown ids are skipped. */
export function recolor(chart: ChartDoc, ids: readonly NodeId[], color: string | undefined): EditResult {
  if (color !== undefined && !docNodeSchema.shape.color.safeParse(color).success) return refuse('invalid');
  const { byId } = indexChart(chart);
  const targets = new Set(ids.filter((id) => byId.has(id)));
  if (targets.size === 0) return refuse('not-found');
  return done(mapNodes(chart, (n) => (targets.has(n.id) ? withField(n, 'color', color) : n)));
}

/** Pins a node at a manual position, or unpins it with `undefined`. */
export function setPinnedPosition(
  chart: ChartDoc,
  id: NodeId,
  position: { x: number; y: number } | undefined,
): EditResult {
  const node = indexChart(chart).byId.get(id);
  if (!node) return refuse('not-found');
  if (position === undefined)
    return done(
      mapNodes(chart, (n) => (n === node ? withField(n, 'position', undefined) : n)),
      id,
    );
  // A card dragged absurdly far stays at the edge of the allowed plane rather than refusing the drag.
  const clamp = (v: number) =>
    Number.isFinite(v) ? Math.max(-MAX_COORDINATE, Math.min(MAX_COORDINATE, v)) : v;
  const parsed = positionSchema.safeParse({ x: clamp(position.x), y: clamp(position.y) });
  if (!parsed.success) return refuse('invalid');
  const same = node.position?.x === parsed.data.x && node.position.y === parsed.data.y;
  return done(same ? chart : mapNodes(chart, (n) => (n === node ? { ...n, position: parsed.data } : n)), id);
}

/** Back to automatic layout for every node; the same chart when nothing was pinned. */
export function clearPinnedPositions(chart: ChartDoc): ChartDoc {
  return mapNodes(chart, (n) => withField(n, 'position', undefined));
}
