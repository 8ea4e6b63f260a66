import type PptxGenJS from 'pptxgenjs';
import { fitToSlide } from './pptx-plan';
import type { ExportScene, Point, SceneLink, SceneNode, TextBlock } from './scene-types';
import { stripXmlInvalid } from './xml-text';

type Slide = PptxGenJS.Slide;
type TextRun = PptxGenJS.TextProps;

/** Office ships Microsoft YaHei on Windows and macOS; it has Latin glyphs too. */
export const PPTX_FONT = 'Microsoft YaHei';
const PT_PER_IN = 72;

const hex = (color: string) => color.replace('#', '').toUpperCase();
const clean = (text: string) => stripXmlInvalid(text);

/** Draws one export scene on a slide as native shapes, scaled to fit and centred. `lang` tags the text for proofing and font choice. */
export function drawSceneOnSlide(slide: Slide, scene: ExportScene, lang: string): void {
  const fit = fitToSlide(scene);
  const X = (px: number) => fit.offsetX + px * fit.scale;
  const Y = (px: number) => fit.offsetY + px * fit.scale;
  const L = (px: number) => px * fit.scale;
  const pt = (px: number) => Math.max(1, Math.round(px * fit.scale * PT_PER_IN * 10) / 10);
  const lineWidth = (px: number) => Math.max(0.5, px * fit.scale * PT_PER_IN);
  const margin = (left: number, right: number, bottom: number, top: number) =>
    [left, right, bottom, top].map((v) => v * fit.scale * PT_PER_IN) as [number, number, number, number];
  const runs = (blocks: (TextBlock | undefined)[]): TextRun[] => {
    const out: TextRun[] = [];
    for (const block of blocks) {
      for (const line of block?.lines ?? []) {
        const options = { fontSize: pt(block!.size), bold: block!.weight >= 600, color: hex(block!.color), breakLine: true, lang };
        out.push({ text: clean(line.text), options });
      }
    }
    return out;
  };

  if (scene.background) slide.background = { color: hex(scene.background) };
  if (scene.title) {
    const t = scene.title;
    slide.addText(clean(t.text), {
      x: X(t.x), y: Y(t.y - t.size), w: L(scene.width - 2 * t.x), h: L(t.size * 1.4),
      fontFace: PPTX_FONT, lang, fontSize: pt(t.size), bold: true, color: hex(t.color), margin: 0, valign: 'top', objectName: 'title',
    });
  }
  for (const r of scene.regions) {
    slide.addText(runs([r.label]), {
      shape: 'roundRect', x: X(r.x), y: Y(r.y), w: L(r.width), h: L(r.height), rectRadius: L(r.radius),
      fill: { color: hex(r.fill), transparency: Math.round((1 - r.fillOpacity) * 100) },
      line: { color: hex(r.stroke), width: lineWidth(1) },
      fontFace: PPTX_FONT, lang, valign: 'top', align: 'left', margin: margin(16, 16, 0, 6), objectName: `region:${r.nodeId}`,
    });
  }
  for (const e of scene.edges) {
    for (let i = 1; i < e.points.length; i++) segment(e.points[i - 1]!, e.points[i]!, e.color, lineWidth(e.width));
  }
  for (const l of scene.links) link(l);
  for (const node of scene.nodes) card(node);
  for (const l of scene.links) {
    if (!l.label) continue;
    const b = l.label.box;
    slide.addText(runs([l.label.text]), {
      shape: 'roundRect', x: X(b.x), y: Y(b.y), w: L(b.width), h: L(b.height), rectRadius: L(4),
      fill: { color: hex(b.fill) }, fontFace: PPTX_FONT, lang, align: 'center', valign: 'middle', margin: 0,
    });
  }
  for (const item of scene.legend?.items ?? []) {
    const s = item.swatch;
    slide.addShape('rect', { x: X(s.x), y: Y(s.y), w: L(s.width), h: L(s.height), fill: { color: hex(s.fill) }, line: { color: hex(s.stroke), width: lineWidth(1) } });
    const line = item.label.lines[0];
    if (!line) continue;
    slide.addText(runs([item.label]), {
      x: X(line.x), y: Y(line.y - item.label.size), w: L(scene.width - line.x), h: L(item.label.size * 1.4),
      fontFace: PPTX_FONT, lang, margin: 0, valign: 'top', wrap: false,
    });
  }

  function segment(a: Point, b: Point, color: string, width: number) {
    slide.addShape('line', {
      x: X(Math.min(a.x, b.x)), y: Y(Math.min(a.y, b.y)), w: L(Math.abs(b.x - a.x)), h: L(Math.abs(b.y - a.y)),
      flipH: (b.x < a.x) !== (b.y < a.y) && a.x !== b.x && a.y !== b.y,
      line: { color: hex(color), width },
    });
  }

  function link(l: SceneLink) {
    const pts = [l.from, l.to, ...(l.control ? [l.control] : [])];
    const left = Math.min(...pts.map((p) => p.x));
    const top = Math.min(...pts.map((p) => p.y));
    const w = Math.max(...pts.map((p) => p.x)) - left;
    const h = Math.max(...pts.map((p) => p.y)) - top;
    const line = { color: hex(l.color), width: lineWidth(l.width), dashType: 'dash' as const };
    // A custom path needs a box with area; a flat curve is drawn as a straight line.
    if (!l.control || w < 1 || h < 1) {
      slide.addShape('line', {
        x: X(Math.min(l.from.x, l.to.x)), y: Y(Math.min(l.from.y, l.to.y)),
        w: L(Math.abs(l.to.x - l.from.x)), h: L(Math.abs(l.to.y - l.from.y)),
        flipH: (l.to.x < l.from.x) !== (l.to.y < l.from.y), line,
      });
      return;
    }
    const local = (p: Point) => ({ x: L(p.x - left), y: L(p.y - top) });
    // The runtime supports custom geometry; the type list of preset shapes just omits it.
    slide.addShape('custGeom' as PptxGenJS.SHAPE_NAME, {
      x: X(left), y: Y(top), w: L(w), h: L(h), line,
      points: [local(l.from), { ...local(l.to), curve: { type: 'quadratic', x1: local(l.control).x, y1: local(l.control).y } }],
    });
  }

  function card(node: SceneNode) {
    const first = node.title.lines[0];
    const padLeft = first ? first.x - node.x : 12;
    slide.addText(runs([node.title, node.subtitle, node.goal]), {
      shape: 'roundRect', x: X(node.x), y: Y(node.y), w: L(node.width), h: L(node.height), rectRadius: L(node.radius),
      fill: { color: hex(node.fill) }, line: { color: hex(node.stroke), width: lineWidth(1) },
      fontFace: PPTX_FONT, lang, valign: 'top', align: 'left', margin: margin(padLeft, padLeft, 8, node.accentHeight + 6),
      objectName: `node:${node.id}`,
    });
    slide.addShape('round2SameRect', {
      x: X(node.x + node.radius / 3), y: Y(node.y), w: L(node.width - (2 * node.radius) / 3), h: L(node.accentHeight),
      fill: { color: hex(node.accent) }, line: { color: hex(node.accent), width: 0 },
    });
    for (const chip of node.chips) {
      slide.addText(clean(chip.text), {
        shape: 'roundRect', x: X(chip.x), y: Y(chip.y), w: L(chip.width), h: L(chip.height), rectRadius: L(chip.radius),
        fill: { color: hex(chip.fill) }, ...(chip.stroke ? { line: { color: hex(chip.stroke), width: lineWidth(1) } } : {}),
        fontFace: PPTX_FONT, lang, fontSize: pt(chip.size), color: hex(chip.color), align: 'center', valign: 'middle', margin: 0,
      });
    }
  }
}
