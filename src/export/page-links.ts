import { curveMidpoint, linkCurve, type LinkCurve } from '../layout/connectors';
import type { Chart } from '../model/schema';
import type { TextMeasurer } from '../layout/text-width';
import { fitPrefix } from '../layout/text-wrap';
import { UNIT } from './page-card';
import type { PageGeometry } from './page-draw';
import type { SceneTheme } from './scene-theme';
import type { SceneEdge, SceneLink, SceneNode, SceneRect, SceneRegion } from './scene-types';

const LABEL_MAX = 120;

/** What a link label must keep clear of on its page. */
export type LabelObstacles = {
  cards: readonly SceneNode[];
  edges: readonly SceneEdge[];
  regions: readonly SceneRegion[];
};

const overlap = (a: SceneRect, b: SceneRect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** How much of the axis-parallel polyline runs through `r` (tree connectors are elbows). */
function crossing(points: readonly { x: number; y: number }[], r: SceneRect): number {
  let length = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const box = {
      x: Math.min(a.x, b.x) - 0.5,
      y: Math.min(a.y, b.y) - 0.5,
      width: Math.abs(a.x - b.x) + 1,
      height: Math.abs(a.y - b.y) + 1,
    };
    length += Math.sqrt(overlap(box, r));
  }
  return length;
}

function regionLabelBox(r: SceneRegion, measure: TextMeasurer): SceneRect | null {
  const line = r.label.lines[0];
  if (!line?.text) return null;
  const size = r.label.size;
  return { x: line.x, y: line.y - size, width: measure(line.text, size, 700), height: size * 1.3 };
}

/**
 * Where a label of `width`×`height` goes near the curve's midpoint: the spot, among a few around
 * it, that covers no card, band label or connector if one exists (cards weigh most), then the
 * one nearest the curve. Always inside the content area.
 */
export function placeLinkLabel(
  curve: LinkCurve,
  width: number,
  height: number,
  gap: number,
  geo: PageGeometry,
  avoid: LabelObstacles,
  measure: TextMeasurer,
  cards: readonly SceneRect[] = [],
): SceneRect {
  const mid = curveMidpoint(curve);
  const labels = avoid.regions.map((r) => regionLabelBox(r, measure)).filter((b) => b !== null);
  // Beside the apex first; then above the upper end or below the lower end of the curve, where
  // a link between stacked cards finds room when the page edge leaves none beside it.
  const top = Math.min(curve.from.y, curve.to.y);
  const bottom = Math.max(curve.from.y, curve.to.y);
  const above = Math.min(top, ...cards.map((c) => c.y));
  const below = Math.max(bottom, ...cards.map((c) => c.y + c.height));
  const xs = [mid.x - width / 2, mid.x + gap, mid.x - gap - width, mid.x - width + gap];
  const ys = [
    mid.y - height / 2,
    mid.y + gap,
    mid.y - gap - height,
    mid.y + gap + height,
    mid.y - gap - 2 * height,
    above - gap - height,
    below + gap,
  ];
  let best: SceneRect | null = null;
  let bestCost = Infinity;
  for (const y0 of ys)
    for (const x0 of xs) {
      const x = Math.min(geo.x + geo.width - width, Math.max(geo.x, x0));
      const y = Math.min(geo.y + geo.height - height, Math.max(geo.y, y0));
      const box = { x, y, width, height };
      let cost = Math.hypot(x + width / 2 - mid.x, y + height / 2 - mid.y) / (width + height);
      for (const c of avoid.cards) cost += (100 * overlap(box, c)) / (width * height);
      for (const l of labels) cost += (50 * overlap(box, l)) / (width * height);
      for (const e of avoid.edges) cost += (5 * crossing(e.points, box)) / height;
      if (cost < bestCost) {
        bestCost = cost;
        best = box;
      }
    }
  return best!;
}

/**
 * "Works with" links whose two cards are both on the page, by the link geometry of the canvas
 * (`linkCurve` in src/layout/connectors.ts): cards in one row are joined below them, cards in one
 * column beside them (on the side with room), others by a bowed line; the control point is kept
 * inside the content area and the label off the cards.
 */
export function pageLinks(
  chart: Chart,
  avoid: LabelObstacles,
  s: number,
  theme: SceneTheme,
  measure: TextMeasurer,
  geo: PageGeometry,
): SceneLink[] {
  const byId = new Map(avoid.cards.map((c) => [c.id, c]));
  const clampX = (x: number) => Math.min(geo.x + geo.width, Math.max(geo.x, x));
  const clampY = (y: number) => Math.min(geo.y + geo.height, Math.max(geo.y, y));
  const out: SceneLink[] = [];
  for (const link of chart.links) {
    const a = byId.get(link.source);
    const b = byId.get(link.target);
    if (!a || !b || a === b) continue;
    const right = Math.max(a.x + a.width, b.x + b.width);
    const column = right + 24 * s <= geo.x + geo.width ? 1 : -1;
    const curve = linkCurve(a, b, { row: true, column, reach: 26 * s, bow: 40 * s });
    if (!curve) continue;
    curve.control = { x: clampX(curve.control.x), y: clampY(curve.control.y) };
    const scene: SceneLink = {
      id: link.id,
      ...curve,
      color: theme.link,
      width: 1.2 * s,
      dash: [5 * s, 3 * s],
    };
    const raw = link.label?.trim() ?? '';
    const size = UNIT.text * s;
    const max = LABEL_MAX * s;
    const label =
      !raw || measure(raw, size, 400) <= max
        ? raw
        : fitPrefix(raw, '…', { size, weight: 400, maxWidth: max }, measure);
    if (label) {
      const width = measure(label, size, 400) + 8 * s;
      const height = size + 6 * s;
      const box = placeLinkLabel(curve, width, height, 2 * s, geo, avoid, measure, [a, b]);
      scene.label = {
        box: { ...box, fill: theme.linkLabelFill },
        text: {
          lines: [{ text: label, x: box.x + width / 2, y: box.y + height / 2 + size * 0.35 }],
          size,
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
