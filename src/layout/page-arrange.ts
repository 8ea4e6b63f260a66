/*
 * Arranging a tree to fit a page's shape. Every subtree may be drawn top-down (children in a
 * row under it), left-right (children stacked to its right) or, when its children are all
 * leaves, as compact leaf columns (1–4 columns under it). For each subtree we keep a small
 * Pareto set of block sizes, one per useful arrangement, and combine them bottom-up; the
 * root's set then gives the block that best fits the page. Pure, no DOM, units are abstract.
 */

/** One node of the tree to arrange; children are indices into the same array, root at 0. */
export type ArrangeNode = {
  width: number;
  height: number;
  /** A region band (chain/side) is drawn around this node's block. */
  region: boolean;
  /** May sit in a leaf column (a plain leaf card). */
  stackable: boolean;
  children: number[];
  /** Not drawn (0×0): holds several subtrees on one page, with no gap to them. */
  ghost?: boolean;
};

export type ArrangeGaps = {
  /** Between siblings in a row (top-down) or a stack (left-right). */
  sibling: number;
  /** Between a parent and its children's row. */
  level: number;
  /** Between a parent and its children's stack in left-right. */
  lrLevel: number;
  /** Leaf columns: how far the first column sits right of the parent, and the gap between columns. */
  indent: number;
  /** Leaf columns: vertical gap between the parent and each leaf. */
  stackGap: number;
  /** Region band: padding on left, right and bottom; `regionTop` above the node (its label row). */
  regionPad: number;
  regionTop: number;
};

export const MODES = ['tb', 'lr', 'cols1', 'cols2', 'cols3', 'cols4'] as const;
export type ArrangeMode = (typeof MODES)[number];

export type Arranged = {
  width: number;
  height: number;
  /** Top-left of every card. */
  x: Float64Array;
  y: Float64Array;
  /** How each node's children are arranged. */
  mode: ArrangeMode[];
  /** Number of leaf columns' rows per node in a cols mode, else 0. */
  rows: Int32Array;
  /** Region band per node (region nodes only, else null). */
  band: ({ x: number; y: number; width: number; height: number } | null)[];
};

type Option = { w: number; h: number; mode: number; picks: Int32Array | null };

const MAX_OPTIONS = 8;

/** Between leaf columns: wider than the indent, so each column's trunk sits clearly by its own cards. */
export const columnGap = (gaps: ArrangeGaps) => gaps.indent * 1.4;
const MAX_CANDIDATES = 20;

/** Keeps the Pareto front (no option both wider and taller than another), thinned to MAX_OPTIONS. */
export function paretoFront<T extends { w: number; h: number }>(options: T[], max = MAX_OPTIONS): T[] {
  const sorted = [...options].sort((a, b) => a.w - b.w || a.h - b.h);
  const front: T[] = [];
  for (const o of sorted) if (front.length === 0 || o.h < front[front.length - 1]!.h - 1e-9) front.push(o);
  if (front.length <= max) return front;
  const out: T[] = [];
  for (let i = 0; i < max; i++) out.push(front[Math.round((i * (front.length - 1)) / (max - 1))]!);
  return out;
}

function sample(values: number[]): number[] {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  if (sorted.length <= MAX_CANDIDATES) return sorted;
  const out: number[] = [];
  for (let i = 0; i < MAX_CANDIDATES; i++)
    out.push(sorted[Math.round((i * (sorted.length - 1)) / (MAX_CANDIDATES - 1))]!);
  return out;
}

/** Postorder over an index tree without recursion (chains can be hundreds deep). */
function postorder(nodes: readonly ArrangeNode[]): number[] {
  const order: number[] = [];
  const stack = [0];
  while (stack.length > 0) {
    const i = stack.pop()!;
    order.push(i);
    for (const k of nodes[i]!.children) stack.push(k);
  }
  return order.reverse();
}

function options(nodes: readonly ArrangeNode[], gaps: ArrangeGaps, fronts: Option[][], i: number): Option[] {
  const node = nodes[i]!;
  const kids = node.children;
  const out: Option[] = [];
  if (kids.length === 0) out.push({ w: node.width, h: node.height, mode: 0, picks: null });
  else {
    const kf = kids.map((k) => fronts[k]!);
    const m = kids.length;
    const level = node.ghost ? 0 : gaps.level;
    const lrLevel = node.ghost ? 0 : gaps.lrLevel;
    // Top-down: for a height budget, each child takes its narrowest block that fits under it.
    const minH = Math.max(...kf.map((f) => f[f.length - 1]!.h));
    for (const H of sample(kf.flatMap((f) => f.map((o) => o.h)))) {
      if (H < minH) continue;
      const picks = new Int32Array(m);
      let w = gaps.sibling * (m - 1);
      let h = 0;
      kf.forEach((f, c) => {
        let p = 0;
        while (f[p]!.h > H) p++;
        picks[c] = p;
        w += f[p]!.w;
        h = Math.max(h, f[p]!.h);
      });
      out.push({ w: Math.max(node.width, w), h: node.height + level + h, mode: 0, picks });
    }
    // Left-right: for a width budget, each child takes its shortest block that fits beside it.
    const minW = Math.max(...kf.map((f) => f[0]!.w));
    for (const W of sample(kf.flatMap((f) => f.map((o) => o.w)))) {
      if (W < minW) continue;
      const picks = new Int32Array(m);
      let h = gaps.sibling * (m - 1);
      let w = 0;
      kf.forEach((f, c) => {
        let p = f.length - 1;
        while (f[p]!.w > W) p--;
        picks[c] = p;
        h += f[p]!.h;
        w = Math.max(w, f[p]!.w);
      });
      out.push({ w: node.width + lrLevel + w, h: Math.max(node.height, h), mode: 1, picks });
    }
    if (kids.every((k) => nodes[k]!.children.length === 0 && nodes[k]!.stackable)) {
      const colW = Math.max(...kids.map((k) => nodes[k]!.width));
      const rowH = Math.max(...kids.map((k) => nodes[k]!.height));
      for (let cols = 1; cols <= Math.min(4, m); cols++) {
        const rows = Math.ceil(m / cols);
        if (cols > 1 && Math.ceil(m / (cols - 1)) === rows) continue;
        const w = Math.max(node.width, gaps.indent + cols * colW + (cols - 1) * columnGap(gaps));
        const h = node.height + rows * (gaps.stackGap + rowH);
        out.push({ w, h, mode: 1 + cols, picks: null });
      }
    }
  }
  if (node.region)
    for (const o of out) {
      o.w += 2 * gaps.regionPad;
      o.h += gaps.regionPad + gaps.regionTop;
    }
  return paretoFront(out);
}

/** The block sizes a tree can take, best first for the given page shape; exposed for tests. */
export function rootOptions(nodes: readonly ArrangeNode[], gaps: ArrangeGaps): { w: number; h: number }[] {
  return computeFronts(nodes, gaps)[0]!.map(({ w, h }) => ({ w, h }));
}

function computeFronts(nodes: readonly ArrangeNode[], gaps: ArrangeGaps): Option[][] {
  const fronts: Option[][] = new Array(nodes.length);
  for (const i of postorder(nodes)) fronts[i] = options(nodes, gaps, fronts, i);
  return fronts;
}

/** The scale at which a block of w×h fits a box of width×height. */
export const fitScale = (w: number, h: number, width: number, height: number) =>
  Math.min(width / Math.max(w, 1e-9), height / Math.max(h, 1e-9));

/**
 * Arranges the tree so that, scaled uniformly, it is as large as possible inside a
 * box of `width`×`height`. Returns positions in the tree's own units (scale them to draw).
 */
export function arrangeTree(
  nodes: readonly ArrangeNode[],
  gaps: ArrangeGaps,
  box: { width: number; height: number },
): Arranged {
  const fronts = computeFronts(nodes, gaps);
  const n = nodes.length;
  let best = fronts[0]![0]!;
  for (const o of fronts[0]!)
    if (fitScale(o.w, o.h, box.width, box.height) > fitScale(best.w, best.h, box.width, box.height)) best = o;
  const out: Arranged = {
    width: best.w,
    height: best.h,
    x: new Float64Array(n),
    y: new Float64Array(n),
    mode: new Array<ArrangeMode>(n).fill('tb'),
    rows: new Int32Array(n),
    band: new Array(n).fill(null),
  };
  const stack: { i: number; o: Option; x: number; y: number }[] = [{ i: 0, o: best, x: 0, y: 0 }];
  while (stack.length > 0) {
    const { i, o, x: bx, y: by } = stack.pop()!;
    const node = nodes[i]!;
    let x = bx;
    let y = by;
    let w = o.w;
    if (node.region) {
      out.band[i] = { x: bx, y: by, width: o.w, height: o.h };
      x += gaps.regionPad;
      y += gaps.regionTop;
      w -= 2 * gaps.regionPad;
    }
    const kids = node.children;
    const mode = MODES[o.mode]!;
    out.mode[i] = mode;
    if (kids.length === 0) {
      out.x[i] = x;
      out.y[i] = y;
    } else if (mode === 'tb') {
      const picked = kids.map((k, c) => fronts[k]![o.picks![c]!]!);
      const rowW = picked.reduce((s, p) => s + p.w, 0) + gaps.sibling * (kids.length - 1);
      out.x[i] = x + (w - node.width) / 2;
      out.y[i] = y;
      let cx = x + (w - rowW) / 2;
      kids.forEach((k, c) => {
        stack.push({ i: k, o: picked[c]!, x: cx, y: y + node.height + (node.ghost ? 0 : gaps.level) });
        cx += picked[c]!.w + gaps.sibling;
      });
    } else if (mode === 'lr') {
      out.x[i] = x;
      out.y[i] = y;
      let cy = y;
      kids.forEach((k, c) => {
        const p = fronts[k]![o.picks![c]!]!;
        stack.push({ i: k, o: p, x: x + node.width + (node.ghost ? 0 : gaps.lrLevel), y: cy });
        cy += p.h + gaps.sibling;
      });
    } else {
      const cols = o.mode - 1;
      const rows = Math.ceil(kids.length / cols);
      const colW = Math.max(...kids.map((k) => nodes[k]!.width));
      const rowH = Math.max(...kids.map((k) => nodes[k]!.height));
      out.x[i] = x;
      out.y[i] = y;
      out.rows[i] = rows;
      // Column-major, so the reading order runs down each column as in a list.
      kids.forEach((k, c) => {
        const col = Math.floor(c / rows);
        const row = c % rows;
        out.x[k] = x + gaps.indent + col * (colW + columnGap(gaps));
        out.y[k] = y + node.height + gaps.stackGap + row * (rowH + gaps.stackGap);
        out.mode[k] = 'tb';
      });
    }
  }
  return out;
}
