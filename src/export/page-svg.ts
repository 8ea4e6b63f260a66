import type { PageMarker, PlannedPage } from './page-types';
import { sceneElements, svgOpen, svgRect, svgText } from './svg';
import { escapeXml } from './xml-text';

/** The fragment id of a page in a print view or multi-page document (1-based, as people count). */
export const pageAnchor = (index: number) => `page-${index + 1}`;

function markerMarkup(m: PageMarker): string {
  return (
    svgRect(m.box, m.radius, `fill="${m.fill}" stroke="${m.stroke}" stroke-width="0.75"`) +
    m.labels.map(svgText).join('')
  );
}

export type PageSvgOptions = {
  /** Markers become links to `#page-N` (a print view, where every page is in one document). */
  links?: boolean;
};

/**
 * One planned page as an SVG element sized in pt, drawn 1:1 from the page's scene, with its
 * "→ p. N" markers on top. Markers are drawn here because the planner keeps them out of the scene.
 */
export function pageToSvg(page: PlannedPage, options: PageSvgOptions = {}): string {
  const { width, height } = page.scene;
  const out = [svgOpen(width, height, 'pt'), `<title>${escapeXml(page.title)}</title>`];
  out.push(...sceneElements(page.scene));
  for (const m of page.markers) {
    const body = markerMarkup(m);
    out.push(options.links ? `<a href="#${pageAnchor(m.targetPage)}">${body}</a>` : body);
  }
  out.push('</svg>');
  return out.join('\n');
}
