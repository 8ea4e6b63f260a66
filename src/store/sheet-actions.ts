import type { StructuredInput } from '../export/structured-input';
import type { ImportResult } from '../model/import-chart';
import { localizeChart, localizeNode } from '../model/localize-chart';
import type { DocNode, Locale } from '../model/schema';
import { shouldUseWorker } from '../layout/layout-client';
import { layoutInBackground } from './derive-layout';
import { textIn } from '../model/local-text';
import type { XlsxSheet } from '../export/xlsx-read';
import type { StringKey } from '../i18n/strings';
import { newId } from '../model/ids';
import { indexChart } from '../model/tree';
import type { GetState, SetState } from './store';
import { selectSelectedId } from './selectors';
import { nextTask } from './next-task';

/** A read spreadsheet waiting in the mapping step; nothing is created until the user confirms. */
export type SheetImportInput = { name: string; sheets: XlsxSheet[] };

export type SheetActions = {
  /** Routes read input: sheets to the mapping step, outlines into the chart, errors to a notice. */
  openStructured: (input: StructuredInput) => Promise<void>;
  closeSheetImport: () => void;
  /**
   * The mapping step's result, already through `importChart` (in the sheet-build worker):
   * opened as a new chart; false (with a notice) when it was refused.
   */
  importSheetResult: (result: ImportResult) => Promise<boolean>;
};

const SLICE_MS = 8;

/**
 * Shows every node in the chart language a few milliseconds at a time. `localizeNode` caches
 * per node, so the chart built when the document opens finds them all done: 20,000 nodes
 * (~200 ms in one go) no longer hold the main thread at once.
 */
async function localizeInSlices(nodes: readonly DocNode[], language: Locale) {
  let started = performance.now();
  for (let i = 0; i < nodes.length; i++) {
    localizeNode(nodes[i]!, language);
    if (performance.now() - started > SLICE_MS) {
      await nextTask();
      started = performance.now();
    }
  }
}

export function createSheetActions(set: SetState, get: GetState): SheetActions {
  return {
    openStructured: async (input) => {
      if (input.kind === 'sheet') return set({ sheetImport: { name: input.name, sheets: input.sheets } });
      if (input.kind === 'error') {
        const params = { name: input.name, line: input.line ?? 0, other: input.other ?? 0 };
        const key: StringKey = input.other
          ? 'outlineError_mixed-indent-lines'
          : `structuredError_${input.code}`;
        get().notify({ id: 'import', tone: 'error', key, params });
        return;
      }
      const { addOutlineUnder, outlineToDocument } = await import('../export/outline-chart');
      const { chart, locale, chartLanguage } = get();
      const selectedId = selectSelectedId(get());
      if (selectedId && indexChart(chart).byId.has(selectedId)) {
        const result = addOutlineUnder(chart, selectedId, input.items, chartLanguage);
        if (!result.ok) {
          get().notify({ id: 'import', tone: 'error', key: 'outlineRefused' });
          return;
        }
        // One commit: the whole outline is one undo step.
        get().commit(result.chart);
        if (result.focusId) get().selectNode(result.focusId, { focus: true });
        const parent = textIn(indexChart(chart).byId.get(selectedId)?.title, chartLanguage);
        get().notify({
          id: 'import',
          tone: 'info',
          key: 'outlineAdded',
          params: { n: input.items.length, title: parent },
        });
        return;
      }
      // One pasted line is not an outline of a chart; with no node to put it under, it is not chart nodes.
      if (input.items.length < 2) {
        get().notify({ id: 'paste', tone: 'warning', key: 'pasteNotChart' });
        return;
      }
      const title = input.name || (locale === 'en' ? 'Outline' : '大纲');
      const document = outlineToDocument(input.items, { id: newId('chart'), title, locale });
      get().importAsNewChart(JSON.stringify(document));
    },
    closeSheetImport: () => set({ sheetImport: null }),
    importSheetResult: async (result) => {
      const prepared = result.ok ? { ...result, chart: get().importedChartOf(result.chart) } : result;
      if (prepared.ok) {
        const language = get().chartLanguage;
        await localizeInSlices(prepared.chart.nodes, language);
        // A large chart is laid out in the layout worker before it opens: opening a chart
        // lays it out where it is not known yet, which at 20,000 nodes holds the page ~0.3 s.
        const shown = localizeChart(prepared.chart, language);
        if (shouldUseWorker(shown.nodes.length)) await layoutInBackground(shown).catch(() => {});
      }
      const ok = get().openImported(prepared);
      if (ok) set({ sheetImport: null });
      return ok;
    },
  };
}
