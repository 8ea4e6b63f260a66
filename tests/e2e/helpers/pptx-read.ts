import { strFromU8, unzipSync } from 'fflate';

export type PptxFacts = {
  slides: number;
  /** `node:<id>` shape names and how often each occurs over all slides. */
  nodes: Map<string, number>;
  /** Straight line shapes (tree connectors are drawn as segments). */
  lines: number;
  /** Every run of text on the slides. */
  texts: string[];
};

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Opens a PPTX as the zip it is and reads the slide XML. */
export function readPptx(bytes: Buffer): PptxFacts {
  const zip = unzipSync(new Uint8Array(bytes));
  const paths = Object.keys(zip).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p));
  const nodes = new Map<string, number>();
  const texts: string[] = [];
  let lines = 0;
  for (const path of paths) {
    const xml = strFromU8(zip[path]!);
    for (const m of xml.matchAll(/name="node:([^"]+)"/g)) nodes.set(m[1]!, (nodes.get(m[1]!) ?? 0) + 1);
    for (const m of xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)) texts.push(unescape(m[1]!));
    lines += xml.match(/<a:prstGeom prst="line"/g)?.length ?? 0;
  }
  return { slides: paths.length, nodes, lines, texts };
}
