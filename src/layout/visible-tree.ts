import type { Chart, ChartNode, NodeId, NodeKind } from '../model/schema';

/**
 * The visible part of a chart as flat arrays indexed by preorder position, so the
 * layout passes are plain loops (no recursion, no per-node copies). Preorder means a
 * parent comes before its children and siblings keep document order.
 */
export type VisibleTree = {
  nodes: ChartNode[];
  indexOf: Map<NodeId, number>;
  /** Preorder index of the parent; -1 for the root. */
  parent: Int32Array;
  depth: Int32Array;
  /** Visible children in document order; null for a visible leaf. */
  children: (number[] | null)[];
};

export function isRegionKind(kind: NodeKind): boolean {
  return kind === 'chain' || kind === 'side';
}

/** Children per parent id in document order, and the root (the first node without a parent). */
export function childrenByParent(chart: Chart): {
  root: ChartNode | undefined;
  byParent: Map<NodeId, ChartNode[]>;
} {
  const byParent = new Map<NodeId, ChartNode[]>();
  let root: ChartNode | undefined;
  for (const node of chart.nodes) {
    if (node.parentId === null) {
      root ??= node;
      continue;
    }
    const siblings = byParent.get(node.parentId);
    if (siblings) siblings.push(node);
    else byParent.set(node.parentId, [node]);
  }
  return { root, byParent };
}

/** Descendants of a collapsed node are hidden; the collapsed node itself is shown. */
export function buildVisibleTree(chart: Chart): VisibleTree {
  const { root, byParent } = childrenByParent(chart);
  const nodes: ChartNode[] = [];
  const parents: number[] = [];
  const depths: number[] = [];
  const children: (number[] | null)[] = [];
  const indexOf = new Map<NodeId, number>();
  if (root) {
    // An explicit stack (parallel arrays, no per-entry objects) instead of recursion;
    // the `indexOf` check keeps a malformed chart (a cycle through duplicate ids) from looping.
    const stackNodes: ChartNode[] = [root];
    const stackParents: number[] = [-1];
    while (stackNodes.length > 0) {
      const node = stackNodes.pop()!;
      const parent = stackParents.pop()!;
      if (indexOf.has(node.id)) continue;
      const index = nodes.length;
      indexOf.set(node.id, index);
      nodes.push(node);
      parents.push(parent);
      depths.push(parent < 0 ? 0 : depths[parent]! + 1);
      children.push(null);
      if (parent >= 0) (children[parent] ??= []).push(index);
      const kids = node.collapsed ? undefined : byParent.get(node.id);
      if (!kids) continue;
      for (let k = kids.length - 1; k >= 0; k--) {
        stackNodes.push(kids[k]!);
        stackParents.push(index);
      }
    }
  }
  return { nodes, indexOf, parent: Int32Array.from(parents), depth: Int32Array.from(depths), children };
}
