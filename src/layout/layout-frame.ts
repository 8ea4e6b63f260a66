import { flextree } from 'd3-flextree';
import { COMPACT } from './node-size';
import { REGION_PADDING, emptyExtent, includePadded, widenForLabel, type Extent } from './regions';
import type { Box } from './types';
import type { VisibleTree } from './visible-tree';

/**
 * A flextree item. `card` is one node; `stack` is a compact-mode parent with its leaf
 * column; `block` is a whole chain/side subtree, laid out beforehand and treated as
 * one solid box the size of its region, so sibling regions can never interlock.
 */
export type Item = {
  i: number;
  kind: 'card' | 'stack' | 'block';
  size: [number, number];
  children: Item[] | null;
  /** Written by flextree: the centre on the cross axis, the start on the depth axis. */
  x: number;
  y: number;
};

export type FrameLayout = (root: Item) => void;

/**
 * d3-flextree lays out any object tree with `children`, reading sizes through the
 * accessor and writing x and y back. Handing it our items directly skips building a
 * d3 hierarchy first, which is about a third of the layout time on big charts.
 */
export function frameLayout(spacing: number): FrameLayout {
  const layout = flextree<Item>({ nodeSize: ((item: Item) => item.size) as never, spacing });
  return (root) => void layout(root as never);
}

/**
 * Axes are abstract while laying out: `c` runs across siblings, `d` runs with depth.
 * Top-down maps (c, d) to (x, y); left-right maps it to (y, x).
 */
export type Geometry = {
  tree: VisibleTree;
  lr: boolean;
  levelGap: number;
  cs: Float64Array;
  ds: Float64Array;
  /** Depth-axis size of each level, so every row (column in LR) lines up. */
  levels: number[];
  stackParent: Uint8Array;
  isFrame: Uint8Array;
  /** Position of each node in its own frame (the nearest chain/side ancestor-or-self, or the root). */
  relC: Float64Array;
  relD: Float64Array;
  /** Position of a frame's root inside the frame that holds it. */
  outerC: Float64Array;
  outerD: Float64Array;
  /** A frame's region relative to its root's position: cross extent [c0, c1], depth extent [d0, d1]. */
  block: Float64Array;
};

export function screenBox(lr: boolean, c: number, d: number, cSize: number, dSize: number): Box {
  return lr ? { x: d, y: c, width: dSize, height: cSize } : { x: c, y: d, width: cSize, height: dSize };
}

/**
 * Lays out one frame: a chain/side node (or the root) with everything under it down to
 * the next chain/side nodes, which by now are finished blocks. Frames run innermost
 * first, so a frame's block size is known before its outer frame needs it.
 */
export function layoutFrame(g: Geometry, frame: number, layout: FrameLayout): void {
  const root = buildItem(g, frame, frame);
  layout(root);
  // The root frame is never a block; every other frame is a chain/side region.
  const region = frame === 0 ? null : emptyExtent();
  const stack = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    place(g, item);
    if (region) includeItem(g, item, region);
    if (item.children) for (const child of item.children) stack.push(child);
  }
  if (!region) return;
  widenForLabel(region, g.tree.nodes[frame], g.lr);
  const c = g.relC[frame]!;
  const d = g.relD[frame]!;
  const [c0, c1, d0, d1] = g.lr
    ? [region.top - c, region.bottom - c, region.left - d, region.right - d]
    : [region.left - c, region.right - c, region.top - d, region.bottom - d];
  g.block.set([c0, c1, d0, d1], 4 * frame);
}

function buildItem(g: Geometry, frame: number, i: number): Item {
  if (i !== frame && g.isFrame[i]) {
    // Sized to the region itself, not centred on the node's card: sibling regions then
    // sit evenly spaced, at the price of a slight kink in a lone child's connector.
    const b = 4 * i;
    const size: [number, number] = [g.block[b + 1]! - g.block[b]!, g.block[b + 3]! + g.levelGap];
    return { i, kind: 'block', size, children: null, x: 0, y: 0 };
  }
  if (g.stackParent[i]) {
    const size: [number, number] = [stackWidth(g, i), stackDepth(g, i) + g.levelGap];
    return { i, kind: 'stack', size, children: null, x: 0, y: 0 };
  }
  const kids = g.tree.children[i];
  const size: [number, number] = [g.cs[i]!, g.levels[g.tree.depth[i]!]! + g.levelGap];
  return {
    i,
    kind: 'card',
    size,
    children: kids ? kids.map((k) => buildItem(g, frame, k)) : null,
    x: 0,
    y: 0,
  };
}

/** Symmetric about the parent's centre, so the connector from above stays straight. */
function stackWidth(g: Geometry, i: number): number {
  const half = g.cs[i]! / 2;
  let reach = half;
  for (const k of g.tree.children[i]!) reach = Math.max(reach, COMPACT.indent + g.cs[k]! - half);
  return 2 * reach;
}

function stackDepth(g: Geometry, i: number): number {
  let depth = g.ds[i]!;
  for (const k of g.tree.children[i]!) depth += COMPACT.gap + g.ds[k]!;
  return depth;
}

function place(g: Geometry, h: Item): void {
  const { i, kind, size } = h;
  if (kind === 'block') {
    g.outerC[i] = h.x - size[0] / 2 - g.block[4 * i]!;
    g.outerD[i] = h.y;
    return;
  }
  g.relC[i] = h.x - g.cs[i]! / 2;
  g.relD[i] = h.y;
  if (kind === 'card') return;
  let d = h.y + g.ds[i]!;
  for (const k of g.tree.children[i]!) {
    d += COMPACT.gap;
    g.relC[k] = g.relC[i]! + COMPACT.indent;
    g.relD[k] = d;
    d += g.ds[k]!;
  }
}

function includeItem(g: Geometry, item: Item, into: Extent): void {
  const { i, kind } = item;
  if (kind === 'block') {
    const b = 4 * i;
    const c0 = g.outerC[i]! + g.block[b]!;
    const d0 = g.outerD[i]! + g.block[b + 2]!;
    const box = screenBox(g.lr, c0, d0, g.block[b + 1]! - g.block[b]!, g.block[b + 3]! - g.block[b + 2]!);
    includePadded(into, box, REGION_PADDING.nest);
    return;
  }
  includePadded(into, screenBox(g.lr, g.relC[i]!, g.relD[i]!, g.cs[i]!, g.ds[i]!), REGION_PADDING.pad);
  if (kind === 'stack')
    for (const k of g.tree.children[i]!)
      includePadded(into, screenBox(g.lr, g.relC[k]!, g.relD[k]!, g.cs[k]!, g.ds[k]!), REGION_PADDING.pad);
}
