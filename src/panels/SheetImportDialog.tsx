import { useEffect, useMemo, useRef, useState } from 'react';
import { columnLetter, SHEET_FIELDS, type SheetField } from '../export/sheet-fields';
import type { SheetBuildInput, SheetPreview } from '../export/sheet-build';
import { createSheetBuilder } from '../export/sheet-build-client';
import { changeColumn, chooseSheet, filledRows, headerRow } from '../export/sheet-mapping';
import type { RowProblem } from '../export/sheet-rows';
import { newId } from '../model/ids';
import { LIMITS } from '../model/schema';
import type { StringKey } from '../i18n/strings';
import type { SheetImportInput } from '../store/sheet-actions';
import { useChartStore } from '../store/store';
import { useT } from '../store/use-t';
import { Dialog } from './Dialog';

const PROBLEM_LINES = 100;
const NO_ROWS: string[][] = [];

/** The latest preview the worker sent, and the request it answers (an older one while a newer builds). */
type Shown =
  | { request: SheetBuildInput; buildId: number; preview: SheetPreview }
  | { request: SheetBuildInput; failed: string };

/** The spreadsheet mapping step: detected columns, a preview of the tree, rows that cannot be placed. */
export function SheetImportDialog() {
  const input = useChartStore((s) => s.sheetImport);
  return input ? <MappingStepDialog key={input.name + input.sheets.length} input={input} /> : null;
}

function MappingStepDialog({ input }: { input: SheetImportInput }) {
  const t = useT();
  const locale = useChartStore((s) => s.locale);
  const close = useChartStore((s) => s.closeSheetImport);
  const importResult = useChartStore((s) => s.importSheetResult);
  const [step, setStep] = useState(() => chooseSheet(input.sheets));
  const [chartId] = useState(() => newId('chart'));
  const first = useRef<HTMLElement>(null);
  // Building the tree and validating the chart run in a worker: 20,000 rows take about a
  // second there, and the dialog stays responsive meanwhile.
  const [builder] = useState(createSheetBuilder);
  useEffect(() => () => builder.dispose(), [builder]);
  const [shown, setShown] = useState<Shown | null>(null);
  const [creating, setCreating] = useState(false);

  const rows = input.sheets[step.sheetIndex]?.rows ?? NO_ROWS;
  const headers = headerRow(rows);
  const samples = useMemo(() => rows.filter((r) => r.some((c) => c.trim())).slice(1, 3), [rows]);
  const request = useMemo<SheetBuildInput>(
    () => ({ rows, mapping: step.mapping, options: { title: input.name, locale, chartId } }),
    [rows, step.mapping, input.name, locale, chartId],
  );
  useEffect(() => {
    let live = true;
    // A newer mapping supersedes this request: its answer is then null, or ignored here.
    builder.preview(request).then(
      (answer) => {
        if (live && answer) setShown({ request, ...answer });
      },
      (error: unknown) => {
        if (live) setShown({ request, failed: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [builder, request]);
  const building = shown?.request !== request;
  const built = shown && 'preview' in shown ? shown.preview : null;
  const skipped = built?.ok
    ? built.problems.filter((p) => p.reason !== 'several-roots' && p.reason !== 'bad-number')
    : [];
  const notes = built?.ok ? built.problems.filter((p) => p.reason === 'bad-number') : [];
  const create = async () => {
    if (!shown || !('buildId' in shown) || building || creating) return;
    setCreating(true);
    try {
      if (await importResult(await builder.create(shown.buildId))) return;
    } catch (error) {
      setShown({ request, failed: error instanceof Error ? error.message : String(error) });
    }
    setCreating(false);
  };
  const problemText = (p: RowProblem) =>
    t(`sheetProblem_${p.reason}` as StringKey, { row: p.row, value: p.value ?? '' });
  const section = 'text-xs font-semibold tracking-wide text-slate-500 uppercase';

  return (
    <Dialog
      title={t('sheetImportTitle', { name: input.name })}
      description={<span className="block px-5">{t('sheetImportIntro')}</span>}
      onClose={close}
      initialFocus={first}
      className="flex h-[min(640px,calc(100vh-2rem))] w-[960px] flex-col"
      titleClassName="px-5 pt-4 text-base font-semibold"
    >
      <div className="flex min-h-0 flex-1 flex-col">
        <div className="border-b border-slate-200 px-5 pb-3">
          {input.sheets.length > 1 ? (
            <label className="mt-3 flex items-center gap-2 text-sm">
              <span>{t('sheetChooseSheet', { n: input.sheets.length })}</span>
              <select
                ref={first as React.RefObject<HTMLSelectElement>}
                className="rounded-md border border-slate-300 px-2 py-1"
                value={step.sheetIndex}
                onChange={(e) => setStep(chooseSheet(input.sheets, Number(e.target.value)))}
              >
                {input.sheets.map((s, i) => (
                  <option key={i} value={i}>
                    {t('sheetSheetRows', { name: s.name, n: filledRows(s.rows) })}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </div>
        <div className="grid min-h-0 flex-1 grid-cols-1 gap-5 overflow-auto p-5 md:grid-cols-2">
          <section aria-labelledby="sheet-columns" className="min-w-0">
            <h3 id="sheet-columns" className={section}>
              {t('sheetColumns')}
            </h3>
            <table className="mt-2 w-full text-sm">
              <tbody>
                {headers.map((header, column) => (
                  <tr key={column} className="border-b border-slate-100 align-top">
                    <th scope="row" className="py-1.5 pr-2 text-left font-medium">
                      <div className="max-w-40 truncate" title={header}>
                        {header || t('sheetColumnHeader', { letter: columnLetter(column) })}
                      </div>
                      <div className="max-w-40 truncate text-xs font-normal text-slate-500">
                        {samples
                          .map((r) => r[column] ?? '')
                          .filter(Boolean)
                          .join(' · ')}
                      </div>
                    </th>
                    <td className="py-1.5">
                      <select
                        aria-label={`${t('sheetColumnHeader', { letter: columnLetter(column) })} ${header}`}
                        className="w-full rounded-md border border-slate-300 px-2 py-1"
                        value={step.mapping[column] ?? 'ignore'}
                        onChange={(e) => setStep(changeColumn(step, column, e.target.value as SheetField))}
                      >
                        {SHEET_FIELDS.map((f) => (
                          <option key={f} value={f}>
                            {t(`sheetField_${f}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {step.notes.map((n) => (
              <p
                key={n.column}
                role="note"
                className="mt-2 rounded-md bg-amber-50 px-2 py-1.5 text-sm text-amber-900"
              >
                {t('sheetDuplicateHeader', {
                  column: columnLetter(n.column),
                  first: columnLetter(n.firstColumn),
                  header: n.header,
                })}
              </p>
            ))}
          </section>
          <section aria-labelledby="sheet-preview" aria-busy={building} className="min-w-0">
            {building ? (
              <p role="status" className="mb-2 flex items-center gap-2 text-sm text-slate-600">
                <span
                  aria-hidden
                  className="inline-block size-3 animate-spin rounded-full border-2 border-slate-300 border-t-blue-600"
                />
                {t('sheetBuilding')}
              </p>
            ) : null}
            {shown && 'failed' in shown ? (
              <p id="sheet-preview" role="alert" className="rounded-md bg-red-50 p-2 text-sm text-red-900">
                {t('sheetBuildFailed', { message: shown.failed })}
              </p>
            ) : built?.ok ? (
              <div className={building ? 'opacity-50' : undefined}>
                <p className="text-sm text-slate-700">{t(`sheetShape_${built.shape}`)}</p>
                <h3 id="sheet-preview" className={`${section} mt-2`}>
                  {t('sheetPreview', { n: built.count })}
                </h3>
                {built.newRoot && built.shape !== 'list' ? (
                  <p className="mt-1 text-sm text-slate-600">{t('sheetNewRoot', { title: input.name })}</p>
                ) : null}
                <ul
                  aria-labelledby="sheet-preview"
                  className="mt-2 max-h-72 overflow-auto rounded-md border border-slate-200 p-2 text-sm"
                >
                  {built.lines.map((line) => (
                    <li key={line.id} style={{ paddingLeft: `${line.depth * 16}px` }} className="truncate">
                      {line.depth > 0 ? <span className="text-slate-400">└ </span> : null}
                      {line.title}
                    </li>
                  ))}
                  {built.count > built.lines.length ? (
                    <li className="text-slate-500">
                      {t('sheetPreviewMore', { n: built.count - built.lines.length })}
                    </li>
                  ) : null}
                </ul>
                {skipped.length > 0 ? (
                  <div role="alert" className="mt-3 rounded-md bg-red-50 p-2 text-sm text-red-900">
                    <p className="font-medium">{t('sheetProblems', { n: skipped.length })}</p>
                    <ul className="mt-1 max-h-40 list-disc overflow-auto pl-5">
                      {skipped.slice(0, PROBLEM_LINES).map((p) => (
                        <li key={`${p.row}-${p.reason}`}>{problemText(p)}</li>
                      ))}
                      {skipped.length > PROBLEM_LINES ? (
                        <li>{t('sheetPreviewMore', { n: skipped.length - PROBLEM_LINES })}</li>
                      ) : null}
                    </ul>
                  </div>
                ) : null}
                {notes.length > 0 ? (
                  <ul className="mt-2 list-disc pl-5 text-sm text-amber-900">
                    {notes.slice(0, PROBLEM_LINES).map((p) => (
                      <li key={`${p.row}-${p.reason}`}>{problemText(p)}</li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ) : built ? (
              <p
                id="sheet-preview"
                role="alert"
                className={`rounded-md bg-red-50 p-2 text-sm text-red-900 ${building ? 'opacity-50' : ''}`}
              >
                {t(`sheetError_${built.reason}`, {
                  n: built.rows.toLocaleString(locale),
                  max: LIMITS.nodes.toLocaleString(locale),
                  row: (built.firstOver ?? 0).toLocaleString(locale),
                })}
              </p>
            ) : null}
          </section>
        </div>
        <footer className="flex justify-end gap-2 border-t border-slate-200 px-5 py-3">
          <button
            type="button"
            className="rounded-md px-3 py-2 text-sm text-slate-700 hover:bg-slate-100"
            onClick={close}
          >
            {t('cancel')}
          </button>
          <button
            ref={input.sheets.length > 1 ? undefined : (first as React.RefObject<HTMLButtonElement>)}
            type="button"
            // Only a finished preview that cannot be imported disables the button: while the preview
            // builds it keeps focus (the dialog opens on it) and a press is ignored.
            disabled={!building && !built?.ok}
            aria-disabled={building || creating || undefined}
            className="rounded-md bg-blue-600 px-3 py-2 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-40 aria-disabled:opacity-40"
            onClick={() => void create()}
          >
            {creating
              ? t('sheetCreating')
              : built?.ok && skipped.length > 0
                ? t('sheetImportRest', { n: built.count })
                : t('sheetImportAll', { n: built?.ok ? built.count : 0 })}
          </button>
        </footer>
      </div>
    </Dialog>
  );
}
