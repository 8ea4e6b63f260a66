import { zipSync } from 'fflate';
import { blobBytes } from './blob-bytes';
import { pageSceneWithMarkers } from './page-scene';
import type { PagePlan } from './page-types';
import { renderPng, type PngOptions } from './png';

/** CSS px per pt: a page of 960 × 540 pt is 1280 × 720 px at 1×. */
export const PX_PER_PT = 96 / 72;

/** `name-p01.png`, `name-p02.png` …: numbered so they sort in page order. */
export function pageFileName(base: string, index: number, total: number): string {
  const digits = Math.max(2, String(total).length);
  return `${base}-p${String(index + 1).padStart(digits, '0')}.png`;
}

/** A zip of the given files, stored (PNG is compressed already, deflating it again gains nothing). */
export function zipFiles(files: { name: string; bytes: Uint8Array }[]): Uint8Array {
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const f of files) entries[f.name] = [f.bytes, { level: 0 }];
  return zipSync(entries);
}

export type PngPagesResult = { blob: Blob; count: number; width: number; height: number };

/**
 * "One image per page": every planned page rasterised at `scale` (px = pt × 4/3 × scale) and
 * zipped. The chart, when it travels, rides in the first page only, so it is not copied N times.
 */
export async function renderPngPages(
  plan: PagePlan,
  scale: number,
  base: string,
  opts: Pick<PngOptions, 'chartJson' | 'createCanvas'> = {},
): Promise<PngPagesResult> {
  const files: { name: string; bytes: Uint8Array }[] = [];
  let width = 0;
  let height = 0;
  for (const [i, page] of plan.pages.entries()) {
    const png = await renderPng(pageSceneWithMarkers(page), scale * PX_PER_PT, {
      ...(opts.createCanvas ? { createCanvas: opts.createCanvas } : {}),
      ...(i === 0 && opts.chartJson !== undefined ? { chartJson: opts.chartJson } : {}),
    });
    width = png.width;
    height = png.height;
    files.push({ name: pageFileName(base, i, plan.pages.length), bytes: await blobBytes(png.blob) });
  }
  const zip = zipFiles(files);
  return {
    blob: new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
    count: files.length,
    width,
    height,
  };
}
