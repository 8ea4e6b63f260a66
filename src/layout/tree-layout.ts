import type { Chart, NodeId } from '../model/schema';
import { frameLayout, layoutFrame, type Geometry } from './layout-frame';
import { cardSize } from './card-text';
import { COMPACT, GAPS } from './node-size';
import { regionToneIndex, regionsOfTree } from './regions';
import type { Box, ChartLayout, LayoutOptions, PlacedNode } from './types';
import { buildVisibleTree, isRegionKind, type VisibleTree } from './visible-tree';

const DEFAULTS: LayoutOptions = { direction: 'TB', compact: false };

/**
 * Tidy tree (d3-flextree, O(n)) of the visible nodes. Rows line up by depth. Each
 * chain/side subtree is laid out first and then placed as one solid block the size of
 * its region, so sibling regions never interlock; a block's label line and padding reach
 * into the parent's level gap, which REGION_PADDING keeps smaller than that gap.
 * Positions are top-left corners; the root's card is centred on x = 0 (TB) / y = 0 (LR).
 */
export function layoutChart(chart: Chart, options: Partial<LayoutOptions> = {}): ChartLayout {
  const direction = options.direction ?? chart.direction ?? DEFAULTS.direction;
  // Left-right already stacks siblings vertically, so compact mode has nothing to add there.
  const compact = (options.compact ?? chart.compact ?? DEFAULTS.compact) && direction === 'TB';
  const tree = buildVisibleTree(chart);
  const n = tree.nodes.length;
  if (n === 0)
    return { nodes: new Map(), regions: [], bounds: { x: 0, y: 0, width: 0, height: 0 }, direction };
  const g = prepare(tree, direction === 'LR', compact, GAPS[direction].level);
  const layout = frameLayout(GAPS[direction].sibling);
  for (let i = n - 1; i >= 0; i--) if (g.isFrame[i]) layoutFrame(g, i, layout);
  const nodes = resolve(g);
  const regions = regionsOfTree(tree, nodes, regionToneIndex(chart), direction === 'LR');
  return { nodes, regions, bounds: boundsOf(nodes), direction };
}

function prepare(tree: VisibleTree, lr: boolean, compact: boolean, levelGap: number): Geometry {
  const n = tree.nodes.length;
  const cs = new Float64Array(n);
  const ds = new Float64Array(n);
  const stackParent = new Uint8Array(n);
  const stacked = new Uint8Array(n);
  const isFrame = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const node = tree.nodes[i]!;
    const size = cardSize(node);
    cs[i] = lr ? size.height : size.width;
    ds[i] = lr ? size.width : size.height;
    isFrame[i] = i === 0 || isRegionKind(node.kind) ? 1 : 0;
  }
  for (let i = 0; compact && i < n; i++) {
    const kids = tree.children[i];
    if (!kids || kids.length < COMPACT.minLeaves) continue;
    // Region nodes keep their own row: their padding would not fit between stacked cards.
    if (!kids.every((k) => tree.children[k] === null && !isFrame[k])) continue;
    stackParent[i] = 1;
    for (const k of kids) stacked[k] = 1;
  }
  const levels: number[] = [];
  for (let i = 0; i < n; i++) {
    if (stacked[i]) continue;
    const d = tree.depth[i]!;
    levels[d] = Math.max(levels[d] ?? 0, ds[i]!);
  }
  const f = () => new Float64Array(n);
  return {
    tree,
    lr,
    levelGap,
    cs,
    ds,
    levels,
    stackParent,
    isFrame,
    relC: f(),
    relD: f(),
    outerC: f(),
    outerD: f(),
    block: new Float64Array(4 * n),
  };
}

/** Frames were laid out in their own coordinates; chain the frame offsets down from the root. */
function resolve(g: Geometry): Map<NodeId, PlacedNode> {
  const { tree, isFrame, relC, relD, outerC, outerD } = g;
  const n = tree.nodes.length;
  const frameOf = new Int32Array(n);
  const offC = new Float64Array(n);
  const offD = new Float64Array(n);
  const nodes = new Map<NodeId, PlacedNode>();
  for (let i = 0; i < n; i++) {
    const p = tree.parent[i]!;
    if (isFrame[i]) {
      frameOf[i] = i;
      if (p >= 0) {
        const outer = frameOf[p]!;
        offC[i] = offC[outer]! + outerC[i]! - relC[i]!;
        offD[i] = offD[outer]! + outerD[i]! - relD[i]!;
      }
    } else frameOf[i] = frameOf[p]!;
    const f = frameOf[i]!;
    const node = tree.nodes[i]!;
    const c = relC[i]! + offC[f]!;
    const d = relD[i]! + offD[f]!;
    const width = g.lr ? g.ds[i]! : g.cs[i]!;
    const height = g.lr ? g.cs[i]! : g.ds[i]!;
    // A pinned node moves alone; its subtree keeps the automatic places.
    const x = node.position ? node.position.x : g.lr ? d : c;
    const y = node.position ? node.position.y : g.lr ? c : d;
    nodes.set(node.id, { id: node.id, x, y, width, height, depth: tree.depth[i]! });
  }
  return nodes;
}

function boundsOf(nodes: Map<NodeId, PlacedNode>): Box {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const b of nodes.values()) {
    left = Math.min(left, b.x);
    top = Math.min(top, b.y);
    right = Math.max(right, b.x + b.width);
    bottom = Math.max(bottom, b.y + b.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}
