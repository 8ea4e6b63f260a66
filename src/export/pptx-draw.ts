import type PptxGenJS from 'pptxgenjs';
import { addCard, addLink, addSegment } from './pptx-shapes';
import { PPTX_FONT, clean, hex, slideUnits, textRuns } from './pptx-units';
import type { ExportScene } from './scene-types';

/**
 * Draws one export scene on a slide as native shapes, scaled to fit and centred, in the
 * same order as the SVG: regions, connectors, links, cards, link labels, legend.
 * `lang` tags the text for proofing and font choice.
 */
export function drawSceneOnSlide(slide: PptxGenJS.Slide, scene: ExportScene, lang: string): void {
  const u = slideUnits(scene, lang);
  const font = { fontFace: PPTX_FONT, lang };
  if (scene.background) slide.background = { color: hex(scene.background) };
  if (scene.title) {
    const t = scene.title;
    slide.addText(clean(t.text), {
      ...u.box({ x: t.x, y: t.y - t.size, width: scene.width - 2 * t.x, height: t.size * 1.4 }),
      ...font,
      fontSize: u.pt(t.size),
      bold: true,
      color: hex(t.color),
      margin: 0,
      valign: 'top',
      objectName: 'title',
    });
  }
  for (const r of scene.regions) {
    slide.addText(textRuns([r.label], u), {
      shape: 'roundRect',
      ...u.box(r),
      rectRadius: u.L(r.radius),
      fill: { color: hex(r.fill), transparency: Math.round((1 - r.fillOpacity) * 100) },
      line: { color: hex(r.stroke), width: u.lineWidth(1) },
      ...font,
      valign: 'top',
      align: 'left',
      margin: u.margin(16, 16, 0, 6),
      objectName: `region:${r.nodeId}`,
    });
  }
  for (const e of scene.edges) {
    const line = { color: hex(e.color), width: u.lineWidth(e.width) };
    for (let i = 1; i < e.points.length; i++) addSegment(slide, u, e.points[i - 1]!, e.points[i]!, line);
  }
  for (const l of scene.links) addLink(slide, u, l);
  for (const node of scene.nodes) addCard(slide, u, node);
  for (const l of scene.links) {
    if (!l.label) continue;
    slide.addText(textRuns([l.label.text], u), {
      shape: 'roundRect',
      ...u.box(l.label.box),
      rectRadius: u.L(4),
      fill: { color: hex(l.label.box.fill) },
      ...font,
      align: 'center',
      valign: 'middle',
      margin: 0,
    });
  }
  for (const item of scene.legend?.items ?? []) {
    const s = item.swatch;
    slide.addShape('rect', {
      ...u.box(s),
      fill: { color: hex(s.fill) },
      line: { color: hex(s.stroke), width: u.lineWidth(1) },
    });
    const line = item.label.lines[0];
    if (!line) continue;
    const size = item.label.size;
    slide.addText(textRuns([item.label], u), {
      ...u.box({ x: line.x, y: line.y - size, width: scene.width - line.x, height: size * 1.4 }),
      ...font,
      margin: 0,
      valign: 'top',
      wrap: false,
    });
  }
}
