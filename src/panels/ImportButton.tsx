import { useRef, type ReactNode } from 'react';
import { useChartStoreApi, type ChartStore } from '../store/store';
import { useT } from '../store/use-t';
import { readImportFile } from './read-import-file';
import { importErrorNotice } from '../i18n/import-error-notice';
import { importStructuredFile, isStructuredFile } from './import-structured-file';

/**
 * The hidden file input for opening a JSON file or an OpsChart PNG or SVG as a new chart (spreadsheets and outlines go
 * through their own reader), and a
 * function that opens the file picker (from the toolbar button or the "More" menu).
 */
export function useImportPicker(): [ReactNode, () => void] {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const store = useChartStoreApi();
  const element = (
    <input
      ref={input}
      type="file"
      accept=".json,application/json,.png,image/png,.svg,image/svg+xml,.csv,text/csv,.tsv,.xlsx,.txt,.md"
      className="hidden"
      aria-label={t('openOrImport')}
      data-open-file
      onChange={async (e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) await importFile(store, file);
      }}
    />
  );
  return [element, () => input.current?.click()];
}

export async function importFile(store: Pick<ChartStore, 'getState'>, file: File) {
  const s = store.getState();
  if (isStructuredFile(file)) return importStructuredFile(store, file);
  const text = await readImportFile(file);
  if (text.ok) s.importAsNewChart(text.text);
  else s.notify({ id: 'import', tone: 'error', ...importErrorNotice(text) });
}
