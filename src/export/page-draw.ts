import { arrangeTree, fitScale, type Arranged } from '../layout/page-arrange';
import { toneAt } from '../layout/palette';
import { isRegionKind } from '../layout/visible-tree';
import type { Chart, NodeId } from '../model/schema';
import { UNIT, buildPageCard, isBigKind, type Rect } from './page-card';
import { PAGE_GAPS, toArrangeNodes, type Draft, type Item, type SizeContext } from './page-draft';
import { pageLinks } from './page-links';
import type { PageText } from './page-text';
import type { PageFormat, PageMarker, PlannedPage, ShapeRef } from './page-types';
import { regionLabel } from './scene-frame';
import { themeFor, type SceneTheme } from './scene-theme';
import type {
  ExportScene,
  Point,
  SceneEdge,
  SceneNode,
  SceneRegion,
  SceneBackground,
  TextBlock,
} from './scene-types';
import type { TextMeasurer } from '../layout/text-width';
import { fitPrefix } from '../layout/text-wrap';

/** A page that fits loosely is drawn larger, up to this factor over the minimum. */
const MAX_GROW = 1.5;

export type PageGeometry = {
  /** The content area under the title, in pt. */
  x: number;
  y: number;
  width: number;
  height: number;
  titleSize: number;
  titleBaseline: number;
};

export function pageGeometry(format: PageFormat, minTitle: number): PageGeometry {
  const m = Math.max(0, format.marginPt);
  const titleSize = Math.max(18, minTitle + 4);
  const titleRow = titleSize * 1.3 + 8;
  return {
    x: m,
    y: m + titleRow,
    width: format.widthPt - 2 * m,
    height: format.heightPt - 2 * m - titleRow,
    titleSize,
    titleBaseline: m + titleSize,
  };
}

export type DrawContext = {
  chart: Chart;
  format: PageFormat;
  /** pt per design unit at the minimum text size. */
  unit: number;
  minTitle: number;
  sizes: SizeContext;
  text: PageText;
  background: SceneBackground;
  /** The page on which each node is a full card. */
  backOf: Map<NodeId, Draft>;
  tones: Map<NodeId, number | null>;
  regionTones: Map<NodeId, number>;
};

type Frame = { s: number; ox: number; oy: number };

function edgePoints(arr: Arranged, parent: number, pr: Rect, cr: Rect): Point[] {
  const mode = arr.mode[parent]!;
  const g = PAGE_GAPS;
  if (mode === 'tb') {
    const from = { x: pr.x + pr.width / 2, y: pr.y + pr.height };
    const to = { x: cr.x + cr.width / 2, y: cr.y };
    const elbow = from.y + g.level / 2;
    if (Math.abs(from.x - to.x) < 0.01) return [from, to];
    return [from, { x: from.x, y: elbow }, { x: to.x, y: elbow }, to];
  }
  if (mode === 'lr') {
    const from = { x: pr.x + pr.width, y: pr.y + pr.height / 2 };
    const to = { x: cr.x, y: cr.y + cr.height / 2 };
    const elbow = from.x + g.lrLevel / 2;
    if (Math.abs(from.y - to.y) < 0.01) return [from, to];
    return [from, { x: elbow, y: from.y }, { x: elbow, y: to.y }, to];
  }
  // Leaf columns: a trunk under the parent's left, a bus to each column's own trunk.
  const trunk0 = pr.x + g.indent / 2;
  const trunk = cr.x - g.indent / 2;
  const bus = pr.y + pr.height + g.stackGap / 2;
  const mid = cr.y + cr.height / 2;
  const pts = [{ x: trunk0, y: pr.y + pr.height }];
  if (Math.abs(trunk - trunk0) > 0.01) pts.push({ x: trunk0, y: bus }, { x: trunk, y: bus });
  pts.push({ x: trunk, y: mid }, { x: cr.x, y: mid });
  return pts;
}

function textBlock(
  text: string,
  x: number,
  baseline: number,
  size: number,
  weight: 400 | 700,
  color: string,
): TextBlock {
  return { lines: [{ text, x, y: baseline }], size, weight, color, anchor: 'start' };
}

/** One line of `text` cut to `width` at `size`. */
function fit(text: string, size: number, weight: 400 | 700, width: number, measure: TextMeasurer): string {
  if (measure(text, size, weight) <= width) return text;
  return fitPrefix(text, '…', { size, weight, maxWidth: width }, measure) || '…';
}

function marker(
  kind: PageMarker['kind'],
  nodeId: NodeId,
  target: number,
  box: Rect,
  labels: TextBlock[],
  theme: SceneTheme,
  s: number,
): PageMarker {
  return {
    kind,
    nodeId,
    targetPage: target,
    box,
    labels,
    fill: kind === 'back' ? '#f8fafc' : theme.badgeFill,
    stroke: '#64748b',
    radius: 4 * s,
  };
}

/** Draws one drafted page in pt: arranged, scaled up to MAX_GROW when there is room, centred under the title. */
export function drawPage(draft: Draft, ctx: DrawContext): PlannedPage {
  const { chart, format, sizes, text } = ctx;
  const measure = sizes.measure;
  const theme = themeFor(ctx.background);
  const geo = pageGeometry(format, ctx.minTitle);
  const aw = geo.width / ctx.unit;
  const ah = geo.height / ctx.unit;
  const { nodes, items } = toArrangeNodes(draft.root, draft.detail, sizes);
  const arr = arrangeTree(nodes, PAGE_GAPS, { width: aw, height: ah });
  const grow = Math.min(MAX_GROW, fitScale(arr.width, arr.height, aw, ah));
  const s = ctx.unit * grow;
  const f: Frame = {
    s,
    ox: geo.x + (geo.width - arr.width * s) / 2,
    oy: geo.y + Math.max(0, (geo.height - arr.height * s) / 2),
  };
  const X = (u: number) => f.ox + u * s;
  const Y = (u: number) => f.oy + u * s;
  const { tones, regionTones } = ctx;
  const pageNo = (d: Draft | null | undefined) => (d ? d.index : draft.index);

  // Card rectangles in units (without a continued marker's extra height).
  const rects: Rect[] = items.map((item, i) => {
    const h = item.continued ? nodes[i]!.height - UNIT.markerGap - UNIT.markerHeight : nodes[i]!.height;
    return { x: arr.x[i]!, y: arr.y[i]!, width: nodes[i]!.width, height: h };
  });
  const pt = (r: Rect): Rect => ({ x: X(r.x), y: Y(r.y), width: r.width * s, height: r.height * s });

  const cards: SceneNode[] = [];
  const markers: PageMarker[] = [];
  const nodeIds: NodeId[] = [];
  const edges: SceneEdge[] = [];
  const treeEdges: PlannedPage['treeEdges'] = [];
  const shapeOf: ShapeRef[] = [];
  const regions: SceneRegion[] = [];
  const small = UNIT.text * s;
  const padX = UNIT.padX * s;
  const parentOf = new Int32Array(items.length).fill(-1);
  nodes.forEach((n, i) => n.children.forEach((k) => (parentOf[k] = i)));

  items.forEach((item, i) => {
    const r = pt(rects[i]!);
    const tone = toneAt(tones.get(item.node.id) ?? null);
    if (item.kind === 'ghost') return;
    shapeOf[i] =
      item.kind === 'card'
        ? { kind: 'card', index: cards.length }
        : { kind: 'marker', index: markers.length };
    if (item.kind === 'card') {
      nodeIds.push(item.node.id);
      const card = buildPageCard(item.node, r, { tone, theme, measure, scale: s, detail: draft.detail });
      card.depth = i === 0 ? 0 : 1;
      cards.push(card);
      if (item.continued) {
        const label = text.continued(pageNo(item.target) + 1);
        const width = measure(label, small, 700) / 0.97 + 2 * padX;
        const box = {
          x: r.x,
          y: r.y + r.height + UNIT.markerGap * s,
          width: Math.min(width, r.width),
          height: UNIT.markerHeight * s,
        };
        const t = textBlock(
          label,
          box.x + padX,
          box.y + box.height / 2 + small * 0.35,
          small,
          700,
          theme.badgeText,
        );
        markers.push(marker('continued', item.node.id, pageNo(item.target), box, [t], theme, s));
      }
    } else if (item.kind === 'back') {
      const home = ctx.backOf.get(item.node.id);
      const size = (isBigKind(item.node.kind) ? UNIT.bigTitle : UNIT.title) * s;
      const inner = r.width - 2 * padX;
      const top = r.y + (UNIT.accent + UNIT.padTop) * s;
      const title = textBlock(
        fit(item.node.title, size, 700, inner, measure),
        r.x + padX,
        top + size * 1.05,
        size,
        700,
        theme.cardTitle,
      );
      const ref = textBlock(
        fit(text.back(pageNo(home) + 1), small, 400, inner, measure),
        r.x + padX,
        top + size * 1.25 + UNIT.gap * s + small * 1.05,
        small,
        400,
        '#334155',
      );
      markers.push(marker('back', item.node.id, pageNo(home), r, [title, ref], theme, s));
    } else {
      const label = fit(
        text.more(item.count, pageNo(item.target) + 1),
        small,
        700,
        r.width - 2 * padX,
        measure,
      );
      const t = textBlock(label, r.x + padX, r.y + r.height / 2 + small * 0.35, small, 700, theme.badgeText);
      markers.push(marker('more', item.node.id, pageNo(item.target), r, [t], theme, s));
    }
    const p = parentOf[i]!;
    if (p >= 0 && items[p]!.kind !== 'ghost') {
      const pts = edgePoints(arr, p, rects[p]!, rects[i]!).map((q) => ({ x: X(q.x), y: Y(q.y) }));
      edges.push({ points: pts, color: theme.edge, width: Math.max(0.75, 1.2 * grow) });
      treeEdges.push({
        parentId: items[p]!.node.id,
        childId: item.node.id,
        from: shapeOf[p]!,
        to: shapeOf[i]!,
      });
    }
    const band = arr.band[i];
    if (band && item.kind !== 'more' && isRegionKind(item.node.kind)) {
      const parentMode = p >= 0 && items[p]!.kind !== 'ghost' ? arr.mode[p] : null;
      const entry = parentMode === 'tb' ? r.x + r.width / 2 : null;
      regions.push(regionOf(item, pt(band), entry, regionTones.get(item.node.id) ?? 0, theme, s, measure));
    }
  });

  const titleText = fit(draft.title, geo.titleSize, 700, geo.width, measure);
  const scene: ExportScene = {
    width: format.widthPt,
    height: format.heightPt,
    background: theme.background,
    rootId: draft.root.node.id,
    title: {
      text: titleText,
      x: geo.x,
      y: geo.titleBaseline,
      size: geo.titleSize,
      weight: 700,
      color: theme.title,
    },
    regions,
    edges,
    links: pageLinks(chart, { cards, edges, regions }, s, theme, measure, geo),
    nodes: cards,
  };
  return {
    title: draft.title,
    rootId: draft.root.node.id,
    scene,
    markers,
    nodeIds,
    smallestPt: smallestText(scene, markers),
    detail: draft.detail,
    treeEdges,
  };
}

function regionOf(
  item: Item,
  band: Rect,
  entry: number | null,
  tone: number,
  theme: SceneTheme,
  s: number,
  measure: TextMeasurer,
): SceneRegion {
  const colors = toneAt(tone);
  const size = UNIT.regionLabel * s;
  const inset = 8 * s;
  const clear = 6 * s;
  // The band holds the node's own card, so its label gives the goal rather than repeating the title.
  const label = item.node.goal?.trim() || regionLabel(item.node);
  // The line into the band's card comes down at `entry`: the label sits beside it, never across it.
  const zones: [number, number][] =
    entry === null
      ? [[band.x + inset, band.x + band.width - inset]]
      : [
          [band.x + inset, entry - clear],
          [entry + clear, band.x + band.width - inset],
        ];
  const need = measure(label, size, 700);
  // Whole or not at all: a band too narrow for its goal leaves it to the card (no "Acquire n…").
  const zone = zones.find(([a, b]) => b - a >= need) ?? null;
  const text = zone ? label : '';
  return {
    x: band.x,
    y: band.y,
    width: band.width,
    height: band.height,
    nodeId: item.node.id,
    tone,
    fill: theme.darkRegions ? colors.accent : colors.fill,
    fillOpacity: theme.darkRegions ? 0.16 : 1,
    stroke: theme.darkRegions ? colors.accent : colors.stroke,
    radius: 10 * s,
    labelBox: null,
    label: {
      lines: text && zone ? [{ text, x: zone[0], y: band.y + 7 * s + size * 0.9 }] : [],
      size,
      weight: 700,
      color: theme.darkRegions ? colors.fill : colors.text,
      anchor: 'start',
    },
  };
}

/** The smallest text size drawn on the page. */
export function smallestText(scene: ExportScene, markers: readonly PageMarker[]): number {
  let min = Infinity;
  const see = (b: TextBlock | undefined) => {
    if (b && b.lines.some((l) => l.text)) min = Math.min(min, b.size);
  };
  for (const n of scene.nodes) {
    see(n.title);
    see(n.subtitle);
    see(n.goal);
    for (const c of n.chips) if (c.text) min = Math.min(min, c.size);
  }
  for (const r of scene.regions) see(r.label);
  for (const l of scene.links) see(l.label?.text);
  for (const m of markers) m.labels.forEach(see);
  if (scene.title?.text) min = Math.min(min, scene.title.size);
  return Number.isFinite(min) ? Math.round(min * 10) / 10 : 0;
}
