import { connectorPoints, curveMidpoint, linkCurve } from '../layout/connectors';
import type { ChartLayout } from '../layout/types';
import type { Chart, ChartLink } from '../model/schema';
import type { SceneTheme } from './scene-theme';
import type { SceneEdge, SceneLink } from './scene-types';
import type { TextMeasurer } from '../layout/text-width';
import { fitPrefix } from '../layout/text-wrap';

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
    const curve = linkCurve(a, b, layout.direction);
    if (!curve) continue;
    const { from, to, control } = curve;
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
      const mid = curveMidpoint(curve);
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
