import { useRef } from 'react';
import { useChartStore } from '../store/store';
import { useT } from '../store/use-t';
import { ToolButton } from './ToolButton';
import { readImportFile } from './read-import-file';
import { importStructuredFile, isStructuredFile } from './import-structured-file';

/** Opens a JSON file or an OpsChart PNG or SVG as a new chart; spreadsheets and outlines go through their own reader. */
export function ImportButton() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <ToolButton label={t('import')} icon="import" onClick={() => input.current?.click()} />
      <input
        ref={input}
        type="file"
        accept=".json,application/json,.png,image/png,.svg,image/svg+xml,.csv,text/csv,.tsv,.xlsx,.txt,.md"
        className="hidden"
        aria-label={t('import')}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) await importFile(file);
        }}
      />
    </>
  );
}

export async function importFile(file: File) {
  const s = useChartStore.getState();
  if (isStructuredFile(file)) return importStructuredFile(file);
  const text = await readImportFile(file);
  if (text.ok) s.importAsNewChart(text.text);
  else
    s.notify({
      id: 'import',
      tone: 'error',
      key: `importError_${text.code}`,
      params: { detail: text.message },
    });
}
