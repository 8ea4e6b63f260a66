import type { Box, ChartLayout } from './types';

export function unionBox(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/** Everything drawn: the cards and the region tints that stand out around them. */
export function drawnBounds(layout: Pick<ChartLayout, 'bounds' | 'regions'>): Box {
  return layout.regions.reduce<Box>(unionBox, layout.bounds);
}
