import { unionBox } from '../layout/box';
import { nodeTones, toneAt } from '../layout/palette';
import { regionToneIndex } from '../layout/regions';
import type { Box, ChartLayout, PlacedNode, Region } from '../layout/types';
import type { Chart } from '../model/schema';
import { descendantCount, indexChart } from '../model/tree';
import { buildCard } from './scene-card';
import { buildEdges, buildLinks } from './scene-connectors';
import { TITLE, buildLegend, buildRegions, buildTitle, legendHeight, regionLabel } from './scene-frame';
import { resolveSceneSource } from './scene-source';
import { themeFor } from './scene-theme';
import type { ExportScene, SceneLink, SceneNode, SceneOptions } from './scene-types';

export const DEFAULT_PADDING = 32;
/** The title may widen a narrow chart up to this, not further. */
const MIN_TITLE_WIDTH = 480;

/**
 * The export scene: the chart fully positioned in px with text already wrapped, so SVG,
 * PNG and PPTX draw the same picture and none of them needs the DOM. Pure.
 */
export function buildScene(chart: Chart, layout: ChartLayout, options: SceneOptions): ExportScene {
  const source = resolveSceneSource(chart, layout, options);
  const { measure } = options;
  const theme = themeFor(options.background);
  const pad = Math.max(0, options.padding ?? DEFAULT_PADDING);
  const index = indexChart(source.chart);
  // Tones come from the whole chart, so a subtree keeps the colours it has on screen.
  const tones = nodeTones(chart);
  const regionTones = regionToneIndex(chart);
  const toneOf = (r: Region) => regionTones.get(r.nodeId) ?? r.tone;

  const regions = options.showRegions ? source.layout.regions : [];
  let content: Box =
    source.layout.nodes.size > 0 ? source.layout.bounds : { x: 0, y: 0, width: 0, height: 0 };
  for (const r of regions) content = unionBox(content, r);
  // A link that dips below the cards, and its label, belong to the content too: the legend
  // row and the frame go below them, never across them.
  const links = buildLinks(source.chart.links, source.layout, theme, measure);
  for (const l of links) {
    content = unionBox(content, curveBox(l));
    if (l.label) content = unionBox(content, l.label.box);
  }

  const titleText = source.subtree
    ? `${chart.title} · ${index.byId.get(source.rootId)?.title ?? ''}`
    : chart.title;
  const titleWidth = Math.min(measure(titleText, TITLE.size, 700), Math.max(content.width, MIN_TITLE_WIDTH));
  const innerWidth = Math.max(content.width, options.showTitle ? titleWidth : 0);
  const titleHeight = options.showTitle ? TITLE.height + TITLE.gap : 0;
  const legendEntries = options.showLegend
    ? source.layout.regions.map((r) => ({ tone: toneOf(r), label: regionLabel(index.byId.get(r.nodeId)) }))
    : [];
  const legendH = legendHeight(legendEntries, innerWidth, theme, measure);

  // Chart coordinates → scene coordinates. Hidden regions still steer the connectors.
  const dx = pad - content.x;
  const dy = pad + titleHeight - content.y;
  const shift = <T extends Box>(b: T): T => ({ ...b, x: b.x + dx, y: b.y + dy });
  const placed = new Map<string, PlacedNode>();
  for (const [id, box] of source.layout.nodes) placed.set(id, shift(box));
  const allRegions = source.layout.regions.map(shift);
  const shifted: ChartLayout = {
    ...source.layout,
    nodes: placed,
    regions: allRegions,
    bounds: shift(source.layout.bounds),
  };

  const nodes: SceneNode[] = [];
  for (const node of source.chart.nodes) {
    const box = placed.get(node.id);
    if (!box) continue;
    const hidden = node.collapsed ? descendantCount(index, node.id) : 0;
    const tone = toneAt(tones.get(node.id) ?? null);
    nodes.push(buildCard(node, box, { tone, theme, measure, direction: source.layout.direction, hidden }));
  }

  const scene: ExportScene = {
    width: innerWidth + 2 * pad,
    height: titleHeight + content.height + legendH + 2 * pad,
    background: theme.background,
    rootId: source.rootId,
    regions: buildRegions(options.showRegions ? allRegions : [], index.byId, toneOf, theme, measure),
    edges: buildEdges(source.chart, shifted, theme),
    links: links.map((l) => shiftLink(l, dx, dy)),
    nodes,
  };
  if (options.showTitle) {
    const title = buildTitle(titleText, pad, pad, innerWidth, theme, measure);
    if (title) scene.title = title;
  }
  const legendArea = { x: pad, y: pad + titleHeight + content.height, width: innerWidth, height: legendH };
  const legend = buildLegend(legendEntries, legendArea, theme, measure);
  if (legend) scene.legend = legend;
  return scene;
}

/** The box of a link's curve: its ends and the curve's apex (half-way to the control point). */
function curveBox(l: SceneLink): Box {
  const apex = l.control
    ? { x: (l.from.x + 2 * l.control.x + l.to.x) / 4, y: (l.from.y + 2 * l.control.y + l.to.y) / 4 }
    : l.from;
  const xs = [l.from.x, l.to.x, apex.x];
  const ys = [l.from.y, l.to.y, apex.y];
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

function shiftLink(l: SceneLink, dx: number, dy: number): SceneLink {
  const move = <T extends { x: number; y: number }>(p: T): T => ({ ...p, x: p.x + dx, y: p.y + dy });
  const out: SceneLink = { ...l, from: move(l.from), to: move(l.to), control: l.control && move(l.control) };
  if (l.label)
    out.label = {
      box: move(l.label.box),
      text: { ...l.label.text, lines: l.label.text.lines.map(move) },
    };
  return out;
}
