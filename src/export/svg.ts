import type { ExportScene, Point, SceneLink, SceneNode, SceneRect, TextBlock } from './scene-types';
import { svgChartMetadata } from './svg-metadata';
import { EXPORT_FONT_FAMILY } from './text-measure';
import { escapeXml } from './xml-text';

const n = (value: number) => (Math.round(value * 100) / 100).toString();

export function svgRect(r: SceneRect, radius: number, attrs: string): string {
  return `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.width)}" height="${n(r.height)}" rx="${n(radius)}" ry="${n(radius)}" ${attrs}/>`;
}

export function svgText(block: TextBlock | undefined): string {
  if (!block) return '';
  const style = `font-size="${n(block.size)}" font-weight="${block.weight}" fill="${block.color}" text-anchor="${block.anchor}"`;
  return block.lines
    .map(
      (line) =>
        `<text x="${n(line.x)}" y="${n(line.y)}" ${style} xml:space="preserve">${escapeXml(line.text)}</text>`,
    )
    .join('');
}

/** The top band of a rounded card: follows the corner arcs so it never pokes outside the border. */
export function accentPath(node: SceneNode): string {
  const { x, y, width: w, radius: r } = node;
  const h = Math.min(node.accentHeight, r);
  const inset = r - Math.sqrt(r * r - (r - h) * (r - h));
  return `M${n(x + inset)},${n(y + h)} A${n(r)},${n(r)} 0 0 1 ${n(x + r)},${n(y)} H${n(x + w - r)} A${n(r)},${n(r)} 0 0 1 ${n(x + w - inset)},${n(y + h)} Z`;
}

function polyline(points: Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x)},${n(p.y)}`).join(' ');
}

function link(l: SceneLink): string {
  const d = l.control
    ? `M${n(l.from.x)},${n(l.from.y)} Q${n(l.control.x)},${n(l.control.y)} ${n(l.to.x)},${n(l.to.y)}`
    : `M${n(l.from.x)},${n(l.from.y)} L${n(l.to.x)},${n(l.to.y)}`;
  return `<path d="${d}" fill="none" stroke="${l.color}" stroke-width="${n(l.width)}" stroke-dasharray="${l.dash.join(' ')}"/>`;
}

/** Link labels go over the cards, so a short link between neighbours still shows its label. */
function linkLabel(l: SceneLink): string {
  return l.label ? svgRect(l.label.box, 4, `fill="${l.label.box.fill}"`) + svgText(l.label.text) : '';
}

function node(nd: SceneNode): string {
  return [
    svgRect(nd, nd.radius, `fill="${nd.fill}" stroke="${nd.stroke}" stroke-width="1"`),
    `<path d="${accentPath(nd)}" fill="${nd.accent}"/>`,
    svgText(nd.title),
    svgText(nd.subtitle),
    svgText(nd.goal),
    ...nd.chips.map(
      (c) =>
        svgRect(c, c.radius, `fill="${c.fill}"${c.stroke ? ` stroke="${c.stroke}" stroke-width="1"` : ''}`) +
        `<text x="${n(c.x + c.width / 2)}" y="${n(c.y + c.height / 2 + c.size * 0.35)}" font-size="${n(c.size)}" font-weight="400" fill="${c.color}" text-anchor="middle">${escapeXml(c.text)}</text>`,
    ),
  ].join('');
}

export type SvgOptions = {
  /** The document's <title>: what screen readers, file browsers and slide tools name it by. */
  title?: string;
  /** The chart JSON to carry as metadata so the file imports back; absent = nothing travels. */
  chartJson?: string | null;
};

/** The scene's shapes and text, back to front, in the font family group every format shares. */
export function sceneElements(scene: ExportScene): string[] {
  const { width, height } = scene;
  const out: string[] = [`<g font-family="${escapeXml(EXPORT_FONT_FAMILY)}">`];
  if (scene.background)
    out.push(`<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="${scene.background}"/>`);
  if (scene.title) {
    const t = scene.title;
    out.push(
      `<text x="${n(t.x)}" y="${n(t.y)}" font-size="${n(t.size)}" font-weight="${t.weight}" fill="${t.color}">${escapeXml(t.text)}</text>`,
    );
  }
  for (const r of scene.regions) {
    out.push(
      svgRect(
        r,
        r.radius,
        `fill="${r.fill}" fill-opacity="${n(r.fillOpacity)}" stroke="${r.stroke}" stroke-width="1"`,
      ),
    );
  }
  for (const e of scene.edges) {
    out.push(
      `<path d="${polyline(e.points)}" fill="none" stroke="${e.color}" stroke-width="${n(e.width)}" stroke-linejoin="round"/>`,
    );
  }
  for (const l of scene.links) out.push(link(l));
  for (const r of scene.regions) {
    if (r.labelBox) out.push(svgRect(r.labelBox, r.labelBox.radius, `fill="${r.labelBox.fill}"`));
    out.push(svgText(r.label));
  }
  for (const nd of scene.nodes) out.push(node(nd));
  for (const l of scene.links) out.push(linkLabel(l));
  if (scene.legend) {
    for (const item of scene.legend.items) {
      out.push(
        svgRect(item.swatch, 3, `fill="${item.swatch.fill}" stroke="${item.swatch.stroke}" stroke-width="1"`),
      );
      out.push(svgText(item.label));
    }
  }
  out.push('</g>');
  return out;
}

/** The opening <svg> tag sized to `width` × `height` user units (px for charts, pt for pages). */
export function svgOpen(width: number, height: number, unit = ''): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${n(width)}${unit}" height="${n(height)}${unit}" viewBox="0 0 ${n(width)} ${n(height)}">`;
}

/** A standalone SVG document: shapes and text only, presentation attributes, no CSS or external references. */
export function sceneToSvg(scene: ExportScene, options: SvgOptions = {}): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', svgOpen(scene.width, scene.height)];
  const title = options.title ?? scene.title?.text;
  if (title) out.push(`<title>${escapeXml(title)}</title>`);
  if (options.chartJson) out.push(svgChartMetadata(options.chartJson));
  out.push(...sceneElements(scene), '</svg>');
  return out.join('\n');
}
