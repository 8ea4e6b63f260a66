import { LIMITS } from '../model/schema';
import { useChartStore } from '../store/store';

const EXTENSIONS = ['.csv', '.tsv', '.tab', '.xlsx', '.txt', '.md', '.markdown'];

/** Spreadsheets and outlines, by name: their reader (Papa Parse, the XLSX reader) loads only when one arrives. */
export const isStructuredFile = (file: { name?: string }) =>
  EXTENSIONS.some((ext) => (file.name ?? '').toLowerCase().endsWith(ext));

/** Reads a spreadsheet or outline file and hands it to the mapping step (or the outline import). */
export async function importStructuredFile(file: File): Promise<void> {
  const s = useChartStore.getState();
  if (file.size > LIMITS.fileBytes) {
    const detail = `${file.name}: ${(file.size / 1048576).toFixed(1)} MB`;
    s.notify({ id: 'import', tone: 'error', key: 'importError_too-large', params: { detail } });
    return;
  }
  const [{ readStructuredFile }, bytes] = await Promise.all([
    import('../export/structured-input'),
    file.arrayBuffer().then((b) => new Uint8Array(b)),
  ]);
  await s.openStructured(readStructuredFile(bytes, file.name));
}
