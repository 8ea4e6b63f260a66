import { zlibSync } from 'fflate';
import { fromBase64Url, toBase64Url } from './base64url';
import { inflateCapped } from './inflate-capped';

/*
 * An OpsChart SVG carries its chart document the way draw.io and Excalidraw do: as data inside
 * the file that every viewer ignores. It sits in <metadata> as one element in our own namespace
 * (a URN, so nothing looks like a reference to fetch), zlib-compressed and base64url-encoded,
 * which keeps it small and leaves no character that needs XML escaping.
 */
export const SVG_CHART_NS = 'urn:opschart:chart';
const OPEN = `<opschart:chart xmlns:opschart="${SVG_CHART_NS}" version="1" encoding="zlib-base64url">`;
const CLOSE = '</opschart:chart>';
const FIND = /<opschart:chart\b[^>]*>([A-Za-z0-9_\-\s]*)<\/opschart:chart>/;
/** Same cap as a chart file: the embedded text must not be able to exhaust memory. */
const MAX_TEXT_BYTES = 20 * 1024 * 1024;

/** The <metadata> element holding `chartJson`, to be placed inside the <svg> root. */
export function svgChartMetadata(chartJson: string): string {
  const packed = toBase64Url(zlibSync(new TextEncoder().encode(chartJson), { level: 9 }));
  // Lines of 76 characters, so editors and diff tools cope with a long payload.
  const lines = packed.match(/.{1,76}/g) ?? [];
  return `<metadata>${OPEN}\n${lines.join('\n')}\n${CLOSE}</metadata>`;
}

/** True when `text` is an SVG document (possibly after an XML declaration, comments or a doctype). */
export function looksLikeSvg(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  return /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(head);
}

/** The chart JSON embedded by `svgChartMetadata`, or null; never throws on garbage. */
export function extractChartFromSvg(svg: string): string | null {
  const match = FIND.exec(svg);
  if (!match) return null;
  const bytes = fromBase64Url(match[1]!.replace(/\s+/g, ''));
  if (!bytes || bytes.length === 0) return null;
  const inflated = inflateCapped(bytes, MAX_TEXT_BYTES, 'zlib');
  if (!inflated.ok) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return null;
  }
}
