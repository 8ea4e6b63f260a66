import { fitScale, rootOptions } from '../layout/page-arrange';
import { nodeTones } from '../layout/palette';
import { regionToneIndex } from '../layout/regions';
import type { ChartLayout } from '../layout/types';
import type { Chart, ChartNode, NodeId } from '../model/schema';
import { DETAILS, DETAIL_RANK, UNIT, cardWidths } from './page-card';
import {
  PAGE_GAPS,
  toArrangeNodes,
  type Draft,
  type Item,
  type SizeContext,
  type TreeFacts,
} from './page-draft';
import { MIN_TEXT_RANGE } from './page-formats';
import { drawPage, pageGeometry, type DrawContext } from './page-draw';
import { pageText } from './page-text';
import type { CardDetail, PagePlan, PlanOptions } from './page-types';
import { checkPage } from './page-check';
import { canvasMeasure } from './text-measure';

export type PagePlanErrorCode = 'min-text-size' | 'page-too-small' | 'empty-chart';

/** A plan that cannot be made; `code` picks the translated message. */
export class PagePlanError extends Error {
  readonly code: PagePlanErrorCode;
  constructor(code: PagePlanErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = 'PagePlanError';
  }
}

/** Refinement tries per page (expanding a continued branch back onto the page). */
const MAX_EXPAND_TRIES = 60;

function treeFacts(chart: Chart, options: PlanOptions): { root: ChartNode; facts: TreeFacts } {
  const byParent = new Map<NodeId, ChartNode[]>();
  const byId = new Map<NodeId, ChartNode>();
  let top: ChartNode | undefined;
  for (const node of chart.nodes) {
    if (byId.has(node.id)) continue;
    byId.set(node.id, node);
    if (node.parentId === null) top ??= node;
    else {
      const list = byParent.get(node.parentId);
      if (list) list.push(node);
      else byParent.set(node.parentId, [node]);
    }
  }
  const scope = options.scope;
  const root = scope && scope !== 'all' ? (byId.get(scope.subtreeOf) ?? top) : top;
  if (!root) throw new PagePlanError('empty-chart', 'The chart has no root node.');
  const open = options.includeCollapsed ?? true;
  const kids = new Map<NodeId, ChartNode[]>();
  const order: ChartNode[] = [];
  const seen = new Set<NodeId>();
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    order.push(node);
    const children =
      !open && node.collapsed ? [] : (byParent.get(node.id) ?? []).filter((c) => !seen.has(c.id));
    kids.set(node.id, children);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  const size = new Map<NodeId, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    let s = 1;
    for (const c of kids.get(node.id)!) s += size.get(c.id) ?? 0;
    size.set(node.id, s);
  }
  return { root, facts: { kids, size } };
}

type Task = { node: ChartNode; asBack: boolean; kids: ChartNode[]; from: Item | null; part: number };

/**
 * Pages for a chart: re-arranged to the page's shape first, card detail lowered next (never
 * above `options.detail`), split last, recursively: an overview of the upper levels, then one
 * page per continued branch, each "→ p. N" marker pointing at it. Pure; throws
 * PagePlanError for a minimum size out of range or a page too small for a single card.
 */
export function planPages(chart: Chart, _layout: ChartLayout | null, options: PlanOptions): PagePlan {
  const { format } = options;
  if (!(options.minTextPt >= MIN_TEXT_RANGE.min && options.minTextPt <= MIN_TEXT_RANGE.max))
    throw new PagePlanError(
      'min-text-size',
      `The minimum text size must be between ${MIN_TEXT_RANGE.min} and ${MIN_TEXT_RANGE.max} pt.`,
    );
  const minTitle = Math.min(MIN_TEXT_RANGE.max, Math.max(options.minTitlePt || 0, options.minTextPt));
  const measure = options.measure ?? canvasMeasure();
  const { root, facts } = treeFacts(chart, options);
  const sizes: SizeContext = {
    widths: cardWidths(
      chart.nodes.filter((n) => facts.size.has(n.id)),
      measure,
    ),
    measure,
    showRegions: options.showRegions ?? true,
    heights: new Map(),
  };
  // pt per design unit: the smallest scale at which every text meets its minimum.
  const unit = Math.max(options.minTextPt / UNIT.text, minTitle / UNIT.title);
  const geo = pageGeometry(format, minTitle);
  const aw = geo.width / unit;
  const ah = geo.height / unit;
  if (!(aw > 0 && ah > 0) || !Number.isFinite(aw) || !Number.isFinite(ah))
    throw new PagePlanError('page-too-small', 'The page is too small for any text at this minimum size.');

  const fits = (item: Item, detail: CardDetail): boolean => {
    const { nodes, area } = toArrangeNodes(item, detail, sizes);
    if (area > aw * ah) return false;
    return rootOptions(nodes, PAGE_GAPS).some((o) => fitScale(o.w, o.h, aw, ah) >= 1 - 1e-9);
  };
  const smallestArea = sizes.widths.small * 20;
  const budget = Math.max(2, Math.floor((aw * ah) / smallestArea) + 1);

  /** The page tree: `kids` under the root, cut at depth `depth` except where a node is `expanded` (opened one more level). */
  const build = (task: Task, kids: ChartNode[], depth: number, expanded: Set<NodeId>, more: number) => {
    let count = 1;
    const cut: Item[] = [];
    const make = (node: ChartNode, d: number): Item | null => {
      if (++count > budget) return null;
      const item: Item = { kind: 'card', node, children: [], continued: false, count: 0, target: null };
      const children = facts.kids.get(node.id) ?? [];
      if (children.length === 0) return item;
      if (d >= depth && !expanded.has(node.id)) {
        item.continued = true;
        cut.push(item);
        return item;
      }
      for (const c of children) {
        const child = make(c, d + 1);
        if (!child) return null;
        item.children.push(child);
      }
      return item;
    };
    const root: Item = {
      kind: task.asBack ? 'back' : 'card',
      node: task.node,
      children: [],
      continued: false,
      count: 0,
      target: null,
    };
    for (const c of kids) {
      const child = make(c, 1);
      if (!child) return null;
      root.children.push(child);
    }
    if (more > 0)
      root.children.push({
        kind: 'more',
        node: task.node,
        children: [],
        continued: false,
        count: more,
        target: null,
      });
    return { root, cut };
  };

  const text = pageText(chart.locale);
  const drafts: Draft[] = [];
  let lowest: CardDetail = options.detail;
  const userRank = DETAIL_RANK[options.detail];
  const details = DETAILS.filter((d) => DETAIL_RANK[d] <= userRank);

  const tasks: Task[] = [
    { node: root, asBack: false, kids: facts.kids.get(root.id) ?? [], from: null, part: 0 },
  ];
  while (tasks.length > 0) {
    const task = tasks.pop()!;
    const title =
      task.node.id === root.id && !task.asBack
        ? chart.title
        : text.branchTitle(chart.title, task.node.title, task.part);
    const add = (item: Item, detail: CardDetail): Draft => {
      const draft: Draft = { root: item, detail, title, index: drafts.length };
      drafts.push(draft);
      if (task.from) task.from.target = draft;
      if (DETAIL_RANK[detail] < DETAIL_RANK[lowest]) lowest = detail;
      return draft;
    };
    // 1. Everything on one page, at the highest detail that fits.
    const whole = build(task, task.kids, Infinity, new Set(), 0);
    const fitting = whole && details.find((d) => fits(whole.root, d));
    if (whole && fitting) {
      add(whole.root, fitting);
      continue;
    }
    const detail = options.detail;
    // 2. As many children as fit one level deep; the rest continue on a page of their own.
    const oneLevel = (n: number) => {
      const t = build(task, task.kids.slice(0, n), 1, new Set(), task.kids.length - n);
      return t && fits(t.root, detail) ? t : null;
    };
    let take = task.kids.length;
    if (!oneLevel(take)) {
      let lo = 0;
      let hi = take - 1;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (oneLevel(mid)) lo = mid;
        else hi = mid - 1;
      }
      take = lo;
    }
    if (take === 0 || !oneLevel(take)) {
      const alone = build(task, [], 1, new Set(), 0);
      if (!task.asBack && alone && task.kids.length === 0 && fits(alone.root, 'title')) {
        add(alone.root, 'title');
        continue;
      }
      throw new PagePlanError(
        'page-too-small',
        'The page is too small for two cards at this minimum text size.',
      );
    }
    const kids = task.kids.slice(0, take);
    const more = task.kids.length - take;
    // 3. Deeper levels while they fit.
    let best = oneLevel(take)!;
    let depthUsed = 1;
    for (let depth = 2; best.cut.length > 0; depth++) {
      const t = build(task, kids, depth, new Set(), more);
      if (!t || !fits(t.root, detail)) break;
      best = t;
      depthUsed = depth;
    }
    // 4. Small continued branches come back onto the page when they fit whole.
    const expanded = new Set<NodeId>();
    const candidates = [...best.cut].sort(
      (a, b) => (facts.size.get(a.node.id) ?? 0) - (facts.size.get(b.node.id) ?? 0),
    );
    // Smallest first: each branch that comes back whole saves a page.
    for (let tries = 0; candidates.length > 0 && tries < MAX_EXPAND_TRIES; tries++) {
      const c = candidates.shift()!;
      expanded.add(c.node.id);
      const t = build(task, kids, depthUsed, expanded, more);
      if (!t || !fits(t.root, detail)) {
        expanded.delete(c.node.id);
        continue;
      }
      best = t;
      const fresh = t.cut.filter((x) => x.node.parentId === c.node.id);
      for (const x of fresh) {
        const size = facts.size.get(x.node.id) ?? 0;
        const at = candidates.findIndex((y) => (facts.size.get(y.node.id) ?? 0) > size);
        candidates.splice(at < 0 ? candidates.length : at, 0, x);
      }
    }
    add(best.root, detail);
    // Pages made later come first off the stack: the rest of the children next, then each branch in order.
    for (let i = best.cut.length - 1; i >= 0; i--) {
      const item = best.cut[i]!;
      tasks.push({
        node: item.node,
        asBack: true,
        kids: facts.kids.get(item.node.id) ?? [],
        from: item,
        part: 0,
      });
    }
    if (more > 0) {
      const moreItem = best.root.children[best.root.children.length - 1]!;
      tasks.push({
        node: task.node,
        asBack: true,
        kids: task.kids.slice(take),
        from: moreItem,
        part: task.part + 1,
      });
    }
  }

  const draw: DrawContext = {
    chart,
    format,
    unit,
    minTitle,
    sizes,
    text,
    background: options.background ?? 'white',
    backOf: new Map(),
    tones: nodeTones(chart),
    regionTones: regionToneIndex(chart),
  };
  // A back item stands for the card on the page that holds it in full.
  for (const draft of drafts) collectCards(draft, draw.backOf);
  const pages = drafts.map((d) => drawPage(d, draw));
  const problems = pages.flatMap((p, i) =>
    checkPage(p, { ...options, minTitlePt: minTitle }).map((m) => `p. ${i + 1}: ${m}`),
  );
  return {
    format,
    pages,
    droppedDetail: lowest === options.detail ? null : lowest,
    problems,
  };
}

function collectCards(draft: Draft, into: Map<NodeId, Draft>): void {
  const stack = [draft.root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.kind === 'card') into.set(item.node.id, draft);
    stack.push(...item.children);
  }
}
