import type { Chart, ChartNode, NodeId } from '../model/schema';
import { minRegionWidth } from './region-label';
import type { Box, PlacedNode, Region } from './types';
import { buildVisibleTree, isRegionKind, type VisibleTree } from './visible-tree';

/**
 * `pad` surrounds the cards of a region; `nest` surrounds a region inside another, so
 * the inner one sits inside the outer one with a visible margin; `label` is extra room
 * at the top of every region for its title line.
 */
export const REGION_PADDING = { pad: 20, nest: 14, label: 26 } as const;

export type Extent = { left: number; top: number; right: number; bottom: number };

export function emptyExtent(): Extent {
  return { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
}

/** Grows `into` to hold `box` padded by `pad`, plus the label line at the top. */
export function includePadded(into: Extent, box: Box, pad: number): void {
  into.left = Math.min(into.left, box.x - pad);
  into.top = Math.min(into.top, box.y - pad - REGION_PADDING.label);
  into.right = Math.max(into.right, box.x + box.width + pad);
  into.bottom = Math.max(into.bottom, box.y + box.height + pad);
}

/**
 * Widens a band to hold its label's title: symmetrically top-down; left-right only to the
 * right, since the left side faces the parent. Layout blocks and drawn regions both call it.
 */
export function widenForLabel(into: Extent, node: ChartNode | undefined, lr: boolean): void {
  const missing = minRegionWidth(node) - (into.right - into.left);
  if (!(missing > 0)) return;
  if (lr) into.right += missing;
  else {
    into.left -= missing / 2;
    into.right += missing / 2;
  }
}

export function extentToBox(e: Extent): Box {
  return { x: e.left, y: e.top, width: e.right - e.left, height: e.bottom - e.top };
}

/** Region tone = index of the node among chain/side nodes in document order, hidden ones included, so collapsing never recolours. */
export function regionToneIndex(chart: Chart): Map<NodeId, number> {
  const tones = new Map<NodeId, number>();
  for (const node of chart.nodes)
    if (isRegionKind(node.kind) && !tones.has(node.id)) tones.set(node.id, tones.size);
  return tones;
}

/** One region per visible chain/side node: the padded box of it and its visible descendants. */
export function computeRegions(chart: Chart, placed: Map<NodeId, PlacedNode>, lr = false): Region[] {
  return regionsOfTree(buildVisibleTree(chart), placed, regionToneIndex(chart), lr);
}

/** Regions come out in preorder, so outer regions precede (and draw under) the ones they hold. */
export function regionsOfTree(
  tree: VisibleTree,
  placed: Map<NodeId, PlacedNode>,
  tones: Map<NodeId, number>,
  lr = false,
): Region[] {
  const n = tree.nodes.length;
  const isRegion = new Uint8Array(n);
  const regionParent = new Int32Array(n);
  const level = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    isRegion[i] = isRegionKind(tree.nodes[i]!.kind) ? 1 : 0;
    const p = tree.parent[i]!;
    regionParent[i] = p < 0 ? -1 : isRegion[p] ? p : regionParent[p]!;
    const r = regionParent[i]!;
    level[i] = r < 0 ? 0 : level[r]! + 1;
  }
  const extents: (Extent | undefined)[] = new Array(n);
  const regions: Region[] = [];
  // Reverse preorder visits every descendant before its ancestor, so a region is
  // complete when its own node is reached and can then be folded into its outer region.
  for (let i = n - 1; i >= 0; i--) {
    const node = tree.nodes[i]!;
    const card = placed.get(node.id);
    const target = isRegion[i] ? i : regionParent[i]!;
    if (card && target >= 0) includePadded((extents[target] ??= emptyExtent()), card, REGION_PADDING.pad);
    const own = extents[i];
    if (!isRegion[i] || !own) continue;
    widenForLabel(own, node, lr);
    const box = extentToBox(own);
    regions.push({ ...box, nodeId: node.id, tone: tones.get(node.id) ?? 0, level: level[i]! });
    const outer = regionParent[i]!;
    if (outer >= 0) includePadded((extents[outer] ??= emptyExtent()), box, REGION_PADDING.nest);
  }
  return regions.reverse();
}
