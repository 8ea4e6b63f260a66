import { connectorPoints } from '../layout/connectors';
import { toneAt } from '../layout/palette';
import type { ChartLayout } from '../layout/types';
import type { Chart, NodeId } from '../model/schema';
import { EXPORT_FONT_FAMILY } from '../export/text-measure';

type Ctx = CanvasRenderingContext2D;

/** Largest bitmap side: a bigger one costs memory and paint time while text stays unreadable. */
export const OVERVIEW_MAX_SIDE = 8192;
export const OVERVIEW_MAX_AREA = 24_000_000;

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
  ctx.lineWidth = 1.5;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  ctx.font = `600 26px ${EXPORT_FONT_FAMILY}`;
  for (const node of chart.nodes) {
    const box = layout.nodes.get(node.id);
    if (!box) continue;
    const tone = toneAt(tones.get(node.id) ?? null);
    ctx.fillStyle = '#ffffff';
    ctx.strokeStyle = tone.stroke;
    ctx.beginPath();
    ctx.roundRect(box.x, box.y, box.width, box.height, 10);
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = node.color ?? tone.accent;
    ctx.fillRect(box.x + 4, box.y, box.width - 8, 6);
    ctx.fillStyle = tone.text;
    ctx.fillText(node.title, box.x + box.width / 2, box.y + box.height / 2, box.width - 24);
  }
}
