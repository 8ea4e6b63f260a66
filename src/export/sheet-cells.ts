import { NODE_KINDS, type NodeKind } from '../model/schema';

/**
 * Cell values in and out. Text starting with = + - @ (or a tab / carriage return) is
 * what a spreadsheet would run as a formula, so writers prefix it with an apostrophe
 * (OWASP's advice) and readers take that apostrophe off again, so files round-trip.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** Also true for text that already looks escaped ('=x), so the reader's unescape never eats a real apostrophe. */
function needsEscape(text: string): boolean {
  if (FORMULA_START.test(text)) return !NUMBER.test(text);
  return text.startsWith("'") && needsEscape(text.slice(1));
}

export function escapeFormula(text: string): string {
  return needsEscape(text) ? `'${text}` : text;
}

export function unescapeFormula(text: string): string {
  return text.startsWith("'") && needsEscape(text.slice(1)) ? text.slice(1) : text;
}

/** A cell's text as read: the export apostrophe removed, never undefined. */
export function cellText(cell: string | undefined): string {
  return unescapeFormula(cell ?? '');
}

/**
 * A list cell: one item per line when the cell has line breaks (that is how the writers
 * keep items that contain a separator), else split on ; ； 、 and full-width commas.
 */
export function splitList(cell: string): string[] {
  const text = cell.replace(/\r\n?/g, '\n');
  const parts = text.includes('\n') ? text.split('\n') : text.split(/[;；、]/);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Items one per line; a single item gets a trailing line break so a separator inside it survives. */
export function joinList(items: readonly string[]): string {
  if (items.length === 1 && /[;；、]/.test(items[0] ?? '')) return `${items[0]}\n`;
  return items.join('\n');
}

const KIND_WORDS: Record<string, NodeKind> = {
  总览: 'root',
  根: 'root',
  链路: 'chain',
  侧: 'side',
  职能组: 'group',
  组: 'group',
  职能: 'function',
};

export function parseKind(cell: string): NodeKind | undefined {
  const word = cell.trim().toLowerCase();
  if ((NODE_KINDS as readonly string[]).includes(word)) return word as NodeKind;
  return KIND_WORDS[word];
}

/** A whole number of people; undefined for empty, `null` for text that is not a count. */
export function parseCount(cell: string): number | undefined | null {
  const text = cell.trim().replace(/[,，\s]/g, '');
  if (!text) return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

export function parseCoordinate(cell: string): number | undefined {
  const text = cell.trim();
  if (!text) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

export function parseFlag(cell: string): boolean | undefined {
  const word = cell.trim().toLowerCase();
  if (['true', 'yes', '1', '是', 'y'].includes(word)) return true;
  if (['false', 'no', '0', '否', 'n'].includes(word)) return false;
  return undefined;
}
