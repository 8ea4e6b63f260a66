import type { Chart, NodeId } from '../model/schema';
import { childrenOf, indexChart } from '../model/tree';
import { sameTreeShape, type CardNode } from './flow-adapter';

export type TreePlace = { level: number; pos: number; size: number };

/** Level (root = 1), position among siblings and number of siblings of every node: O(n). */
export function treePlaces(chart: Chart): Map<NodeId, TreePlace> {
  const index = indexChart(chart);
  const places = new Map<NodeId, TreePlace>([[index.root.id, { level: 1, pos: 1, size: 1 }]]);
  const queue: NodeId[] = [index.root.id];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    const level = places.get(id)!.level + 1;
    const kids = childrenOf(index, id);
    kids.forEach((kid, k) => {
      places.set(kid.id, { level, pos: k + 1, size: kids.length });
      queue.push(kid.id);
    });
  }
  return places;
}

/** `treePlaces`, recomputed only when the tree's shape changes (a text edit keeps every place). */
export function createPlacesCache(): (chart: Chart) => Map<NodeId, TreePlace> {
  let last: { chart: Chart; places: Map<NodeId, TreePlace> } | null = null;
  return (chart) => {
    if (!last || !sameTreeShape(last.chart.nodes, chart.nodes)) last = { chart, places: treePlaces(chart) };
    else last = { chart, places: last.places };
    return last.places;
  };
}

export type TreeTexts = {
  /** The card's name (its title). */
  label: (node: CardNode) => string;
  /** "职能组，第 2 层，第 3 项，共 5 项，已展开": kind, place and state, in the UI language. */
  description: (node: CardNode, place: TreePlace) => string;
};

/**
 * Makes each card a WAI-ARIA `treeitem` that a screen reader can follow: name and kind,
 * level, position among siblings, expanded state, all in the UI language, and one tab
 * stop for the whole chart (roving tabindex: only the active card has tabIndex 0).
 *
 * Returns the same object for a card whose facts did not change, so memoised cards and
 * React Flow skip it; `cache` lives as long as the canvas.
 */
export function withTreeA11y(
  nodes: CardNode[],
  places: ReadonlyMap<NodeId, TreePlace>,
  activeId: NodeId | null,
  texts: TreeTexts,
  locale: string,
  cache: WeakMap<CardNode, { key: string; out: CardNode }>,
): CardNode[] {
  return nodes.map((node) => {
    const place = places.get(node.id) ?? { level: 1, pos: 1, size: 1 };
    const active = node.id === activeId;
    const { hasChildren, hidden } = node.data;
    const key = `${locale}|${active}|${place.level}|${place.pos}|${place.size}|${hasChildren}|${hidden}`;
    const hit = cache.get(node);
    if (hit && hit.key === key) return hit.out;
    const out: CardNode = {
      ...node,
      ariaRole: 'treeitem',
      ariaLabel: texts.label(node),
      domAttributes: {
        tabIndex: active ? 0 : -1,
        'aria-level': place.level,
        'aria-posinset': place.pos,
        'aria-setsize': place.size,
        'aria-expanded': hasChildren ? hidden === 0 : undefined,
        'aria-selected': Boolean(node.selected),
        'aria-description': texts.description(node, place),
        // React Flow's English "node" role name and its help text are replaced by ours.
        'aria-roledescription': undefined,
        'aria-describedby': undefined,
      },
    };
    cache.set(node, { key, out });
    return out;
  });
}
