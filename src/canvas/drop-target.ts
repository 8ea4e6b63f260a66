import type { Box } from '../layout/types';
import type { Direction } from '../model/schema';

export type Drop = { kind: 'child' } | { kind: 'before' } | { kind: 'after' };

/** The outer quarter of a card on the sibling axis inserts beside it; the middle makes a child. */
export function dropZone(dragged: Box, target: Box, direction: Direction): Drop {
  const vertical = direction === 'TB';
  const centre = vertical ? dragged.x + dragged.width / 2 : dragged.y + dragged.height / 2;
  const start = vertical ? target.x : target.y;
  const size = vertical ? target.width : target.height;
  const at = (centre - start) / size;
  if (at < 0.25) return { kind: 'before' };
  if (at > 0.75) return { kind: 'after' };
  return { kind: 'child' };
}
