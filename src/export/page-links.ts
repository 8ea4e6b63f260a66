import type { Chart } from '../model/schema';
import { UNIT } from './page-card';
import type { PageGeometry } from './page-draw';
import type { SceneTheme } from './scene-theme';
import type { Point, SceneLink, SceneNode } from './scene-types';
import type { TextMeasurer } from '../layout/text-width';
import { fitPrefix } from '../layout/text-wrap';

const LABEL_MAX = 120;

function border(n: SceneNode, toward: Point): Point {
  const c = { x: n.x + n.width / 2, y: n.y + n.height / 2 };
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const t = Math.min(
    dx === 0 ? Infinity : n.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : n.height / 2 / Math.abs(dy),
  );
  return { x: c.x + dx * t, y: c.y + dy * t };
}

/**
 * "Works with" links whose two cards are both on the page. Cards in one column are joined
 * by a curve beside them, cards in one row by a curve below, others by a bowed line; the
 * control point is kept inside the content area.
 */
export function pageLinks(
  chart: Chart,
  cards: readonly SceneNode[],
  s: number,
  theme: SceneTheme,
  measure: TextMeasurer,
  geo: PageGeometry,
): SceneLink[] {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const clampX = (x: number) => Math.min(geo.x + geo.width, Math.max(geo.x, x));
  const clampY = (y: number) => Math.min(geo.y + geo.height, Math.max(geo.y, y));
  const out: SceneLink[] = [];
  for (const link of chart.links) {
    const a = byId.get(link.source);
    const b = byId.get(link.target);
    if (!a || !b || a === b) continue;
    let from: Point;
    let to: Point;
    let control: Point;
    /** Which side of the curve's apex the label sits on (0 = centred on it). */
    let side = 0;
    if (Math.abs(a.x - b.x) < 1) {
      const right = a.x + a.width;
      side = right + 24 * s <= geo.x + geo.width ? 1 : -1;
      const x = side > 0 ? right : a.x;
      from = { x, y: a.y + a.height / 2 };
      to = { x, y: b.y + b.height / 2 };
      control = { x: clampX(x + side * 28 * s), y: (from.y + to.y) / 2 };
    } else if (Math.abs(a.y - b.y) < 1) {
      from = { x: a.x + a.width / 2, y: a.y + a.height };
      to = { x: b.x + b.width / 2, y: b.y + b.height };
      control = { x: (from.x + to.x) / 2, y: clampY(Math.max(from.y, to.y) + 24 * s) };
    } else {
      from = border(a, { x: b.x + b.width / 2, y: b.y + b.height / 2 });
      to = border(b, { x: a.x + a.width / 2, y: a.y + a.height / 2 });
      const dx = to.x - from.x;
      const dy = to.y - from.y;
      const length = Math.hypot(dx, dy) || 1;
      const bow = Math.min(40 * s, length * 0.15);
      control = {
        x: clampX((from.x + to.x) / 2 - (dy / length) * bow),
        y: clampY((from.y + to.y) / 2 + (dx / length) * bow),
      };
    }
    const scene: SceneLink = {
      id: link.id,
      from,
      to,
      control,
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
      const mid = { x: (from.x + 2 * control.x + to.x) / 4, y: (from.y + 2 * control.y + to.y) / 4 };
      const width = measure(label, size, 400) + 8 * s;
      const height = size + 6 * s;
      // Beside the curve's apex if that keeps the label off the cards, else wherever it covers least.
      const lefts =
        side > 0
          ? [mid.x + 2 * s, mid.x - width / 2, mid.x - 2 * s - width]
          : side < 0
            ? [mid.x - 2 * s - width, mid.x - width / 2, mid.x + 2 * s]
            : [mid.x - width / 2];
      const y = Math.min(geo.y + geo.height - height, Math.max(geo.y, mid.y - height / 2));
      const clampLeft = (left: number) => Math.min(geo.x + geo.width - width, Math.max(geo.x, left));
      const covered = (left: number) => {
        let area = 0;
        for (const c of cards) {
          const w = Math.min(left + width, c.x + c.width) - Math.max(left, c.x);
          const h = Math.min(y + height, c.y + c.height) - Math.max(y, c.y);
          if (w > 0 && h > 0) area += w * h;
        }
        return area;
      };
      const x = lefts.map(clampLeft).reduce((best, left) => (covered(left) < covered(best) ? left : best));
      scene.label = {
        box: { x, y, width, height, fill: theme.linkLabelFill },
        text: {
          lines: [{ text: label, x: x + width / 2, y: y + height / 2 + size * 0.35 }],
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
