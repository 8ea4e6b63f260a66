import { COMPACT } from '../layout/node-size';
import type { Box, ChartLayout, PlacedNode } from '../layout/types';
import type { Chart, ChartLink, NodeId } from '../model/schema';
import type { SceneTheme } from './scene-theme';
import type { Point, SceneEdge, SceneLink } from './scene-types';
import type { TextMeasurer } from './text-measure';
import { fitPrefix } from './text-wrap';

const EDGE_WIDTH = 1.5;
const LINK_LABEL_MAX = 160;

/** Compact mode stacks ≥ 3 leaves in one column under their parent: same x, different y. */
function isStack(kids: PlacedNode[], direction: ChartLayout['direction']): boolean {
  if (direction !== 'TB' || kids.length < 2) return false;
  const x = kids[0]!.x;
  return kids.every((k) => k.x === x) && kids.some((k) => k.y !== kids[0]!.y);
}

/**
 * Parent → children elbows sharing one cross bar. The bar sits halfway between the parent
 * and the nearest child *or its region*, so it never runs through a region's label.
 */
function elbows(
  parent: PlacedNode,
  kids: PlacedNode[],
  layout: ChartLayout,
  regionOf: Map<NodeId, Box>,
): Point[][] {
  const lr = layout.direction === 'LR';
  const from = lr
    ? { x: parent.x + parent.width, y: parent.y + parent.height / 2 }
    : { x: parent.x + parent.width / 2, y: parent.y + parent.height };
  let near = Infinity;
  for (const kid of kids) {
    const box = regionOf.get(kid.id) ?? kid;
    near = Math.min(near, lr ? box.x : box.y);
  }
  const start = lr ? from.x : from.y;
  return kids.map((kid) => {
    const to = lr ? { x: kid.x, y: kid.y + kid.height / 2 } : { x: kid.x + kid.width / 2, y: kid.y };
    const end = lr ? to.x : to.y;
    // A pinned card can sit behind its parent; then the bar just goes halfway to it.
    const mid = near > start ? start + (near - start) / 2 : start + (end - start) / 2;
    if (lr) return from.y === to.y ? [from, to] : [from, { x: mid, y: from.y }, { x: mid, y: to.y }, to];
    return from.x === to.x ? [from, to] : [from, { x: from.x, y: mid }, { x: to.x, y: mid }, to];
  });
}

/** Org-chart connectors: elbows from each parent, or a spine down the left of a compact stack. */
export function buildEdges(chart: Chart, layout: ChartLayout, theme: SceneTheme): SceneEdge[] {
  const regionOf = new Map<NodeId, Box>(layout.regions.map((r) => [r.nodeId, r]));
  const kidsOf = new Map<NodeId, PlacedNode[]>();
  for (const node of chart.nodes) {
    const placed = layout.nodes.get(node.id);
    if (!placed || node.parentId === null || !layout.nodes.has(node.parentId)) continue;
    const list = kidsOf.get(node.parentId);
    if (list) list.push(placed);
    else kidsOf.set(node.parentId, [placed]);
  }
  const edges: SceneEdge[] = [];
  const push = (points: Point[]) => edges.push({ points, color: theme.edge, width: EDGE_WIDTH });
  for (const [parentId, kids] of kidsOf) {
    const parent = layout.nodes.get(parentId)!;
    if (!isStack(kids, layout.direction)) {
      elbows(parent, kids, layout, regionOf).forEach(push);
      continue;
    }
    for (const child of kids) {
      const spineX = parent.x + Math.min(COMPACT.indent, child.x - parent.x) / 2;
      const midY = child.y + child.height / 2;
      push([
        { x: spineX, y: parent.y + parent.height },
        { x: spineX, y: midY },
        { x: child.x, y: midY },
      ]);
    }
  }
  return edges;
}

/** Where the ray from the box centre towards `toward` leaves the box. */
function borderPoint(box: PlacedNode, toward: Point): Point {
  const c = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const t = Math.min(
    dx === 0 ? Infinity : box.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : box.height / 2 / Math.abs(dy),
  );
  return { x: c.x + dx * t, y: c.y + dy * t };
}

const center = (b: PlacedNode): Point => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

/** Dashed relation lines, gently curved so they stand apart from the tree's straight connectors. */
export function buildLinks(
  links: readonly ChartLink[],
  layout: ChartLayout,
  theme: SceneTheme,
  measure: TextMeasurer,
): SceneLink[] {
  const out: SceneLink[] = [];
  for (const link of links) {
    const a = layout.nodes.get(link.source);
    const b = layout.nodes.get(link.target);
    if (!a || !b || a === b) continue;
    const from = borderPoint(a, center(b));
    const to = borderPoint(b, center(a));
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    const length = Math.hypot(dx, dy);
    if (length < 1) continue;
    const bow = Math.min(60, length * 0.15);
    const control = {
      x: (from.x + to.x) / 2 - (dy / length) * bow,
      y: (from.y + to.y) / 2 + (dx / length) * bow,
    };
    const scene: SceneLink = {
      id: link.id,
      from,
      to,
      control,
      color: theme.link,
      width: EDGE_WIDTH,
      dash: [6, 4],
    };
    const raw = link.label?.trim() ?? '';
    const style = { size: 11, weight: 400 as const, maxWidth: LINK_LABEL_MAX };
    const label = !raw || measure(raw, 11, 400) <= LINK_LABEL_MAX ? raw : fitPrefix(raw, '…', style, measure);
    if (label) {
      // The curve's midpoint (t = 0.5) of a quadratic Bézier.
      const mid = { x: (from.x + 2 * control.x + to.x) / 4, y: (from.y + 2 * control.y + to.y) / 4 };
      const width = measure(label, 11, 400) + 8;
      scene.label = {
        box: { x: mid.x - width / 2, y: mid.y - 8, width, height: 16, fill: theme.linkLabelFill },
        text: {
          lines: [{ text: label, x: mid.x, y: mid.y + 4 }],
          size: 11,
          weight: 400,
          color: theme.linkLabelText,
          anchor: 'middle',
        },
      };
    }
    out.push(scene);
  }
  return out;
}
