import type PptxGenJS from 'pptxgenjs';
import { PPTX_FONT, clean, hex, textRuns, type SlideUnits } from './pptx-units';
import type { Point, SceneLink, SceneNode } from './scene-types';

type Slide = PptxGenJS.Slide;

/** One straight connector piece; a line shape is a box, flipped when it runs against the box diagonal. */
export function addSegment(
  slide: Slide,
  u: SlideUnits,
  a: Point,
  b: Point,
  line: PptxGenJS.ShapeLineProps,
): void {
  slide.addShape('line', {
    x: u.X(Math.min(a.x, b.x)),
    y: u.Y(Math.min(a.y, b.y)),
    w: u.L(Math.abs(b.x - a.x)),
    h: u.L(Math.abs(b.y - a.y)),
    flipH: a.x !== b.x && a.y !== b.y && b.x < a.x !== b.y < a.y,
    line,
  });
}

export function addLink(slide: Slide, u: SlideUnits, l: SceneLink): void {
  const line = { color: hex(l.color), width: u.lineWidth(l.width), dashType: 'dash' as const };
  const pts = [l.from, l.to, ...(l.control ? [l.control] : [])];
  const left = Math.min(...pts.map((p) => p.x));
  const top = Math.min(...pts.map((p) => p.y));
  const w = Math.max(...pts.map((p) => p.x)) - left;
  const h = Math.max(...pts.map((p) => p.y)) - top;
  // A custom path needs a box with area; a flat curve is drawn as a straight line.
  if (!l.control || w < 1 || h < 1) {
    addSegment(slide, u, l.from, l.to, line);
    return;
  }
  const local = (p: Point) => ({ x: u.L(p.x - left), y: u.L(p.y - top) });
  const control = local(l.control);
  // The runtime supports custom geometry; the type list of preset shapes just omits it.
  slide.addShape('custGeom' as PptxGenJS.SHAPE_NAME, {
    x: u.X(left),
    y: u.Y(top),
    w: u.L(w),
    h: u.L(h),
    line,
    points: [local(l.from), { ...local(l.to), curve: { type: 'quadratic', x1: control.x, y1: control.y } }],
  });
}

/** A card is one editable rounded rectangle holding its text, named `node:<id>`, plus its accent bar and chips. */
export function addCard(slide: Slide, u: SlideUnits, node: SceneNode): void {
  const padLeft = (node.title.lines[0]?.x ?? node.x + 12) - node.x;
  slide.addText(textRuns([node.title, node.subtitle, node.goal], u), {
    shape: 'roundRect',
    ...u.box(node),
    rectRadius: u.L(node.radius),
    fill: { color: hex(node.fill) },
    line: { color: hex(node.stroke), width: u.lineWidth(1) },
    fontFace: PPTX_FONT,
    lang: u.lang,
    valign: 'top',
    align: 'left',
    margin: u.margin(padLeft, padLeft, 8, node.accentHeight + 6),
    objectName: `node:${node.id}`,
  });
  // Inset by a third of the corner radius so the bar stays inside the rounded corners.
  const inset = node.radius / 3;
  slide.addShape('round2SameRect', {
    ...u.box({ x: node.x + inset, y: node.y, width: node.width - 2 * inset, height: node.accentHeight }),
    fill: { color: hex(node.accent) },
    line: { color: hex(node.accent), width: 0 },
  });
  for (const chip of node.chips) {
    slide.addText(clean(chip.text), {
      shape: 'roundRect',
      ...u.box(chip),
      rectRadius: u.L(chip.radius),
      fill: { color: hex(chip.fill) },
      ...(chip.stroke ? { line: { color: hex(chip.stroke), width: u.lineWidth(1) } } : {}),
      fontFace: PPTX_FONT,
      lang: u.lang,
      fontSize: u.pt(chip.size),
      color: hex(chip.color),
      align: 'center',
      valign: 'middle',
      margin: 0,
      // A chip is one short line; a renderer with wider glyphs must not break "+14" in two.
      wrap: false,
    });
  }
}
