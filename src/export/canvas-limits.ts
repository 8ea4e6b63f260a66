/**
 * Canvas size we allow ourselves. Chromium accepts 65,535 px a side and 268,435,456 px in
 * area, Firefox and Safari 32,767 a side; past a limit a browser hands back a blank canvas
 * and an empty file. We use 32,767 a side (reliable in every engine we target) and 90 % of
 * the area limit, leaving headroom for the GPU backing store.
 */
export const CANVAS_MAX_SIDE = 32_767;
export const CANVAS_MAX_AREA = Math.floor(268_435_456 * 0.9);

export type CanvasFit = {
  /** The scale to draw at: the requested one, or smaller so the canvas fits. */
  scale: number;
  scaledDown: boolean;
  /** Canvas size in device pixels at that scale. */
  width: number;
  height: number;
};

/** Fits a `width`×`height` scene drawn at `scale` into the canvas limits. Pure. */
export function fitCanvas(width: number, height: number, scale: number): CanvasFit {
  const w = Number.isFinite(width) && width > 0 ? width : 1;
  const h = Number.isFinite(height) && height > 0 ? height : 1;
  const requested = Number.isFinite(scale) && scale > 0 ? scale : 1;
  let s = Math.min(requested, CANVAS_MAX_SIDE / w, CANVAS_MAX_SIDE / h, Math.sqrt(CANVAS_MAX_AREA / (w * h)));
  // Rounding up the pixel size could push a side or the area back over a limit.
  while (
    s > 0 &&
    (Math.ceil(w * s) > CANVAS_MAX_SIDE ||
      Math.ceil(h * s) > CANVAS_MAX_SIDE ||
      Math.ceil(w * s) * Math.ceil(h * s) > CANVAS_MAX_AREA)
  ) {
    s *= 0.999;
  }
  const scaledDown = s < requested;
  return {
    scale: scaledDown ? s : requested,
    scaledDown,
    width: Math.max(1, Math.ceil(w * (scaledDown ? s : requested))),
    height: Math.max(1, Math.ceil(h * (scaledDown ? s : requested))),
  };
}
