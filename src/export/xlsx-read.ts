import { strFromU8, unzipSync } from 'fflate';

export type XlsxSheet = { name: string; rows: string[][] };
export type XlsxRead = { ok: true; sheets: XlsxSheet[] } | { ok: false; reason: 'not-xlsx' | 'too-large' };

/** Unpacked XML a workbook may hold; well beyond a 20,000-row sheet, far below what would freeze a tab. */
const MAX_UNPACKED = 200 * 1024 * 1024;
const PREFIX = '(?:[A-Za-z_][\\w.-]*:)?';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text to a string: entities, then OOXML's _xHHHH_ escapes (Excel writes _x000D_ for a CR). */
function xmlText(raw: string): string {
  if (!raw.includes('&') && !raw.includes('_x')) return raw;
  return raw
    .replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
      if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name] ?? whole;
    })
    .replace(/_x([0-9a-fA-F]{4})_/g, (_w, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const tag = (name: string, flags = 'g') =>
  new RegExp(`<${PREFIX}${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${PREFIX}${name}>)`, flags);

const attrPatterns = new Map<string, RegExp>();

function attr(attrs: string, name: string): string | undefined {
  let pattern = attrPatterns.get(name);
  if (!pattern) attrPatterns.set(name, (pattern = new RegExp(`(?:^|\\s)${PREFIX}${name}="([^"]*)"`)));
  const match = pattern.exec(attrs);
  return match ? xmlText(match[1]!) : undefined;
}

// Compiled once: a 20,000-row sheet has hundreds of thousands of cells.
const ROW = tag('row');
const CELL = tag('c');
const VALUE = tag('v', '');
const FORMULA = tag('f', '');
const INLINE = tag('is', '');
const RUN = tag('t');
const PHONETIC = tag('rPh');
const MERGE = tag('mergeCell');

/** The visible text of a string item: its <t> runs, without phonetic (<rPh>) guides. */
function runsText(inner: string): string {
  const visible = inner.includes('rPh') ? inner.replace(PHONETIC, '') : inner;
  let out = '';
  for (const m of visible.matchAll(RUN)) out += xmlText(m[2] ?? '');
  return out;
}

/** "BC12" → [11, 54]: zero-based row and column. */
function cellRef(ref: string): [number, number] | null {
  const match = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!match) return null;
  let column = 0;
  for (const ch of match[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return [Number(match[2]) - 1, column - 1];
}

function readSheetXml(xml: string, shared: readonly string[]): string[][] {
  const rows: string[][] = [];
  let nextRow = 0;
  for (const rowMatch of xml.matchAll(ROW)) {
    const r = Number(attr(rowMatch[1] ?? '', 'r'));
    const rowIndex = Number.isInteger(r) && r > 0 ? r - 1 : nextRow;
    nextRow = rowIndex + 1;
    const row: string[] = (rows[rowIndex] ??= []);
    let nextColumn = 0;
    for (const cell of (rowMatch[2] ?? '').matchAll(CELL)) {
      const attrs = cell[1] ?? '';
      const inner = cell[2] ?? '';
      const at = cellRef(attr(attrs, 'r') ?? '');
      const column = at ? at[1] : nextColumn;
      nextColumn = column + 1;
      const type = attr(attrs, 't') ?? 'n';
      const value = VALUE.exec(inner)?.[2];
      const formula = FORMULA.exec(inner)?.[2];
      let text: string;
      if (type === 's') text = shared[Number(value)] ?? '';
      else if (type === 'inlineStr') text = runsText(INLINE.exec(inner)?.[2] ?? '');
      else if (type === 'b') text = value === '1' ? 'TRUE' : 'FALSE';
      else if (value !== undefined) text = xmlText(value);
      // A formula with no cached result: show the formula itself, as text.
      else text = formula ? `=${xmlText(formula)}` : '';
      row[column] = text;
    }
  }
  // Merged cells show their first cell's value across the range (a parent merged over its teams).
  for (const merge of xml.matchAll(MERGE)) {
    const [from, to] = (attr(merge[1] ?? '', 'ref') ?? '').split(':').map(cellRef);
    if (!from || !to) continue;
    const value = rows[from[0]]?.[from[1]] ?? '';
    for (let r = from[0]; r <= Math.min(to[0], from[0] + 100_000); r++)
      for (let c = from[1]; c <= Math.min(to[1], from[1] + 1_000); c++) (rows[r] ??= [])[c] = value;
  }
  const width = rows.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
  return Array.from(rows, (row) => Array.from({ length: width }, (_, i) => row?.[i] ?? ''));
}

const resolve = (target: string) =>
  target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;

/**
 * Every sheet of an .xlsx workbook as rows of cell text. A small reader on fflate: shared
 * and inline strings, rich text, numbers, booleans, cached formula results, merged cells.
 * Never throws.
 */
export function readXlsx(bytes: Uint8Array): XlsxRead {
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        const wanted = file.name.startsWith('xl/') && file.name.endsWith('.xml');
        const rels = file.name === 'xl/_rels/workbook.xml.rels';
        if (wanted || rels) total += file.originalSize;
        return (wanted || rels) && total <= MAX_UNPACKED;
      },
    });
  } catch {
    return { ok: false, reason: 'not-xlsx' };
  }
  if (total > MAX_UNPACKED) return { ok: false, reason: 'too-large' };
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : undefined);
  const workbook = text('xl/workbook.xml');
  if (!workbook) return { ok: false, reason: 'not-xlsx' };
  const targets = new Map<string, string>();
  for (const m of (text('xl/_rels/workbook.xml.rels') ?? '').matchAll(tag('Relationship')))
    targets.set(attr(m[1] ?? '', 'Id') ?? '', attr(m[1] ?? '', 'Target') ?? '');
  const shared = [...(text('xl/sharedStrings.xml') ?? '').matchAll(tag('si'))].map((m) =>
    runsText(m[2] ?? ''),
  );
  const sheets: XlsxSheet[] = [];
  for (const [i, m] of [...workbook.matchAll(tag('sheet'))].entries()) {
    const attrs = m[1] ?? '';
    const target = targets.get(attr(attrs, 'id') ?? '');
    const xml = text(target ? resolve(target) : `xl/worksheets/sheet${i + 1}.xml`);
    sheets.push({ name: attr(attrs, 'name') ?? `Sheet${i + 1}`, rows: xml ? readSheetXml(xml, shared) : [] });
  }
  return sheets.length > 0 ? { ok: true, sheets } : { ok: false, reason: 'not-xlsx' };
}
