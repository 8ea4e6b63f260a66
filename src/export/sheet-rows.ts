import { LIMITS, LINK_KINDS, LOCALES, type Locale } from '../model/schema';
import { otherLanguage } from '../model/local-text';
import { cellText, parseCoordinate, parseCount, parseFlag, parseKind, splitList } from './sheet-cells';
import { hasNameColumn, TEXT_SHEET_FIELDS, type SheetField, type SheetMapping } from './sheet-fields';
import { draftsToDocument, type LinkDraft, type NodeDraft, type TextDraft } from './sheet-document';
import { placeDrafts, type RowDraft } from './sheet-place';

export type RowProblemReason =
  | 'no-name'
  | 'unknown-parent'
  | 'self-parent'
  | 'cycle'
  | 'duplicate-id'
  | 'parent-skipped'
  | 'bad-level'
  | 'bad-number'
  | 'several-roots';

/** A row that was skipped (or, for `several-roots` / `bad-number`, kept with a change), by spreadsheet row number. */
export type RowProblem = { row: number; reason: RowProblemReason; value?: string };

export type SheetShape = 'id' | 'name' | 'path' | 'level' | 'list';

export type SheetBuild =
  | {
      ok: true;
      document: Record<string, unknown>;
      drafts: NodeDraft[];
      shape: SheetShape;
      problems: RowProblem[];
      /** True when several top rows were put under one new root. */
      newRoot: boolean;
    }
  | {
      ok: false;
      reason: 'empty' | 'no-name-column' | 'nothing-placed' | 'too-many-rows' | 'too-many-nodes';
      rows: number;
      /** Too many rows: the spreadsheet row number of the first team that does not fit. */
      firstOver?: number;
    };

export type SheetOptions = { title: string; locale: Locale; chartId: string };

export function shapeOf(mapping: SheetMapping): SheetShape {
  if (mapping.includes('path')) return 'path';
  if (mapping.includes('parent')) return mapping.includes('id') ? 'id' : 'name';
  if (mapping.includes('level')) return 'level';
  return 'list';
}

const isBlankRow = (row: readonly string[]) => row.every((c) => c.trim() === '');

/** One row's text in each language of a bilingual sheet (only the languages it has). */
function textOfRow(
  row: readonly string[],
  columns: NonNullable<ReturnType<typeof textColumns>>,
): Partial<Record<Locale, TextDraft>> {
  const out: Partial<Record<Locale, TextDraft>> = {};
  for (const l of LOCALES) {
    const at = columns[l];
    const cell = (field: (typeof TEXT_SHEET_FIELDS)[number]) => {
      const column = at[field];
      return column === undefined ? '' : cellText(row[column]);
    };
    const optional = (field: (typeof TEXT_SHEET_FIELDS)[number]) => cell(field).trim() || undefined;
    const draft: TextDraft = {
      title: optional('name'),
      subtitle: cell('subtitle') || undefined,
      goal: cell('goal') || undefined,
      description: cell('description') || undefined,
      responsibilities: splitList(cell('responsibilities')),
      metrics: splitList(cell('metrics')),
    };
    if (Object.keys(at).length > 0) out[l] = draft;
  }
  return out;
}

/** The cells of one row by field (the first column mapped to each field). */
function readRow(row: readonly string[], mapping: SheetMapping) {
  const get = (field: SheetField) => {
    const column = mapping.indexOf(field);
    return column < 0 ? '' : cellText(row[column]);
  };
  return get;
}

/**
 * Where each language's text is, when a sheet names languages in its headers ("名称 / Title
 * (en)"): a column named for a language holds that language; an unnamed one holds the chart's
 * language, or the other one when a named column already holds the chart's. Null for a sheet
 * in one language (every text then goes into the chart's language, as before).
 */
export function textColumns(
  mapping: SheetMapping,
  locale: Locale,
): Record<Locale, Partial<Record<(typeof TEXT_SHEET_FIELDS)[number], number>>> | null {
  if (!mapping.some((f) => f.includes('@'))) return null;
  const out: Record<Locale, Partial<Record<(typeof TEXT_SHEET_FIELDS)[number], number>>> = {
    'zh-CN': {},
    en: {},
  };
  for (const field of TEXT_SHEET_FIELDS) {
    for (const l of LOCALES) {
      const column = mapping.indexOf(`${field}@${l}`);
      if (column >= 0) out[l][field] = column;
    }
    const plain = mapping.indexOf(field);
    if (plain < 0) continue;
    const language = out[locale][field] === undefined ? locale : otherLanguage(locale);
    if (out[language][field] === undefined) out[language][field] = plain;
  }
  return out;
}

function parseLinks(cell: string, source: string): LinkDraft[] {
  return cell
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .flatMap((line): LinkDraft[] => {
      const [kind = '', target = '', ...label] = line.split(' ');
      if (!(LINK_KINDS as readonly string[]).includes(kind) || !target) return [];
      const text = label.join(' ');
      return [{ source, target, kind: kind as LinkDraft['kind'], ...(text ? { label: text } : {}) }];
    });
}

/**
 * Rows → tree → document: the header is the first non-empty row; every later non-empty
 * row is one team, placed by the shape the mapping implies. Rows that cannot be placed
 * are listed with their spreadsheet row number and left out; the rest make the document.
 */
export function rowsToChart(
  rows: readonly (readonly string[])[],
  mapping: SheetMapping,
  options: SheetOptions,
): SheetBuild {
  const headerIndex = rows.findIndex((r) => !isBlankRow(r));
  if (headerIndex < 0) return { ok: false, reason: 'empty', rows: 0 };
  // Blank rows are no teams: Excel ends every CSV with one, and a sheet of exactly the
  // largest chart must still import.
  let dataRows = 0;
  let firstOver = 0;
  for (let i = headerIndex + 1; i < rows.length; i++)
    if (!isBlankRow(rows[i] ?? []) && ++dataRows === LIMITS.nodes + 1) firstOver = i + 1;
  if (dataRows > LIMITS.nodes) return { ok: false, reason: 'too-many-rows', rows: dataRows, firstOver };
  if (!hasNameColumn(mapping) && !mapping.includes('path'))
    return { ok: false, reason: 'no-name-column', rows: dataRows };
  const bilingual = textColumns(mapping, options.locale);
  const shape = shapeOf(mapping);
  const problems: RowProblem[] = [];
  const drafts: RowDraft[] = [];
  const links: LinkDraft[] = [];
  for (let i = headerIndex + 1; i < rows.length; i++) {
    const row = rows[i] ?? [];
    if (isBlankRow(row)) continue;
    const rowNumber = i + 1;
    const get = readRow(row, mapping);
    const path = get('path').trim();
    const text = bilingual ? textOfRow(row, bilingual) : undefined;
    // Placement (parent names, paths) goes by the chart language's name, else the other's.
    const title = text
      ? (text[options.locale]?.title ?? text[otherLanguage(options.locale)]?.title ?? '')
      : get('name').trim();
    if (!title && !path) {
      problems.push({ row: rowNumber, reason: 'no-name' });
      continue;
    }
    const headcount = parseCount(get('headcount'));
    if (headcount === null) problems.push({ row: rowNumber, reason: 'bad-number', value: get('headcount') });
    const optional = (field: SheetField) => get(field) || undefined;
    drafts.push({
      row: rowNumber,
      ownId: get('id').trim(),
      parentRef: get('parent').trim(),
      path,
      level: get('level').trim(),
      title,
      kind: parseKind(get('kind')),
      subtitle: optional('subtitle'),
      goal: optional('goal'),
      description: optional('description'),
      responsibilities: splitList(get('responsibilities')),
      metrics: splitList(get('metrics')),
      owner: optional('owner')?.trim(),
      headcount: headcount ?? undefined,
      color: optional('color')?.trim(),
      notes: optional('notes'),
      collapsed: parseFlag(get('collapsed')),
      x: parseCoordinate(get('x')),
      y: parseCoordinate(get('y')),
      linksCell: get('links'),
      ...(text ? { text } : {}),
    });
  }
  if (drafts.length === 0 && problems.length === 0) return { ok: false, reason: 'empty', rows: 0 };
  const placed = placeDrafts(drafts, shape, options.title);
  problems.push(...placed.problems);
  problems.sort((a, b) => a.row - b.row);
  if (placed.nodes.length === 0) return { ok: false, reason: 'nothing-placed', rows: dataRows };
  // Rows that fit, plus the new root that a list or several top rows get, may not.
  if (placed.nodes.length > LIMITS.nodes)
    return { ok: false, reason: 'too-many-nodes', rows: placed.nodes.length };
  for (const d of drafts)
    if (d.linksCell && placed.idOfRow.has(d.row))
      links.push(...parseLinks(d.linksCell, placed.idOfRow.get(d.row) as string));
  const ids = new Set(placed.nodes.map((n) => n.id));
  const document = draftsToDocument(
    placed.nodes,
    links.filter((l) => ids.has(l.target) && ids.has(l.source)),
    { id: options.chartId, title: options.title, locale: options.locale },
  );
  return { ok: true, document, drafts: placed.nodes, shape, problems, newRoot: placed.newRoot };
}
