import { blobBytes } from './blob-bytes';
import { fitCanvas } from './canvas-limits';
import { embedChartInPng } from './png-chunks';
import { drawScene, type Ctx } from './canvas-draw';
import type { ExportScene } from './scene-types';

type AnyCanvas = HTMLCanvasElement | OffscreenCanvas;

export type PngOptions = {
  /** When given, the chart JSON is embedded (iTXt 'opschart') so the PNG can be re-imported. */
  chartJson?: string;
  /** Injected in tests; defaults to OffscreenCanvas, else a DOM canvas. */
  createCanvas?: (width: number, height: number) => AnyCanvas;
};

export type PngResult = {
  blob: Blob;
  width: number;
  height: number;
  scaledDown?: { from: number; to: number };
};

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

/** Rasterises the scene at `scale` (1–4×), scaled down to the browser's canvas limits when needed. */
export async function renderPng(
  scene: ExportScene,
  scale: number,
  opts: PngOptions = {},
): Promise<PngResult> {
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
