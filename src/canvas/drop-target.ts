import type { Box } from '../layout/types';
import type { Direction } from '../model/schema';

export type Drop = { kind: 'child' } | { kind: 'before' } | { kind: 'after' };
/** The axis along which a card's siblings are laid out: across (x) or stacked (y). */
export type SiblingAxis = 'x' | 'y';

/** The outer quarter of a card on its siblings' axis inserts beside it; the middle makes a child. */
export function dropZone(dragged: Box, target: Box, axis: SiblingAxis): Drop {
  const centre = axis === 'x' ? dragged.x + dragged.width / 2 : dragged.y + dragged.height / 2;
  const start = axis === 'x' ? target.x : target.y;
  const size = axis === 'x' ? target.width : target.height;
  const at = (centre - start) / size;
  if (at < 0.25) return { kind: 'before' };
  if (at > 0.75) return { kind: 'after' };
  return { kind: 'child' };
}

/**
 * How the target's siblings lie on screen: compact layouts stack a parent's leaves in a
 * column even in a top-down chart, so the axis comes from where a neighbour actually is,
 * and from the chart's direction only for an only child.
 */
export function siblingAxis(target: Box, neighbour: Box | undefined, direction: Direction): SiblingAxis {
  if (!neighbour) return direction === 'TB' ? 'x' : 'y';
  return Math.abs(neighbour.x - target.x) >= Math.abs(neighbour.y - target.y) ? 'x' : 'y';
}
