import { fitScale, rootOptions } from '../layout/page-arrange';
import { nodeTones } from '../layout/palette';
import { regionToneIndex } from '../layout/regions';
import type { ChartLayout } from '../layout/types';
import type { Chart, ChartNode, NodeId } from '../model/schema';
import { DETAILS, DETAIL_RANK, UNIT, cardWidths } from './page-card';
import {
  PAGE_GAPS,
  itemHeight,
  itemWidth,
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
import { measureText, type TextMeasurer } from '../layout/text-width';

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
/** Refinement stops after this many openings in a row that did not fit. */
const MAX_MISSES = 8;
/** Cards never cover more than this share of a page (gaps, bands and titles take the rest). */
const FILL_LIMIT = 0.8;

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

type Task = {
  node: ChartNode;
  asBack: boolean;
  kids: ChartNode[];
  from: Item | null;
  part: number;
  /** Several small continued branches that share one page (their whole subtrees). */
  bin?: { items: Item[]; roots: Item[] };
};

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
  // The width table is linear and cached already; any other measurer is made so.
  const measure =
    !options.measure || options.measure === measureText ? measureText : linearMeasure(options.measure);
  const { root, facts } = treeFacts(chart, options);
  const sizes: SizeContext = {
    widths: cardWidths(
      chart.nodes.filter((n) => facts.size.has(n.id)),
      measure,
    ),
    measure,
    showRegions: options.showRegions ?? true,
    heights: new WeakMap(),
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
  /** Card area of `nodes` as cards (upper bound on what opening a branch adds). */
  const areaOf = (nodes: readonly ChartNode[], detail: CardDetail) => {
    let area = 0;
    for (const n of nodes) {
      const item: Item = { kind: 'card', node: n, children: [], continued: false, count: 0, target: null };
      area += itemWidth(item, sizes) * itemHeight(item, detail, sizes);
    }
    return area;
  };
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
  const floorRank = Math.min(DETAIL_RANK[options.minDetail ?? 'title'], userRank);
  const details = DETAILS.filter((d) => DETAIL_RANK[d] <= userRank && DETAIL_RANK[d] >= floorRank);

  const tasks: Task[] = [
    { node: root, asBack: false, kids: facts.kids.get(root.id) ?? [], from: null, part: 0 },
  ];
  while (tasks.length > 0) {
    const task = tasks.pop()!;
    const title =
      task.node.id === root.id && !task.asBack
        ? chart.title
        : text.branchTitle(
            chart.title,
            task.bin ? task.bin.items.map((i) => i.node.title).join(text.listSeparator) : task.node.title,
            task.part,
          );
    const add = (item: Item, detail: CardDetail): Draft => {
      const draft: Draft = { root: item, detail, title, index: drafts.length };
      drafts.push(draft);
      if (task.from) task.from.target = draft;
      for (const from of task.bin?.items ?? []) from.target = draft;
      if (DETAIL_RANK[detail] < DETAIL_RANK[lowest]) lowest = detail;
      return draft;
    };
    if (task.bin) {
      const ghost = ghostOf(task.bin.roots);
      add(ghost, details.find((d) => fits(ghost, d)) ?? options.detail);
      continue;
    }
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
    // Card area already on the page; an opening that cannot fit by area alone is not tried.
    let used = toArrangeNodes(best.root, detail, sizes).area;
    let misses = 0;
    for (let tries = 0; candidates.length > 0 && tries < MAX_EXPAND_TRIES && misses < MAX_MISSES; tries++) {
      const c = candidates.shift()!;
      const added = areaOf(facts.kids.get(c.node.id) ?? [], detail);
      if (used + added > aw * ah * FILL_LIMIT) {
        misses++;
        continue;
      }
      expanded.add(c.node.id);
      const t = build(task, kids, depthUsed, expanded, more);
      if (!t || !fits(t.root, detail)) {
        expanded.delete(c.node.id);
        misses++;
        continue;
      }
      used += added;
      misses = 0;
      best = t;
      const fresh = t.cut.filter((x) => x.node.parentId === c.node.id);
      for (const x of fresh) {
        const size = facts.size.get(x.node.id) ?? 0;
        const at = candidates.findIndex((y) => (facts.size.get(y.node.id) ?? 0) > size);
        candidates.splice(at < 0 ? candidates.length : at, 0, x);
      }
    }
    add(best.root, detail);
    // Small continued branches share a page when together they fit it whole.
    const follow: Task[] = [];
    let bin: { items: Item[]; roots: Item[] } = { items: [], roots: [] };
    const single = (item: Item): Task => ({
      node: item.node,
      asBack: true,
      kids: facts.kids.get(item.node.id) ?? [],
      from: item,
      part: 0,
    });
    const flush = () => {
      if (bin.items.length === 1) follow.push(single(bin.items[0]!));
      else if (bin.items.length > 1) follow.push({ ...single(bin.items[0]!), from: null, bin });
      bin = { items: [], roots: [] };
    };
    for (const item of best.cut) {
      const small = (facts.size.get(item.node.id) ?? 0) <= budget;
      const whole = small
        ? build(single(item), facts.kids.get(item.node.id) ?? [], Infinity, new Set(), 0)
        : null;
      if (!whole || !fits(whole.root, detail)) {
        flush();
        follow.push(single(item));
        continue;
      }
      if (bin.items.length > 0 && !fits(ghostOf([...bin.roots, whole.root]), detail)) flush();
      bin.items.push(item);
      bin.roots.push(whole.root);
    }
    flush();
    if (more > 0) {
      const moreItem = best.root.children[best.root.children.length - 1]!;
      follow.unshift({
        node: task.node,
        asBack: true,
        kids: task.kids.slice(take),
        from: moreItem,
        part: task.part + 1,
      });
    }
    // Pages made later come first off the stack: the rest of the children next, then each branch in order.
    for (let i = follow.length - 1; i >= 0; i--) tasks.push(follow[i]!);
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

const BASE_SIZE = 100;

/**
 * Text widths grow in proportion to the font size, so each string is measured once, at one
 * size, and scaled: pages drawn at different scales then share every measurement.
 */
export function linearMeasure(measure: TextMeasurer): TextMeasurer {
  const cache = [new Map<string, number>(), new Map<string, number>()];
  return (text, size, weight) => {
    const map = cache[weight >= 600 ? 1 : 0]!;
    let width = map.get(text);
    if (width === undefined) {
      width = measure(text, BASE_SIZE, weight >= 600 ? 700 : 400);
      map.set(text, width);
    }
    return (width * size) / BASE_SIZE;
  };
}

function ghostOf(roots: Item[]): Item {
  return { kind: 'ghost', node: roots[0]!.node, children: roots, continued: false, count: 0, target: null };
}

function collectCards(draft: Draft, into: Map<NodeId, Draft>): void {
  const stack = [draft.root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.kind === 'card') into.set(item.node.id, draft);
    stack.push(...item.children);
  }
}

/** The UI string (src/i18n/areas/pages.ts) for a failed plan. */
export const PLAN_ERROR_MESSAGE = {
  'min-text-size': 'pagePlanMinTextSize',
  'page-too-small': 'pagePlanPageTooSmall',
  'empty-chart': 'pagePlanEmptyChart',
} as const satisfies Record<PagePlanErrorCode, string>;

/** The UI string saying what the planner dropped, or null when every card shows what was asked. */
export function droppedDetailMessage(plan: PagePlan): 'pagesDroppedMetrics' | 'pagesDroppedSubtitle' | null {
  if (plan.droppedDetail === 'subtitle') return 'pagesDroppedMetrics';
  if (plan.droppedDetail === 'title') return 'pagesDroppedSubtitle';
  return null;
}
