import { readOutline, type OutlineItem } from './outline-read';
import { decodeSheetBytes, parseDelimited } from './sheet-text';
import { readXlsx, type XlsxSheet } from './xlsx-read';

/**
 * What a spreadsheet or outline file (or pasted text) holds, before the mapping step:
 * sheets of rows, outline items, or the reason it cannot be read (with the line).
 * Loaded on demand with Papa Parse and the XLSX reader; no DOM.
 */
export type StructuredInput =
  | { kind: 'sheet'; name: string; sheets: XlsxSheet[] }
  | { kind: 'outline'; name: string; items: OutlineItem[] }
  | {
      kind: 'error';
      code:
        'binary' | 'not-xlsx' | 'too-large' | 'empty' | 'mixed-indent' | 'inconsistent-indent' | 'too-many';
      name: string;
      line?: number;
      other?: number;
    };

const ZIP = [0x50, 0x4b, 0x03, 0x04];

const baseName = (name: string) => name.replace(/\.[^.]+$/, '') || name;

/** Cells copied from Excel, WPS or Google Sheets: tab-separated, at least one row with two filled cells. */
export function looksLikeCells(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  if (lines.length === 0) return false;
  const filled = (l: string) => l.split('\t').filter((c) => c.trim()).length;
  return filled(lines[0]!) >= 2 || lines.filter((l) => filled(l) >= 2).length > lines.length / 2;
}

function fromOutline(text: string, name: string): StructuredInput {
  const result = readOutline(text);
  if (result.ok) return { kind: 'outline', name, items: result.items };
  return {
    kind: 'error',
    code: result.reason,
    name,
    line: result.line,
    ...(result.other ? { other: result.other } : {}),
  };
}

function fromSheetText(text: string, name: string, delimiter: ',' | '\t' | 'auto'): StructuredInput {
  const rows = parseDelimited(text, delimiter);
  if (rows.every((r) => r.every((c) => !c.trim()))) return { kind: 'error', code: 'empty', name };
  return { kind: 'sheet', name, sheets: [{ name, rows }] };
}

/** A picked or dropped .csv / .tsv / .xlsx / .txt / .md file. */
export function readStructuredFile(bytes: Uint8Array, fileName: string): StructuredInput {
  const name = baseName(fileName);
  const lower = fileName.toLowerCase();
  if (ZIP.every((b, i) => bytes[i] === b) || lower.endsWith('.xlsx')) {
    const read = readXlsx(bytes);
    if (!read.ok) return { kind: 'error', code: read.reason, name };
    return { kind: 'sheet', name, sheets: read.sheets };
  }
  const decoded = decodeSheetBytes(bytes);
  if (!decoded.ok) return { kind: 'error', code: 'binary', name };
  if (lower.endsWith('.csv')) return fromSheetText(decoded.text, name, 'auto');
  if (lower.endsWith('.tsv') || lower.endsWith('.tab')) return fromSheetText(decoded.text, name, '\t');
  return looksLikeCells(decoded.text)
    ? fromSheetText(decoded.text, name, '\t')
    : fromOutline(decoded.text, name);
}

/** Pasted text/plain: spreadsheet cells, an outline, or null for one plain line (not structure). */
export function readPastedText(text: string, name: string): StructuredInput | null {
  if (!text.trim()) return null;
  if (looksLikeCells(text)) return fromSheetText(text, name, '\t');
  return fromOutline(text, '');
}
