import type { StructuredInput } from '../export/structured-input';
import type { StructuredMessage } from '../export/structured-worker';
import { LIMITS } from '../model/schema';
import type { ChartStore } from '../store/store';

const EXTENSIONS = ['.csv', '.tsv', '.tab', '.xlsx', '.txt', '.md', '.markdown'];

/** Spreadsheets and outlines, by name: their reader (Papa Parse, the XLSX reader) loads only when one arrives. */
export const isStructuredFile = (file: { name?: string }) =>
  EXTENSIONS.some((ext) => (file.name ?? '').toLowerCase().endsWith(ext));

/** Reads in a worker so a large workbook never freezes the page; null where workers are unavailable. */
function readInWorker(bytes: Uint8Array, name: string): Promise<StructuredInput> | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('../export/structured-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  return new Promise((resolve, reject) => {
    // A large sheet arrives in slices (each decoded in a task of its own), then the rest of the input.
    const parts = new Map<number, string[][][]>();
    worker.onmessage = (event: MessageEvent<StructuredMessage>) => {
      const message = event.data;
      if (message.type === 'rows') {
        const list = parts.get(message.sheet);
        if (list) list.push(message.rows);
        else parts.set(message.sheet, [message.rows]);
        return;
      }
      worker.terminate();
      const { input } = message;
      if (input.kind !== 'sheet') return resolve(input);
      const sheets = input.sheets.map((sheet, i) => ({ ...sheet, rows: parts.get(i)?.flat() ?? [] }));
      resolve({ ...input, sheets });
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage({ bytes, name }, [bytes.buffer]);
  });
}

async function readOnMainThread(file: File): Promise<StructuredInput> {
  const [{ readStructuredFile }, buffer] = await Promise.all([
    import('../export/structured-input'),
    file.arrayBuffer(),
  ]);
  return readStructuredFile(new Uint8Array(buffer), file.name);
}

/** Reads a spreadsheet or outline file and hands it to the mapping step (or the outline import). */
export async function importStructuredFile(store: Pick<ChartStore, 'getState'>, file: File): Promise<void> {
  const s = store.getState();
  if (file.size > LIMITS.fileBytes) {
    // Its own words: the JSON import's "too large" would tell a spreadsheet user to check for a chart file.
    const params = {
      name: file.name,
      size: (file.size / 1048576).toFixed(1),
      limit: Math.round(LIMITS.fileBytes / 1048576),
    };
    s.notify({ id: 'import', tone: 'error', key: 'sheetFileTooLarge', params });
    return;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const input = await (readInWorker(bytes, file.name)?.catch(() => null) ?? null);
  await s.openStructured(input ?? (await readOnMainThread(file)));
}
