import type PptxGenJS from 'pptxgenjs';
import type { Chart } from '../model/schema';
import type { PlannedPage } from './page-types';
import type { Point, SceneLink, SceneNode, SceneRect, TextBlock } from './scene-types';
import { stripXmlInvalid } from './xml-text';

/** Office ships Microsoft YaHei on Windows and macOS; it has Latin glyphs too. */
export const PPTX_FONT = 'Microsoft YaHei';
/** Shapes the package step finds again by name: the edges go where this placeholder is. */
export const EDGES_PLACEHOLDER = 'opschart:edges';

type Slide = PptxGenJS.Slide;

const IN = (pt: number) => pt / 72;
const box = (r: SceneRect) => ({ x: IN(r.x), y: IN(r.y), w: IN(r.width), h: IN(r.height) });
const hex = (color: string) => color.replace('#', '').toUpperCase();
const clean = (text: string) => stripXmlInvalid(text);

/** One paragraph per planned line, at the planned line height, so the slide wraps where the page does. */
function runs(blocks: (TextBlock | undefined)[], lang: string, lineHeights: number[]): PptxGenJS.TextProps[] {
  const out: PptxGenJS.TextProps[] = [];
  blocks.forEach((block, b) => {
    if (!block) return;
    block.lines.forEach((line, i) => {
      out.push({
        text: clean(line.text),
        options: {
          fontSize: block.size,
          bold: block.weight >= 600,
          color: hex(block.color),
          breakLine: true,
          lang,
          lineSpacing: lineHeights[b] ?? block.size * 1.25,
          paraSpaceBefore: i === 0 && b > 0 ? 2 : 0,
        },
      });
    });
  });
  return out;
}

function addLink(slide: Slide, l: SceneLink): void {
  const line = { color: hex(l.color), width: l.width, dashType: 'dash' as const };
  const pts: Point[] = [l.from, l.to, ...(l.control ? [l.control] : [])];
  const left = Math.min(...pts.map((p) => p.x));
  const top = Math.min(...pts.map((p) => p.y));
  const w = Math.max(...pts.map((p) => p.x)) - left;
  const h = Math.max(...pts.map((p) => p.y)) - top;
  const local = (p: Point) => ({ x: IN(p.x - left), y: IN(p.y - top) });
  if (!l.control || w < 1 || h < 1) {
    slide.addShape('line', {
      x: IN(Math.min(l.from.x, l.to.x)),
      y: IN(Math.min(l.from.y, l.to.y)),
      w: IN(Math.abs(l.to.x - l.from.x)),
      h: IN(Math.abs(l.to.y - l.from.y)),
      flipH: l.from.x !== l.to.x && l.from.y !== l.to.y && l.to.x < l.from.x !== l.to.y < l.from.y,
      line,
      objectName: `link:${l.id}`,
    });
    return;
  }
  const control = local(l.control);
  // The runtime supports custom geometry; the type list of preset shapes just omits it.
  slide.addShape('custGeom' as PptxGenJS.SHAPE_NAME, {
    x: IN(left),
    y: IN(top),
    w: IN(w),
    h: IN(h),
    line,
    objectName: `link:${l.id}`,
    points: [local(l.from), { ...local(l.to), curve: { type: 'quadratic', x1: control.x, y1: control.y } }],
  });
}

/** A card's pieces: the card named node:<id>, then accent:n and chip:n:k, so the package step can group them. */
function addCard(slide: Slide, node: SceneNode, n: number, lang: string): void {
  const padLeft = (node.title.lines[0]?.x ?? node.x + 8) - node.x;
  const top = (node.title.lines[0]?.y ?? node.y) - node.title.size * 1.05 - node.y;
  slide.addText(runs([node.title, node.subtitle, node.goal], lang, [node.title.size * 1.25]), {
    shape: 'roundRect',
    ...box(node),
    rectRadius: IN(node.radius),
    fill: { color: hex(node.fill) },
    line: { color: hex(node.stroke), width: 0.75 },
    fontFace: PPTX_FONT,
    lang,
    valign: 'top',
    align: 'left',
    margin: [padLeft, padLeft, 2, Math.max(0, top)],
    objectName: `node:${node.id}`,
  });
  const inset = node.radius / 3;
  slide.addShape('round2SameRect', {
    ...box({ x: node.x + inset, y: node.y, width: node.width - 2 * inset, height: node.accentHeight }),
    fill: { color: hex(node.accent) },
    line: { color: hex(node.accent), width: 0 },
    objectName: `accent:${n}`,
  });
  node.chips.forEach((chip, k) => {
    slide.addText(clean(chip.text), {
      shape: 'roundRect',
      ...box(chip),
      rectRadius: IN(chip.radius),
      fill: { color: hex(chip.fill) },
      fontFace: PPTX_FONT,
      lang,
      fontSize: chip.size,
      color: hex(chip.color),
      align: 'center',
      valign: 'middle',
      margin: 0,
      wrap: false,
      objectName: `chip:${n}:${k}`,
    });
  });
}

/** What the presenter reads: each card's responsibilities, in the order the cards are on the slide. */
export function speakerNotes(page: PlannedPage, chart: Chart): string {
  const byId = new Map(chart.nodes.map((n) => [n.id, n]));
  const lines: string[] = [];
  for (const id of page.nodeIds) {
    const node = byId.get(id);
    if (!node) continue;
    const duties = node.responsibilities.filter((r) => r.trim());
    lines.push(duties.length > 0 ? `${node.title}: ${duties.join('; ')}` : node.title);
  }
  return clean(lines.join('\n'));
}

/**
 * Draws one planned page on a slide 1:1 (the page is in pt, the slide in inches): regions,
 * an edges placeholder (real connectors are written into the XML afterwards), links, cards,
 * link labels, markers (slide links), and the notes.
 */
export function drawPageOnSlide(slide: Slide, page: PlannedPage, chart: Chart): void {
  const lang = chart.locale;
  const { scene } = page;
  const font = { fontFace: PPTX_FONT, lang };
  if (scene.background) slide.background = { color: hex(scene.background) };
  if (scene.title) {
    const t = scene.title;
    slide.addText(clean(t.text), {
      ...box({ x: t.x, y: t.y - t.size * 1.1, width: scene.width - 2 * t.x, height: t.size * 1.4 }),
      ...font,
      fontSize: t.size,
      bold: true,
      color: hex(t.color),
      margin: 0,
      valign: 'top',
      fit: 'none',
      objectName: 'Title',
    });
  }
  scene.regions.forEach((r, n) => {
    slide.addShape('roundRect', {
      ...box(r),
      rectRadius: IN(r.radius),
      fill: { color: hex(r.fill), transparency: Math.round((1 - r.fillOpacity) * 100) },
      line: { color: hex(r.stroke), width: 0.75 },
      objectName: `region:${n}`,
    });
    const line = r.label.lines[0];
    if (!line) return;
    const size = r.label.size;
    slide.addText(clean(line.text), {
      ...box({ x: line.x, y: line.y - size * 1.05, width: r.x + r.width - line.x, height: size * 1.4 }),
      ...font,
      fontSize: size,
      bold: true,
      color: hex(r.label.color),
      margin: 0,
      valign: 'top',
      wrap: false,
      objectName: `region-label:${n}`,
    });
  });
  slide.addShape('rect', { x: 0, y: 0, w: 0.01, h: 0.01, objectName: EDGES_PLACEHOLDER });
  for (const l of scene.links) addLink(slide, l);
  scene.nodes.forEach((node, n) => addCard(slide, node, n, lang));
  for (const l of scene.links) {
    if (!l.label) continue;
    slide.addText(clean(l.label.text.lines[0]?.text ?? ''), {
      shape: 'roundRect',
      ...box(l.label.box),
      rectRadius: IN(3),
      fill: { color: hex(l.label.box.fill) },
      ...font,
      fontSize: l.label.text.size,
      color: hex(l.label.text.color),
      align: 'center',
      valign: 'middle',
      margin: 0,
      wrap: false,
    });
  }
  page.markers.forEach((m, n) => {
    const lineHeights = m.labels.map((b) => b.size * 1.3);
    const hyperlink = { slide: m.targetPage + 1, tooltip: `${m.targetPage + 1}` };
    const text = runs(m.labels, lang, lineHeights).map((r) => ({
      ...r,
      options: { ...r.options, hyperlink },
    }));
    slide.addText(text, {
      shape: 'roundRect',
      ...box(m.box),
      rectRadius: IN(m.radius),
      fill: { color: hex(m.fill) },
      line: { color: hex(m.stroke), width: 0.75, dashType: 'dash' },
      ...font,
      valign: 'middle',
      align: 'left',
      margin: [(m.labels[0]?.lines[0]?.x ?? m.box.x) - m.box.x, 2, 1, 1],
      objectName: `marker:${m.kind}:${n}`,
    });
  });
  const notes = speakerNotes(page, chart);
  if (notes) slide.addNotes(notes);
}
