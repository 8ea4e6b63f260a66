import { importChart, type ImportResult } from '../model/import-chart';
import type { SheetMapping } from './sheet-fields';
import { previewLines } from './sheet-mapping';
import {
  rowsToChart,
  type RowProblem,
  type SheetBuild,
  type SheetOptions,
  type SheetShape,
} from './sheet-rows';

/** Teams listed in the mapping step's preview; the rest are counted. */
export const PREVIEW_LINES = 200;

export type PreviewLine = { id: string; depth: number; title: string };

/**
 * What the mapping step shows of one build: the shape, the first lines of the tree and every
 * row that could not be placed. Small, so a worker can post it each time the mapping changes
 * (the document itself stays where it was built until the user confirms).
 */
export type SheetPreview =
  | {
      ok: true;
      shape: SheetShape;
      /** Teams the chart will have. */
      count: number;
      lines: PreviewLine[];
      problems: RowProblem[];
      newRoot: boolean;
    }
  | Extract<SheetBuild, { ok: false }>;

export type SheetBuildInput = {
  rows: readonly (readonly string[])[];
  mapping: SheetMapping;
  options: SheetOptions;
};

export function previewOf(build: SheetBuild): SheetPreview {
  if (!build.ok) return build;
  return {
    ok: true,
    shape: build.shape,
    count: build.drafts.length,
    lines: previewLines(build.drafts, PREVIEW_LINES),
    problems: build.problems,
    newRoot: build.newRoot,
  };
}

export const buildSheet = ({ rows, mapping, options }: SheetBuildInput): SheetBuild =>
  rowsToChart(rows, mapping, options);

/**
 * The built document through `importChart`, the one way in for every file: the chart that
 * is created is validated exactly as a JSON file would be. A failed build has no document.
 */
export function validateBuild(build: SheetBuild): ImportResult {
  if (!build.ok)
    return { ok: false, error: { code: 'unexpected', message: 'The spreadsheet has no rows to import.' } };
  return importChart(JSON.stringify(build.document));
}
