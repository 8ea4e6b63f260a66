import { connectorPoints } from '../layout/connectors';
import type { ChartLayout, PlacedNode } from '../layout/types';
import type { Chart, ChartLink } from '../model/schema';
import type { SceneTheme } from './scene-theme';
import type { Point, SceneEdge, SceneLink } from './scene-types';
import type { TextMeasurer } from './text-measure';
import { fitPrefix } from './text-wrap';

const EDGE_WIDTH = 1.5;
const LINK_LABEL_MAX = 160;

/** Org-chart connectors, by the same geometry the canvas draws (src/layout/connectors.ts). */
export function buildEdges(chart: Chart, layout: ChartLayout, theme: SceneTheme): SceneEdge[] {
  const edges: SceneEdge[] = [];
  for (const node of chart.nodes) {
    if (node.parentId === null) continue;
    const child = layout.nodes.get(node.id);
    const parent = layout.nodes.get(node.parentId);
    if (!child || !parent) continue;
    edges.push({
      points: connectorPoints(parent, child, layout.direction),
      color: theme.edge,
      width: EDGE_WIDTH,
    });
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
