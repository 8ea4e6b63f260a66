import { Position, type Edge, type Node } from '@xyflow/react';
import type { ChartLayout } from '../layout/types';
import { isStackedChild, STACK_TRUNK } from '../layout/connectors';
import type { Chart, ChartNode, Direction, NodeId } from '../model/schema';

export type CardData = {
  node: ChartNode;
  tone: number | null;
  /** How many descendants the fold hides; 0 when expanded. */
  hidden: number;
  hasChildren: boolean;
  onPath: boolean;
  match: boolean;
  direction: Direction;
};

export type CardNode = Node<CardData, 'card'>;
export type TreeEdge = Edge<{ onPath: boolean; stacked?: boolean; direction?: Direction }>;

export type ViewFlags = {
  selectedIds: ReadonlySet<NodeId>;
  pathIds: ReadonlySet<NodeId>;
  matchIds: ReadonlySet<NodeId>;
};

export type Derived = {
  tones: Map<NodeId, number | null>;
  childCount: Map<NodeId, number>;
  hidden: Map<NodeId, number>;
};

function sameData(a: CardData, b: CardData): boolean {
  return (
    a.node === b.node &&
    a.tone === b.tone &&
    a.hidden === b.hidden &&
    a.hasChildren === b.hasChildren &&
    a.onPath === b.onPath &&
    a.match === b.match &&
    a.direction === b.direction
  );
}

/**
 * Turns document + layout into React Flow nodes, handing back the previous object for
 * every node whose look did not change, so React Flow and the memo cards skip it.
 */
export function toFlowNodes(
  chart: Chart,
  layout: ChartLayout,
  derived: Derived,
  flags: ViewFlags,
  previous: ReadonlyMap<NodeId, CardNode>,
): CardNode[] {
  const out: CardNode[] = [];
  for (const node of chart.nodes) {
    const placed = layout.nodes.get(node.id);
    if (!placed) continue;
    const data: CardData = {
      node,
      tone: derived.tones.get(node.id) ?? null,
      hidden: node.collapsed ? (derived.hidden.get(node.id) ?? 0) : 0,
      hasChildren: (derived.childCount.get(node.id) ?? 0) > 0,
      onPath: flags.pathIds.has(node.id),
      match: flags.matchIds.has(node.id),
      direction: layout.direction,
    };
    const selected = flags.selectedIds.has(node.id);
    const prev = previous.get(node.id);
    if (
      prev &&
      prev.position.x === placed.x &&
      prev.position.y === placed.y &&
      prev.selected === selected &&
      prev.width === placed.width &&
      prev.height === placed.height &&
      sameData(prev.data, data)
    ) {
      out.push(prev);
      continue;
    }
    out.push({
      id: node.id,
      type: 'card',
      position: { x: placed.x, y: placed.y },
      width: placed.width,
      height: placed.height,
      // Sizes are fixed per kind, so React Flow need not measure 10,000 cards before drawing edges.
      measured: { width: placed.width, height: placed.height },
      handles: handlesFor(placed.width, placed.height, layout.direction),
      data,
      selected,
      deletable: false,
      ariaLabel: node.title,
    });
  }
  return out;
}

type Handles = NonNullable<CardNode['handles']>;
const handleCache = new Map<string, Handles>();

function handlesFor(width: number, height: number, direction: Direction): Handles {
  const key = `${width}x${height}${direction}`;
  const cached = handleCache.get(key);
  if (cached) return cached;
  const top = { x: width / 2, y: 0, position: Position.Top };
  const bottom = { x: width / 2, y: height, position: Position.Bottom };
  const left = { x: 0, y: height / 2, position: Position.Left };
  const right = { x: width, y: height / 2, position: Position.Right };
  const [tree, link] =
    direction === 'TB'
      ? [
          [top, bottom],
          [left, right],
        ]
      : [
          [left, right],
          [top, bottom],
        ];
  const trunk = { x: STACK_TRUNK, y: height, position: Position.Bottom };
  const at = (p: typeof top, type: 'source' | 'target', id: string | null) => ({
    ...p,
    x: p.x - 0.5,
    y: p.y - 0.5,
    width: 1,
    height: 1,
    type,
    id,
  });
  const handles: Handles = [
    at(tree[0]!, 'target', null),
    at(tree[1]!, 'source', null),
    at(link[0]!, 'target', 'link-in'),
    at(link[1]!, 'source', 'link-out'),
    at(trunk, 'source', 'stack-out'),
  ];
  handleCache.set(key, handles);
  return handles;
}

export function toFlowEdges(
  chart: Chart,
  layout: ChartLayout,
  pathIds: ReadonlySet<NodeId>,
  previous: ReadonlyMap<string, TreeEdge>,
): TreeEdge[] {
  const out: TreeEdge[] = [];
  for (const node of chart.nodes) {
    if (node.parentId === null || !layout.nodes.has(node.id)) continue;
    const id = `tree:${node.id}`;
    const onPath = pathIds.has(node.id) && pathIds.has(node.parentId);
    const parentBox = layout.nodes.get(node.parentId);
    if (!parentBox) continue;
    const stacked = isStackedChild(parentBox, layout.nodes.get(node.id)!, layout.direction);
    const prev = previous.get(id);
    if (
      prev &&
      prev.source === node.parentId &&
      prev.data?.onPath === onPath &&
      prev.data.stacked === stacked &&
      // A direction switch keeps every id and parent: the elbows must still be redrawn.
      prev.data.direction === layout.direction &&
      (prev.sourceHandle === 'stack-out') === stacked
    ) {
      out.push(prev);
      continue;
    }
    out.push({
      id,
      source: node.parentId,
      target: node.id,
      type: 'tree',
      ...(stacked ? { sourceHandle: 'stack-out', targetHandle: 'link-in' } : {}),
      data: { onPath, stacked, direction: layout.direction },
      className: onPath ? 'tree-edge on-path' : 'tree-edge',
      selectable: false,
      focusable: false,
      // The tree's shape reaches assistive technology through the cards (aria-level and friends);
      // the lines are decoration (React Flow would name each "Edge from … to …" in English).
      domAttributes: { 'aria-hidden': true },
    });
  }
  for (const link of chart.links) {
    if (!layout.nodes.has(link.source) || !layout.nodes.has(link.target)) continue;
    const prev = previous.get(link.id);
    if (prev && prev.source === link.source && prev.target === link.target && prev.label === link.label) {
      out.push(prev);
      continue;
    }
    out.push({
      id: link.id,
      source: link.source,
      target: link.target,
      sourceHandle: 'link-out',
      targetHandle: 'link-in',
      type: 'link',
      className: 'link-edge',
      // Above the cards: linked cards often sit side by side, and the label would hide under them.
      zIndex: 1,
      ...(link.label ? { label: link.label } : {}),
      data: { onPath: false },
      // Links are listed, named and removable in the details panel; as tab stops they broke the
      // chart's single tab stop and spoke React Flow's English "Edge from … to …".
      focusable: false,
      domAttributes: { 'aria-hidden': true },
    });
  }
  return out;
}

export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return map;
}

/**
 * True when both lists hold the same nodes under the same parents, in the same order: what
 * the tree's lines depend on. Unchanged nodes are the same objects, so this is a pointer walk.
 */
export function sameTreeShape(a: readonly ChartNode[], b: readonly ChartNode[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && (x.id !== y.id || x.parentId !== y.parentId)) return false;
  }
  return true;
}

/** An adapter that remembers its last output, so each call can hand back unchanged objects. */
export function createFlowAdapter() {
  let previousNodes = new Map<NodeId, CardNode>();
  let previousEdges = new Map<string, TreeEdge>();
  let lastNodes: CardNode[] = [];
  let lastEdges: TreeEdge[] = [];
  let lastEdgeInput: { chart: Chart; layout: ChartLayout; pathIds: ReadonlySet<NodeId> } | null = null;
  return {
    nodes(chart: Chart, layout: ChartLayout, derived: Derived, flags: ViewFlags): CardNode[] {
      const next = toFlowNodes(chart, layout, derived, flags, previousNodes);
      // The same array when nothing changed, so React Flow skips its O(n) bookkeeping.
      if (sameItems(next, lastNodes)) return lastNodes;
      previousNodes = byId(next);
      lastNodes = next;
      return next;
    },
    edges(chart: Chart, layout: ChartLayout, pathIds: ReadonlySet<NodeId>): TreeEdge[] {
      const last = lastEdgeInput;
      lastEdgeInput = { chart, layout, pathIds };
      // A text edit keeps the layout, the path and the tree's shape: no line can have changed,
      // so skip building 10,000 edge ids to find that out (the commonest edit on a big chart).
      if (
        last &&
        last.layout === layout &&
        last.pathIds === pathIds &&
        last.chart.links === chart.links &&
        sameTreeShape(last.chart.nodes, chart.nodes)
      )
        return lastEdges;
      const next = toFlowEdges(chart, layout, pathIds, previousEdges);
      // A text edit changes no edge: React Flow then keeps its connection lookups.
      if (sameItems(next, lastEdges)) return lastEdges;
      previousEdges = byId(next);
      lastEdges = next;
      return next;
    },
  };
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
