import { strFromU8, strToU8 } from 'fflate';
import type { PlannedPage, ShapeRef } from './page-types';
import { EDGES_PLACEHOLDER } from './pptx-page';
import type { Point } from './scene-types';
import { escapeXml } from './xml-text';

/*
 * pptxgenjs has no groups and no connectors, and its [Content_Types].xml names a slide
 * master per slide although it writes one. This step edits the written package: each card's
 * pieces become one group named after the node, tree edges become connector shapes glued to
 * the cards (stCxn/endCxn), and overrides naming missing parts are dropped.
 */

const EMU = 12700; // per pt

type Files = Record<string, Uint8Array>;
type Element = { start: number; end: number; id: number; name: string; xml: string };

/** The top-level shapes of a slide's spTree, in order (pptxgenjs never nests them). */
function shapes(xml: string): Element[] {
  const out: Element[] = [];
  const re = /<p:(sp|cxnSp|pic)>[\s\S]*?<\/p:\1>/g;
  for (const m of xml.matchAll(re)) {
    const head = /<p:cNvPr id="(\d+)" name="([^"]*)"/.exec(m[0]);
    if (!head) continue;
    out.push({ start: m.index, end: m.index + m[0].length, id: Number(head[1]), name: head[2]!, xml: m[0] });
  }
  return out;
}

const emu = (pt: number) => Math.round(pt * EMU);

/** roundRect connection sites: 0 top, 1 left, 2 bottom, 3 right. */
function site(p: Point, b: { x: number; y: number; width: number; height: number }): number {
  const d = [
    Math.abs(p.y - b.y),
    Math.abs(p.x - b.x),
    Math.abs(p.y - (b.y + b.height)),
    Math.abs(p.x - (b.x + b.width)),
  ];
  return d.indexOf(Math.min(...d));
}

function connector(
  id: number,
  name: string,
  points: Point[],
  color: string,
  width: number,
  st: string,
  end: string,
): string {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  const w = Math.max(1, emu(Math.max(...xs) - left));
  const h = Math.max(1, emu(Math.max(...ys) - top));
  const pt = (p: Point) => `<a:pt x="${emu(p.x - left)}" y="${emu(p.y - top)}"/>`;
  const path = points
    .map((p, i) => (i === 0 ? `<a:moveTo>${pt(p)}</a:moveTo>` : `<a:lnTo>${pt(p)}</a:lnTo>`))
    .join('');
  return (
    `<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="${id}" name="${escapeXml(name)}"/><p:cNvCxnSpPr>${st}${end}</p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr>` +
    `<p:spPr><a:xfrm><a:off x="${emu(left)}" y="${emu(top)}"/><a:ext cx="${w}" cy="${h}"/></a:xfrm>` +
    `<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/>` +
    `<a:pathLst><a:path w="${w}" h="${h}" fill="none">${path}</a:path></a:pathLst></a:custGeom>` +
    `<a:noFill/><a:ln w="${emu(width)}"><a:solidFill><a:srgbClr val="${color.replace('#', '').toUpperCase()}"/></a:solidFill><a:round/></a:ln></p:spPr></p:cxnSp>`
  );
}

function bounds(els: Element[]): { x: number; y: number; cx: number; cy: number } {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const el of els) {
    const off = /<a:off x="(-?\d+)" y="(-?\d+)"\/>/.exec(el.xml);
    const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(el.xml);
    if (!off || !ext) continue;
    const x = Number(off[1]);
    const y = Number(off[2]);
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x + Number(ext[1]));
    y1 = Math.max(y1, y + Number(ext[2]));
  }
  return { x: x0, y: y0, cx: x1 - x0, cy: y1 - y0 };
}

/** Rewrites one slide: connectors in place of the placeholder, cards grouped. */
export function finishSlide(xml: string, page: PlannedPage, titles: Map<string, string>): string {
  const els = shapes(xml);
  let nextId = Math.max(1, ...els.map((e) => e.id)) + 1;
  const idOf = new Map(els.map((e) => [e.name, e.id]));
  // Cards are named node:<id> (escaped); they come in the order of scene.nodes.
  const cardEls = els.filter((e) => e.name.startsWith('node:'));
  cardEls.forEach((e, n) => idOf.set(`card:${n}`, e.id));
  const refName = (r: ShapeRef) =>
    r.kind === 'card' ? `card:${r.index}` : `marker:${page.markers[r.index]?.kind ?? ''}:${r.index}`;
  const refBox = (r: ShapeRef) =>
    r.kind === 'card' ? page.scene.nodes[r.index] : page.markers[r.index]?.box;
  const edges = page.scene.edges
    .map((e, i) => {
      const ends = page.treeEdges[i];
      const from = ends && idOf.get(refName(ends.from));
      const to = ends && idOf.get(refName(ends.to));
      const fromBox = ends && refBox(ends.from);
      const toBox = ends && refBox(ends.to);
      const st = from && fromBox ? `<a:stCxn id="${from}" idx="${site(e.points[0]!, fromBox)}"/>` : '';
      const end =
        to && toBox ? `<a:endCxn id="${to}" idx="${site(e.points[e.points.length - 1]!, toBox)}"/>` : '';
      const name = ends
        ? `${titles.get(ends.parentId) ?? ''} → ${titles.get(ends.childId) ?? ''}`
        : 'connector';
      return connector(nextId++, name, e.points, e.color, e.width, st, end);
    })
    .join('');

  // Replace from the end so earlier offsets stay valid.
  const edits: { start: number; end: number; xml: string }[] = [];
  const placeholder = els.find((e) => e.name === EDGES_PLACEHOLDER);
  if (placeholder) edits.push({ start: placeholder.start, end: placeholder.end, xml: edges });
  page.scene.nodes.forEach((node, n) => {
    const mine = els.filter(
      (e) => e === cardEls[n] || e.name === `accent:${n}` || e.name.startsWith(`chip:${n}:`),
    );
    if (mine.length === 0) return;
    const b = bounds(mine);
    const first = mine[0]!;
    const last = mine[mine.length - 1]!;
    const children = xml.slice(first.start, last.end);
    const name = escapeXml(titles.get(node.id) ?? node.id);
    const xfrm = `<a:xfrm><a:off x="${b.x}" y="${b.y}"/><a:ext cx="${b.cx}" cy="${b.cy}"/><a:chOff x="${b.x}" y="${b.y}"/><a:chExt cx="${b.cx}" cy="${b.cy}"/></a:xfrm>`;
    edits.push({
      start: first.start,
      end: last.end,
      xml: `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="${nextId++}" name="${name}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr>${xfrm}</p:grpSpPr>${children}</p:grpSp>`,
    });
  });
  edits.sort((a, b) => b.start - a.start);
  let out = xml;
  for (const e of edits) out = out.slice(0, e.start) + e.xml + out.slice(e.end);
  return out;
}

/** Drops [Content_Types].xml overrides whose part is not in the package. */
export function fixContentTypes(files: Files): void {
  const key = '[Content_Types].xml';
  const types = files[key];
  if (!types) return;
  const xml = strFromU8(types).replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (whole, part: string) =>
    files[part] ? whole : '',
  );
  files[key] = strToU8(xml);
}

/** Every problem with the package: overrides naming missing parts, relationships pointing nowhere. */
export function packageProblems(files: Files): string[] {
  const problems: string[] = [];
  const types = files['[Content_Types].xml'];
  if (!types) return ['no [Content_Types].xml'];
  for (const m of strFromU8(types).matchAll(/<Override PartName="\/([^"]+)"/g))
    if (!files[m[1]!]) problems.push(`override names missing part ${m[1]}`);
  for (const [name, data] of Object.entries(files)) {
    if (!name.endsWith('.rels')) continue;
    const dir = name.replace(/_rels\/[^/]*\.rels$/, '');
    for (const m of strFromU8(data).matchAll(/<Relationship [^>]*>/g)) {
      const tag = m[0];
      if (/TargetMode="External"/.test(tag)) continue;
      const target = /Target="([^"]+)"/.exec(tag)?.[1];
      if (!target) continue;
      const resolved = resolve(target.startsWith('/') ? target.slice(1) : dir + target);
      if (!files[resolved]) problems.push(`${name} points at missing ${resolved}`);
    }
  }
  return problems;
}

function resolve(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') out.pop();
    else if (part && part !== '.') out.push(part);
  }
  return out.join('/');
}
