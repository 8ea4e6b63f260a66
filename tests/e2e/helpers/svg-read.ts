import type { Page } from '@playwright/test';

export type Box = { x: number; y: number; width: number; height: number };

export type SvgFacts = {
  parseError: string | null;
  rootName: string;
  width: number;
  height: number;
  foreignObjects: number;
  /** script and style elements, style and on* attributes: none belong in a file for slides. */
  active: string[];
  /** href/xlink:href/url(...) references: a self-contained file has none. */
  externalRefs: string[];
  texts: string[];
  /** Card boxes: a card is a rect directly followed by its accent band (a path with a fill and no stroke). */
  cards: (Box & { accent: string })[];
  /** Tree connectors as polylines (paths drawn with stroke-linejoin="round"). */
  edges: { points: { x: number; y: number }[]; color: string; width: number }[];
};

/** Parses the SVG with the browser's XML parser, so well-formedness is judged by a real one. */
export function readSvg(page: Page, svg: string): Promise<SvgFacts> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    const num = (el: Element, name: string) => Number(el.getAttribute(name));
    const refs: string[] = [];
    const active: string[] = Array.from(doc.querySelectorAll('script, style')).map((el) => el.localName);
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (attr.localName === 'href' || /url\(/.test(attr.value)) refs.push(`${el.localName} ${attr.name}`);
        if (attr.name === 'style' || attr.name.startsWith('on')) active.push(`${el.localName} ${attr.name}`);
      }
    }
    const cards = Array.from(doc.querySelectorAll('rect'))
      .filter((rect) => {
        const next = rect.nextElementSibling;
        return next?.localName === 'path' && next.hasAttribute('fill') && !next.hasAttribute('stroke');
      })
      .map((rect) => ({
        x: num(rect, 'x'),
        y: num(rect, 'y'),
        width: num(rect, 'width'),
        height: num(rect, 'height'),
        accent: rect.nextElementSibling!.getAttribute('fill') ?? '',
      }));
    const edges = Array.from(doc.querySelectorAll('path[stroke-linejoin="round"]')).map((path) => ({
      points: (path.getAttribute('d') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((part) => {
          const [x, y] = part.slice(1).split(',').map(Number);
          return { x: x!, y: y! };
        }),
      color: path.getAttribute('stroke') ?? '',
      width: num(path, 'stroke-width'),
    }));
    const root = doc.documentElement;
    return {
      parseError: error ? (error.textContent ?? 'parsererror') : null,
      rootName: root.localName,
      width: num(root, 'width'),
      height: num(root, 'height'),
      foreignObjects: doc.getElementsByTagNameNS('*', 'foreignObject').length,
      active,
      externalRefs: refs,
      texts: Array.from(doc.querySelectorAll('text')).map((t) => t.textContent ?? ''),
      cards,
      edges,
    };
  }, svg);
}
