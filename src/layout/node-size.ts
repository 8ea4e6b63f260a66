import type { Direction, NodeKind } from '../model/schema';

export type Size = { width: number; height: number };

/**
 * Card sizes are fixed per kind, so layout never waits for the DOM and a text edit
 * never moves anything. The canvas and the export scene draw cards at exactly these sizes.
 * Function cards are taller: a two-line title, a subtitle and up to two rows of metric chips.
 */
export const NODE_SIZES = {
  root: { width: 280, height: 88 },
  chain: { width: 260, height: 88 },
  side: { width: 260, height: 88 },
  group: { width: 230, height: 76 },
  function: { width: 230, height: 132 },
} as const satisfies Record<NodeKind, Size>;

export function nodeSize(kind: NodeKind): Size {
  return NODE_SIZES[kind];
}

/** `sibling` separates neighbours across the tree; `level` separates a parent from its children. */
export type Gaps = { sibling: number; level: number };

export const GAPS = {
  TB: { sibling: 28, level: 72 },
  LR: { sibling: 40, level: 96 },
} as const satisfies Record<Direction, Gaps>;

export function gapsFor(direction: Direction): Gaps {
  return GAPS[direction];
}

/** Compact mode: the leaves of a parent stacked in a column under it, indented like a classic org chart. */
export const COMPACT = {
  /** How far the column sits right of the parent's left edge (room for the connector line). */
  indent: 30,
  /** Vertical gap between the parent and the first leaf, and between stacked leaves. */
  gap: 20,
  /** A parent is stacked only when it has more leaf children than this. */
  minLeaves: 3,
} as const;
