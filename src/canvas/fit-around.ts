import type { Box } from '../layout/types';

export type Size = { width: number; height: number };
export type Corner = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';
/** Something drawn over a corner of the canvas (legend, minimap): how far it reaches in from that corner. */
export type Obstacle = Size & { corner: Corner };
export type FitViewport = { x: number; y: number; zoom: number };
export type FitOptions = {
  /** Empty space kept on every side, as a share of the canvas's width (x) and height (y). */
  margin: number;
  minZoom: number;
  maxZoom: number;
};

/** Space kept between the chart and a corner widget it steps around. */
export const OBSTACLE_GAP = 8;
const MIN_MARGIN = 12;

type Insets = { top: number; right: number; bottom: number; left: number };

/**
 * The largest view of `bounds` that no corner widget covers. Each widget can be cleared
 * by keeping the chart above/below it or beside it; every combination is tried and the
 * one that shows the chart largest wins. When the plain centred fit already misses every
 * widget (a narrow chart between two corners), it is kept as it is.
 */
export function fitAround(
  bounds: Box,
  canvas: Size,
  obstacles: readonly Obstacle[],
  options: FitOptions,
): FitViewport {
  const mx = Math.max(MIN_MARGIN, canvas.width * options.margin);
  const my = Math.max(MIN_MARGIN, canvas.height * options.margin);
  const base: Insets = { top: my, right: mx, bottom: my, left: mx };
  const plain = place(bounds, canvas, base, options);
  let best: FitViewport | null = obstacles.some((o) => covers(o, plain, bounds, canvas)) ? null : plain;
  const combinations = 1 << obstacles.length;
  for (let pick = 0; pick < combinations; pick++) {
    const insets = { ...base };
    obstacles.forEach((o, i) => clear(insets, o, (pick >> i) & 1 ? 'beside' : 'above'));
    const view = place(bounds, canvas, insets, options);
    if (!best || view.zoom > best.zoom + 1e-9) best = view;
  }
  return best ?? plain;
}

function clear(insets: Insets, o: Obstacle, how: 'above' | 'beside'): void {
  const [vertical, horizontal] = o.corner.split('-') as ['top' | 'bottom', 'left' | 'right'];
  if (how === 'above') insets[vertical] = Math.max(insets[vertical], o.height + OBSTACLE_GAP);
  else insets[horizontal] = Math.max(insets[horizontal], o.width + OBSTACLE_GAP);
}

/** Fits `bounds` into the canvas less `insets`, centred there. */
function place(bounds: Box, canvas: Size, insets: Insets, options: FitOptions): FitViewport {
  const width = Math.max(1, canvas.width - insets.left - insets.right);
  const height = Math.max(1, canvas.height - insets.top - insets.bottom);
  const fit = Math.min(width / Math.max(bounds.width, 1), height / Math.max(bounds.height, 1));
  const zoom = Math.min(options.maxZoom, Math.max(options.minZoom, fit));
  return {
    zoom,
    x: insets.left + (width - bounds.width * zoom) / 2 - bounds.x * zoom,
    y: insets.top + (height - bounds.height * zoom) / 2 - bounds.y * zoom,
  };
}

/** Whether the widget overlaps the chart's box as `view` draws it. */
export function covers(o: Obstacle, view: FitViewport, bounds: Box, canvas: Size): boolean {
  const left = bounds.x * view.zoom + view.x;
  const top = bounds.y * view.zoom + view.y;
  const right = left + bounds.width * view.zoom;
  const bottom = top + bounds.height * view.zoom;
  const [vertical, horizontal] = o.corner.split('-');
  const oLeft = horizontal === 'left' ? 0 : canvas.width - o.width;
  const oTop = vertical === 'top' ? 0 : canvas.height - o.height;
  return left < oLeft + o.width && right > oLeft && top < oTop + o.height && bottom > oTop;
}
