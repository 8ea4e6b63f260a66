import { LIMITS } from '../model/schema';

/** `code` picks the translated `importError_<code>` headline; `message` is the English detail. */
export type ReadResult =
  { ok: true; text: string } | { ok: false; code: 'too-large' | 'wrong-format'; message: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

/** Reads a dropped or picked file as chart text: JSON as is, a PNG or SVG through its embedded chart. */
export async function readImportFile(file: Blob & { name?: string }): Promise<ReadResult> {
  if (file.size > LIMITS.fileBytes) {
    const message = `the file is ${(file.size / 1048576).toFixed(1)} MB; the limit is 20 MB`;
    return { ok: false, code: 'too-large', message };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) {
    const text = (await import('../export/png-chunks')).extractChartFromPng(bytes);
    return text === null
      ? { ok: false, code: 'wrong-format', message: 'this PNG does not contain an OpsChart chart' }
      : { ok: true, text };
  }
  const text = new TextDecoder().decode(bytes);
  // Markup, not JSON: load the SVG reader only then.
  const svg = /^\uFEFF?\s*</.test(text.slice(0, 256)) ? await import('../export/svg-metadata') : null;
  if (svg?.looksLikeSvg(text)) {
    const chart = svg.extractChartFromSvg(text);
    return chart === null
      ? { ok: false, code: 'wrong-format', message: 'this SVG does not contain an OpsChart chart' }
      : { ok: true, text: chart };
  }
  return { ok: true, text };
}
