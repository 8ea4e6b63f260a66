import { exportChartText } from '../model/chart-text';
import { textIn } from '../model/local-text';
import { downloadBlob, fileNameFor } from '../export/download';
import type { FileHandle } from '../store/repo/file-links';
import type { State } from '../store/store';
import { linkOf } from '../store/file-actions';
import { selectLibrary } from '../store/library-list';
import { readImportFile } from './read-import-file';

/** The File System Access pickers, where the browser has them (Chromium on desktop). */
type Pickers = {
  showSaveFilePicker?: (options: object) => Promise<FileHandle>;
  showOpenFilePicker?: (options: object) => Promise<FileHandle[]>;
};
const pickers = (): Pickers => (typeof window === 'undefined' ? {} : (window as unknown as Pickers));

const FILE_TYPES = [{ description: 'OpsChart (JSON)', accept: { 'application/json': ['.json'] } }];

/** `…/订单中心.opschart.json`: the double extension says what the JSON is, and still opens as JSON. */
export function chartFileName(title: string): string {
  return fileNameFor(title, 'json').replace(/\.json$/, '.opschart.json');
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';
const messageOf = (error: unknown) => (error instanceof Error ? error.message || error.name : String(error));

/** Asks for write permission on a handle kept from an earlier visit (a key press is the user gesture). */
async function mayWrite(handle: FileHandle): Promise<boolean> {
  if (!handle.queryPermission) return true;
  const mode = { mode: 'readwrite' } as const;
  if ((await handle.queryPermission(mode)) === 'granted') return true;
  return (await handle.requestPermission?.(mode)) === 'granted';
}

/**
 * Ctrl+S: writes the chart on screen back to its file; the first time (or `as`), asks where.
 * Without the File System Access API the file is downloaded instead. The chart in browser
 * storage is never touched: a failure here only means the file is not up to date, and says so.
 */
export async function saveToFile(get: () => State, { as = false } = {}): Promise<void> {
  const { fileLinks, notify, linkFile } = get();
  // With the time of its last change, which is also what says whether the file is up to date.
  const chart = get().openDocument(get().chart.id) ?? get().chart;
  const text = exportChartText(chart);
  // Named in the language the chart is shown in; the file holds both.
  const shownTitle = textIn(chart.title, get().chartLanguage);
  const savedAt = chart.updatedAt ?? 0;
  const link = linkOf(fileLinks, chart.id);
  const { showSaveFilePicker } = pickers();
  if (!showSaveFilePicker) {
    const name = as || !link ? chartFileName(shownTitle) : link.name;
    downloadBlob(new Blob([text], { type: 'application/json' }), name);
    linkFile(chart.id, { name, handle: null, savedAt });
    return;
  }
  let handle = !as && link?.handle ? link.handle : null;
  try {
    if (handle && !(await mayWrite(handle))) {
      notify({ id: 'file', tone: 'warning', key: 'fileNoPermission', params: { name: handle.name } });
      handle = null;
    }
    handle ??= await showSaveFilePicker({
      suggestedName: link?.name ?? chartFileName(shownTitle),
      types: FILE_TYPES,
      id: 'opschart',
    });
  } catch (error) {
    if (!isAbort(error))
      notify({
        id: 'file',
        tone: 'error',
        key: 'fileSaveFailed',
        params: { name: '—', message: messageOf(error) },
      });
    return;
  }
  try {
    const writable = await handle.createWritable();
    await writable.write(text);
    await writable.close();
  } catch (error) {
    // Deleted, moved or made read-only since: the browser copy is safe; the user picks another place.
    notify({
      id: 'file',
      tone: 'error',
      key: 'fileSaveFailed',
      params: { name: handle.name, message: messageOf(error) },
    });
    return;
  }
  linkFile(chart.id, { name: handle.name, handle, savedAt });
  get().dismiss('file');
}

/**
 * "Open file": through the File System Access picker where it exists, so the chart
 * remembers its file and Ctrl+S writes back to it; otherwise the `<input type=file>`
 * picker (`fallback`). Spreadsheets, outlines, PNGs and SVGs are imported as before
 * (`importOther`) and stay unlinked: saving never overwrites them with JSON.
 */
export async function openFromFile(
  get: () => State,
  fallback: () => void,
  importOther: (file: File) => Promise<void>,
): Promise<void> {
  const { showOpenFilePicker } = pickers();
  if (!showOpenFilePicker) return fallback();
  let handle: FileHandle | undefined;
  try {
    [handle] = await showOpenFilePicker({ id: 'opschart', multiple: false });
  } catch (error) {
    if (!isAbort(error))
      get().notify({
        id: 'file',
        tone: 'error',
        key: 'fileOpenFailed',
        params: { message: messageOf(error) },
      });
    return;
  }
  if (!handle) return;
  let file: File;
  try {
    file = await handle.getFile();
  } catch (error) {
    get().notify({ id: 'file', tone: 'error', key: 'fileOpenFailed', params: { message: messageOf(error) } });
    return;
  }
  if (!/\.json$/i.test(file.name)) return importOther(file);
  // The same file opened again: its chart is here already, so switch to it rather than copy it.
  for (const [chartId, link] of Object.entries(get().fileLinks)) {
    if (link.handle?.isSameEntry && (await link.handle.isSameEntry(handle).catch(() => false))) {
      if (selectLibrary(get()).some((c) => c.id === chartId)) return get().switchChart(chartId);
    }
  }
  const text = await readImportFile(file);
  if (!text.ok) return importOther(file);
  if (!get().importAsNewChart(text.text)) return;
  const opened = get().chart;
  get().linkFile(opened.id, { name: handle.name, handle, savedAt: opened.updatedAt ?? 0 });
}
