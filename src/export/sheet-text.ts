import Papa from 'papaparse';

export type DecodedText =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' }
  | { ok: false; reason: 'binary' };

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((b, i) => bytes[i] === b);

/**
 * Spreadsheet text from file bytes: a BOM says the encoding; otherwise strict UTF-8, and
 * when that fails, GB18030 (a superset of GBK, what Excel writes on a Chinese Windows).
 * NUL bytes without a UTF-16 BOM mean the file is not text at all (an image, a zip).
 */
export function decodeSheetBytes(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe]))
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { ok: true, text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** Rows of a CSV or TSV text (quoted fields may hold delimiters and line breaks). `auto` lets Papa Parse guess. */
export function parseDelimited(text: string, delimiter: ',' | '\t' | 'auto' = 'auto'): string[][] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const result = Papa.parse<string[]>(body, {
    delimiter: delimiter === 'auto' ? '' : delimiter,
    delimitersToGuess: [',', '\t', ';', '|'],
    skipEmptyLines: false,
  });
  return result.data;
}

/** CSV text with a BOM, so Excel opens the Chinese text as UTF-8; CRLF as Excel writes it. */
export function writeDelimited(rows: readonly (readonly string[])[], delimiter: ',' | '\t' = ','): string {
  return '\uFEFF' + Papa.unparse(rows as string[][], { delimiter, newline: '\r\n', quotes: false });
}
