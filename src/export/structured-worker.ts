/// <reference lib="webworker" />
import { readStructuredFile, type StructuredInput } from './structured-input';

/** Rows per message: the page decodes each message in a task of its own (5,000 rows: a few ms). */
export const ROWS_SLICE = 5000;

/** A slice of a sheet's rows, in order, then the input itself with those sheets' rows left empty. */
export type StructuredMessage =
  { type: 'rows'; sheet: number; rows: string[][] } | { type: 'done'; input: StructuredInput };

const scope = self as unknown as DedicatedWorkerGlobalScope;

// Unzipping and parsing a 20,000-row workbook takes a second or more: off the main thread.
scope.onmessage = (event: MessageEvent<{ bytes: Uint8Array; name: string }>) => {
  const input = readStructuredFile(event.data.bytes, event.data.name);
  if (input.kind !== 'sheet') return scope.postMessage({ type: 'done', input } satisfies StructuredMessage);
  input.sheets.forEach((sheet, index) => {
    for (let i = 0; i < sheet.rows.length; i += ROWS_SLICE)
      scope.postMessage({
        type: 'rows',
        sheet: index,
        rows: sheet.rows.slice(i, i + ROWS_SLICE),
      } satisfies StructuredMessage);
  });
  const sheets = input.sheets.map((sheet) => ({ ...sheet, rows: [] }));
  scope.postMessage({ type: 'done', input: { ...input, sheets } } satisfies StructuredMessage);
};
