export type Point = { x: number; y: number };
export type PinchView = { x: number; y: number; zoom: number };

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);
const middle = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/**
 * The viewport after two fingers moved from `from` to `to` (canvas pixels): the zoom
 * follows the distance between them, and the chart point under their midpoint stays
 * under it, so spreading zooms and moving both fingers together pans.
 */
export function pinchViewport(
  start: PinchView,
  from: readonly [Point, Point],
  to: readonly [Point, Point],
  minZoom: number,
  maxZoom: number,
): PinchView {
  const spread = distance(...to) / Math.max(distance(...from), 1);
  const zoom = Math.min(maxZoom, Math.max(minZoom, start.zoom * spread));
  const was = middle(...from);
  const now = middle(...to);
  // The chart point that was under the fingers' midpoint.
  const cx = (was.x - start.x) / start.zoom;
  const cy = (was.y - start.y) / start.zoom;
  return { zoom, x: now.x - cx * zoom, y: now.y - cy * zoom };
}
