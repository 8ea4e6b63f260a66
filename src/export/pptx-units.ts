import type PptxGenJS from 'pptxgenjs';
import { fitToSlide } from './pptx-plan';
import type { ExportScene, SceneRect, TextBlock } from './scene-types';
import { stripXmlInvalid } from './xml-text';

/** Office ships Microsoft YaHei on Windows and macOS; it has Latin glyphs too. */
export const PPTX_FONT = 'Microsoft YaHei';
const PT_PER_IN = 72;

export type Margin = [number, number, number, number];

/** Scene px → slide inches / points, for one scene fitted and centred on a slide. */
export type SlideUnits = {
  X: (px: number) => number;
  Y: (px: number) => number;
  L: (px: number) => number;
  box: (r: SceneRect) => { x: number; y: number; w: number; h: number };
  pt: (px: number) => number;
  lineWidth: (px: number) => number;
  /** pptxgenjs margins are points in the order left, right, bottom, top. */
  margin: (left: number, right: number, bottom: number, top: number) => Margin;
  lang: string;
};

export function slideUnits(scene: ExportScene, lang: string): SlideUnits {
  const { scale, offsetX, offsetY } = fitToSlide(scene);
  const L = (px: number) => px * scale;
  const X = (px: number) => offsetX + L(px);
  const Y = (px: number) => offsetY + L(px);
  return {
    X,
    Y,
    L,
    box: (r) => ({ x: X(r.x), y: Y(r.y), w: L(r.width), h: L(r.height) }),
    pt: (px) => Math.max(1, Math.round(L(px) * PT_PER_IN * 10) / 10),
    // Hairlines vanish when projected; never thinner than half a point.
    lineWidth: (px) => Math.max(0.5, L(px) * PT_PER_IN),
    margin: (...sides) => sides.map((v) => L(v) * PT_PER_IN) as Margin,
    lang,
  };
}

export const hex = (color: string) => color.replace('#', '').toUpperCase();
export const clean = (text: string) => stripXmlInvalid(text);

/** One paragraph per scene line, so the slide wraps exactly where the picture does. */
export function textRuns(blocks: (TextBlock | undefined)[], u: SlideUnits): PptxGenJS.TextProps[] {
  const out: PptxGenJS.TextProps[] = [];
  for (const block of blocks) {
    if (!block) continue;
    const options = {
      fontSize: u.pt(block.size),
      bold: block.weight >= 600,
      color: hex(block.color),
      breakLine: true,
      lang: u.lang,
    };
    for (const line of block.lines) out.push({ text: clean(line.text), options });
  }
  return out;
}
