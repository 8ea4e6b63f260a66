import { detectMapping, remapColumn, type MappingNote, type SheetField } from './sheet-fields';
import type { NodeDraft } from './sheet-document';
import type { XlsxSheet } from './xlsx-read';

/** The mapping step's own state: which sheet, and what each of its columns is used for. */
export type MappingStep = { sheetIndex: number; mapping: SheetField[]; notes: MappingNote[] };

const isBlank = (row: readonly string[]) => row.every((c) => !c.trim());

/** The header row: the sheet's first row with any text. */
export const headerRow = (rows: readonly (readonly string[])[]): readonly string[] =>
  rows.find((r) => !isBlank(r)) ?? [];

export const filledRows = (rows: readonly (readonly string[])[]) => rows.filter((r) => !isBlank(r)).length;

/** The mapping detected for a sheet; with no index, the first sheet that has rows. */
export function chooseSheet(sheets: readonly XlsxSheet[], sheetIndex?: number): MappingStep {
  const index =
    sheetIndex ??
    Math.max(
      0,
      sheets.findIndex((s) => filledRows(s.rows) > 0),
    );
  const { mapping, notes } = detectMapping(headerRow(sheets[index]?.rows ?? []));
  return { sheetIndex: index, mapping, notes };
}

export function changeColumn(step: MappingStep, column: number, field: SheetField): MappingStep {
  return {
    ...step,
    mapping: remapColumn(step.mapping, column, field),
    notes: step.notes.filter((n) => n.column !== column && n.firstColumn !== column),
  };
}

/** The first `max` teams of the tree in depth-first order with their depth, for the preview. */
export function previewLines(
  drafts: readonly NodeDraft[],
  max: number,
): { id: string; depth: number; title: string }[] {
  const children = new Map<string | null, NodeDraft[]>();
  for (const d of drafts) {
    const list = children.get(d.parentId);
    if (list) list.push(d);
    else children.set(d.parentId, [d]);
  }
  const out: { id: string; depth: number; title: string }[] = [];
  const stack = (children.get(null) ?? []).map((d) => ({ d, depth: 0 })).reverse();
  while (stack.length > 0 && out.length < max) {
    const { d, depth } = stack.pop()!;
    out.push({ id: d.id, depth, title: d.title });
    const kids = children.get(d.id) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ d: kids[i]!, depth: depth + 1 });
  }
  return out;
}
