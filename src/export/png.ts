import { blobBytes } from './blob-bytes';
import { fitCanvas } from './canvas-limits';
import { embedChartInPng } from './png-chunks';
import type { ExportScene, SceneNode, TextBlock } from './scene-types';
import { cssFont } from './text-measure';

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
type AnyCanvas = HTMLCanvasElement | OffscreenCanvas;

export type PngOptions = {
  /** When given, the chart JSON is embedded (iTXt 'opschart') so the PNG can be re-imported. */
  chartJson?: string;
  /** Injected in tests; defaults to OffscreenCanvas, else a DOM canvas. */
  createCanvas?: (width: number, height: number) => AnyCanvas;
};

export type PngResult = { blob: Blob; width: number; height: number; scaledDown?: { from: number; to: number } };

function defaultCanvas(width: number, height: number): AnyCanvas {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

function toBlob(canvas: AnyCanvas): Promise<Blob | null> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/png' }).catch(() => null);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

function roundRect(ctx: Ctx, x: number, y: number, w: number, h: number, r: number) {
  const radius = Math.max(0, Math.min(r, w / 2, h / 2));
  ctx.beginPath();
  ctx.moveTo(x + radius, y);
  ctx.arcTo(x + w, y, x + w, y + h, radius);
  ctx.arcTo(x + w, y + h, x, y + h, radius);
  ctx.arcTo(x, y + h, x, y, radius);
  ctx.arcTo(x, y, x + w, y, radius);
  ctx.closePath();
}

function drawText(ctx: Ctx, block: TextBlock | undefined) {
  if (!block) return;
  ctx.font = cssFont(block.size, block.weight);
  ctx.fillStyle = block.color;
  ctx.textAlign = block.anchor === 'middle' ? 'center' : block.anchor === 'end' ? 'right' : 'left';
  ctx.textBaseline = 'alphabetic';
  for (const line of block.lines) ctx.fillText(line.text, line.x, line.y);
}

function drawNode(ctx: Ctx, node: SceneNode) {
  roundRect(ctx, node.x, node.y, node.width, node.height, node.radius);
  ctx.fillStyle = node.fill;
  ctx.fill();
  ctx.save();
  ctx.clip();
  ctx.fillStyle = node.accent;
  ctx.fillRect(node.x, node.y, node.width, node.accentHeight);
  ctx.restore();
  roundRect(ctx, node.x + 0.5, node.y + 0.5, node.width - 1, node.height - 1, node.radius);
  ctx.strokeStyle = node.stroke;
  ctx.lineWidth = 1;
  ctx.stroke();
  drawText(ctx, node.title);
  drawText(ctx, node.subtitle);
  drawText(ctx, node.goal);
  for (const chip of node.chips) {
    roundRect(ctx, chip.x, chip.y, chip.width, chip.height, chip.radius);
    ctx.fillStyle = chip.fill;
    ctx.fill();
    if (chip.stroke) {
      ctx.strokeStyle = chip.stroke;
      ctx.stroke();
    }
    ctx.font = cssFont(chip.size, 400);
    ctx.fillStyle = chip.color;
    ctx.textAlign = 'center';
    ctx.fillText(chip.text, chip.x + chip.width / 2, chip.y + chip.height / 2 + chip.size * 0.35);
  }
}

/** Draws the scene with the 2D API, in the same order and geometry as the SVG. */
export function drawScene(ctx: Ctx, scene: ExportScene) {
  if (scene.background) {
    ctx.fillStyle = scene.background;
    ctx.fillRect(0, 0, scene.width, scene.height);
  }
  if (scene.title) {
    const t = scene.title;
    drawText(ctx, { lines: [{ text: t.text, x: t.x, y: t.y }], size: t.size, weight: t.weight, color: t.color, anchor: 'start' });
  }
  for (const r of scene.regions) {
    roundRect(ctx, r.x, r.y, r.width, r.height, r.radius);
    ctx.globalAlpha = r.fillOpacity;
    ctx.fillStyle = r.fill;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = r.stroke;
    ctx.lineWidth = 1;
    ctx.stroke();
    drawText(ctx, r.label);
  }
  ctx.lineJoin = 'round';
  for (const e of scene.edges) {
    ctx.beginPath();
    e.points.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
    ctx.strokeStyle = e.color;
    ctx.lineWidth = e.width;
    ctx.stroke();
  }
  for (const l of scene.links) {
    ctx.beginPath();
    ctx.moveTo(l.from.x, l.from.y);
    if (l.control) ctx.quadraticCurveTo(l.control.x, l.control.y, l.to.x, l.to.y);
    else ctx.lineTo(l.to.x, l.to.y);
    ctx.setLineDash(l.dash);
    ctx.strokeStyle = l.color;
    ctx.lineWidth = l.width;
    ctx.stroke();
    ctx.setLineDash([]);
  }
  for (const node of scene.nodes) drawNode(ctx, node);
  // Link labels go over the cards, as in the SVG.
  for (const l of scene.links) {
    if (!l.label) continue;
    const b = l.label.box;
    roundRect(ctx, b.x, b.y, b.width, b.height, 4);
    ctx.fillStyle = b.fill;
    ctx.fill();
    drawText(ctx, l.label.text);
  }
  for (const item of scene.legend?.items ?? []) {
    const s = item.swatch;
    roundRect(ctx, s.x, s.y, s.width, s.height, 3);
    ctx.fillStyle = s.fill;
    ctx.fill();
    ctx.strokeStyle = s.stroke;
    ctx.stroke();
    drawText(ctx, item.label);
  }
}

/** Rasterises the scene at `scale` (1–4×), scaled down to the browser's canvas limits when needed. */
export async function renderPng(scene: ExportScene, scale: number, opts: PngOptions = {}): Promise<PngResult> {
  const fit = fitCanvas(scene.width, scene.height, scale);
  const canvas = (opts.createCanvas ?? defaultCanvas)(fit.width, fit.height);
  const ctx = canvas.getContext('2d') as Ctx | null;
  if (!ctx) throw new Error('PNG export failed: this browser gave no 2D canvas.');
  // Wait for web fonts, or text measured for wrapping may be drawn in a fallback face.
  if (typeof document !== 'undefined' && document.fonts) await document.fonts.ready;
  ctx.scale(fit.scale, fit.scale);
  drawScene(ctx, scene);
  let blob = await toBlob(canvas);
  if (!blob || blob.size === 0) {
    throw new Error(`PNG export failed: the browser could not encode a ${fit.width}×${fit.height} image.`);
  }
  if (opts.chartJson !== undefined) {
    const png = await blobBytes(blob);
    blob = new Blob([embedChartInPng(png, opts.chartJson) as Uint8Array<ArrayBuffer>], { type: 'image/png' });
  }
  const result: PngResult = { blob, width: fit.width, height: fit.height };
  if (fit.scaledDown) result.scaledDown = { from: scale, to: fit.scale };
  return result;
}
