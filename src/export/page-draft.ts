import { type ArrangeGaps, type ArrangeNode } from '../layout/page-arrange';
import { isRegionKind } from '../layout/visible-tree';
import type { ChartNode, NodeId } from '../model/schema';
import { DETAIL_RANK, UNIT, cardHeight, isBigKind, type CardWidths } from './page-card';
import type { CardDetail } from './page-types';
import type { TextMeasurer } from '../layout/text-width';

/*
 * What goes on one page before it is drawn: a tree of items. A 'card' is a node drawn in
 * full (its children may be `continued` on another page); a 'back' item heads a continued
 * page and stands for the card on the page it came from; a 'more' item says that the rest
 * of a parent's children are on the next page. A 'ghost' (not drawn) holds several small
 * continued branches that share one page.
 */
export type Item = {
  kind: 'card' | 'back' | 'more' | 'ghost';
  node: ChartNode;
  children: Item[];
  /** Card whose children are on another page ("→ p. N" under it). */
  continued: boolean;
  /** 'more': how many children it stands for. */
  count: number;
  /** The page a marker on this item points to, set once that page exists. */
  target: Draft | null;
};

export type Draft = {
  root: Item;
  detail: CardDetail;
  title: string;
  index: number;
};

/** Gaps in design units (see UNIT in page-card). */
export const PAGE_GAPS: ArrangeGaps = {
  sibling: 10,
  level: 22,
  lrLevel: 22,
  indent: 14,
  stackGap: 7,
  regionPad: 7,
  regionTop: 24,
};

export type SizeContext = {
  widths: CardWidths;
  measure: TextMeasurer;
  showRegions: boolean;
  /** Card heights per node, indexed by detail rank. */
  heights: WeakMap<ChartNode, number[]>;
};

export const backHeight = (node: ChartNode) =>
  Math.ceil(
    UNIT.accent +
      UNIT.padTop +
      (isBigKind(node.kind) ? UNIT.bigTitle : UNIT.title) * 1.25 +
      UNIT.gap +
      UNIT.textLine +
      UNIT.padBottom,
  );
export const MORE_HEIGHT = UNIT.textLine + 2 * UNIT.padTop;

export function itemWidth(item: Item, ctx: SizeContext): number {
  if (item.node.kind === 'root') return ctx.widths.root;
  return isBigKind(item.node.kind) ? ctx.widths.big : ctx.widths.small;
}

export function itemHeight(item: Item, detail: CardDetail, ctx: SizeContext): number {
  if (item.kind === 'ghost') return 0;
  if (item.kind === 'back') return backHeight(item.node);
  if (item.kind === 'more') return MORE_HEIGHT;
  let cached = ctx.heights.get(item.node);
  if (!cached) ctx.heights.set(item.node, (cached = []));
  const rank = DETAIL_RANK[detail];
  let h = cached[rank];
  if (h === undefined) h = cached[rank] = cardHeight(item.node, itemWidth(item, ctx), detail, ctx.measure);
  return item.continued ? h + UNIT.markerGap + UNIT.markerHeight : h;
}

/** The item tree as arrays for the arranger (preorder; root at 0). */
export function toArrangeNodes(
  root: Item,
  detail: CardDetail,
  ctx: SizeContext,
): { nodes: ArrangeNode[]; items: Item[]; area: number } {
  const nodes: ArrangeNode[] = [];
  const items: Item[] = [];
  let area = 0;
  const stack: { item: Item; parent: number }[] = [{ item: root, parent: -1 }];
  while (stack.length > 0) {
    const { item, parent } = stack.pop()!;
    const i = nodes.length;
    const ghost = item.kind === 'ghost';
    const width = ghost ? 0 : item.kind === 'more' ? ctx.widths.small * 0.75 : itemWidth(item, ctx);
    const height = itemHeight(item, detail, ctx);
    const region = ctx.showRegions && !ghost && item.kind !== 'more' && isRegionKind(item.node.kind);
    nodes.push({ width, height, region, stackable: !region && !ghost, children: [], ghost });
    items.push(item);
    area += width * height;
    if (parent >= 0) nodes[parent]!.children.push(i);
    for (let k = item.children.length - 1; k >= 0; k--) stack.push({ item: item.children[k]!, parent: i });
  }
  return { nodes, items, area };
}

/** Tree facts the planner needs often. */
export type TreeFacts = {
  kids: Map<NodeId, ChartNode[]>;
  /** Nodes in each subtree, the node included. */
  size: Map<NodeId, number>;
};
