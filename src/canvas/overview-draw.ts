import { connectorPoints } from '../layout/connectors';
import { toneAt } from '../layout/palette';
import type { ChartLayout } from '../layout/types';
import type { Chart, NodeId } from '../model/schema';
import { EXPORT_FONT_FAMILY } from '../export/text-measure';

type Ctx = CanvasRenderingContext2D;

/** Largest bitmap side: a bigger one costs memory and paint time while text stays unreadable. */
export const OVERVIEW_MAX_SIDE = 8192;
export const OVERVIEW_MAX_AREA = 24_000_000;
const TITLE_SIZE = 26;
const MIN_TEXT_PX = 4;

export function overviewScale(width: number, height: number): number {
  const bySide = OVERVIEW_MAX_SIDE / Math.max(width, height, 1);
  const byArea = Math.sqrt(OVERVIEW_MAX_AREA / Math.max(width * height, 1));
  return Math.min(1, bySide, byArea);
}

/**
 * A far-away picture of the chart: regions, connectors, cards and one big title each.
 * Drawn once into a bitmap that pans and zooms as a single layer, instead of thousands
 * of DOM cards nobody can read at this distance.
 */
export function drawOverview(
  ctx: Ctx,
  chart: Chart,
  layout: ChartLayout,
  tones: Map<NodeId, number | null>,
  origin: { x: number; y: number },
  scale: number,
): void {
  ctx.setTransform(scale, 0, 0, scale, -origin.x * scale, -origin.y * scale);
  for (const r of layout.regions) {
    const tone = toneAt(r.tone);
    ctx.fillStyle = tone.fill;
    ctx.strokeStyle = tone.stroke;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.roundRect(r.x, r.y, r.width, r.height, 16);
    ctx.fill();
    ctx.stroke();
  }
  ctx.strokeStyle = '#94a3b8';
  ctx.lineWidth = Math.max(1.5, 1 / scale);
  ctx.beginPath();
  for (const node of chart.nodes) {
    if (node.parentId === null) continue;
    const child = layout.nodes.get(node.id);
    const parent = layout.nodes.get(node.parentId);
    if (!child || !parent) continue;
    const points = connectorPoints(parent, child, layout.direction);
    ctx.moveTo(points[0]!.x, points[0]!.y);
    for (let i = 1; i < points.length; i++) ctx.lineTo(points[i]!.x, points[i]!.y);
  }
  ctx.stroke();
  // One path per tone: a few fills and strokes instead of one per card.
  const byTone = new Map<number | null, { id: NodeId; title: string; color?: string }[]>();
  for (const node of chart.nodes) {
    if (!layout.nodes.has(node.id)) continue;
    const tone = tones.get(node.id) ?? null;
    const list = byTone.get(tone) ?? [];
    list.push({ id: node.id, title: node.title, ...(node.color ? { color: node.color } : {}) });
    byTone.set(tone, list);
  }
  ctx.lineWidth = 1.5;
  for (const [toneIndex, list] of byTone) {
    const tone = toneAt(toneIndex);
    ctx.beginPath();
    for (const n of list) {
      const b = layout.nodes.get(n.id)!;
      ctx.roundRect(b.x, b.y, b.width, b.height, 10);
    }
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.strokeStyle = tone.stroke;
    ctx.stroke();
    ctx.fillStyle = tone.accent;
    for (const n of list) {
      const b = layout.nodes.get(n.id)!;
      if (n.color) continue;
      ctx.fillRect(b.x + 4, b.y, b.width - 8, 6);
    }
    for (const n of list) {
      if (!n.color) continue;
      const b = layout.nodes.get(n.id)!;
      ctx.fillStyle = n.color;
      ctx.fillRect(b.x + 4, b.y, b.width - 8, 6);
    }
  }
  // Titles smaller than a few bitmap pixels are noise, and the costliest part to draw.
  if (TITLE_SIZE * scale < MIN_TEXT_PX) return;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  ctx.font = `600 ${TITLE_SIZE}px ${EXPORT_FONT_FAMILY}`;
  for (const [toneIndex, list] of byTone) {
    ctx.fillStyle = toneAt(toneIndex).text;
    for (const n of list) {
      const b = layout.nodes.get(n.id)!;
      ctx.fillText(n.title, b.x + b.width / 2, b.y + b.height / 2, b.width - 24);
    }
  }
}
