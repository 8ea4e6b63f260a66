import { zlibSync } from 'fflate';
import { crc32 } from './crc32';
import { inflateCapped } from './inflate-capped';

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10] as const;
/** The iTXt keyword under which the chart document travels inside an exported PNG. */
export const PNG_CHART_KEYWORD = 'opschart';
/** Same cap as a chart file: the embedded text must not be able to exhaust memory. */
const MAX_TEXT_BYTES = 20 * 1024 * 1024;

type Chunk = { type: string; start: number; dataStart: number; dataEnd: number; end: number };

const encoder = new TextEncoder();

function hasSignature(png: Uint8Array): boolean {
  return png.length >= 8 && SIGNATURE.every((byte, i) => png[i] === byte);
}

function readU32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

/** Walks the chunk list with bounds checks; stops (without throwing) at the first malformed chunk. */
function* chunks(png: Uint8Array): Generator<Chunk> {
  let at = 8;
  while (at + 12 <= png.length) {
    const length = readU32(png, at);
    const dataStart = at + 8;
    const dataEnd = dataStart + length;
    if (length > 0x7fffffff || dataEnd + 4 > png.length) return;
    const type = String.fromCharCode(png[at + 4]!, png[at + 5]!, png[at + 6]!, png[at + 7]!);
    yield { type, start: at, dataStart, dataEnd, end: dataEnd + 4 };
    if (type === 'IEND') return;
    at = dataEnd + 4;
  }
}

function makeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

function isChartChunk(png: Uint8Array, chunk: Chunk): boolean {
  if (chunk.type !== 'iTXt') return false;
  const keyword = encoder.encode(PNG_CHART_KEYWORD);
  if (chunk.dataEnd - chunk.dataStart <= keyword.length) return false;
  return (
    keyword.every((b, i) => png[chunk.dataStart + i] === b) && png[chunk.dataStart + keyword.length] === 0
  );
}

/**
 * Returns a copy of `png` with the chart document in a compressed iTXt chunk before IEND,
 * replacing an earlier one. Throws only when `png` is not a PNG (a programming error).
 */
export function embedChartInPng(png: Uint8Array, chartJson: string): Uint8Array {
  if (!hasSignature(png)) throw new Error('embedChartInPng: not a PNG file');
  const all = [...chunks(png)];
  const iend = all.find((c) => c.type === 'IEND');
  if (!iend) throw new Error('embedChartInPng: PNG has no IEND chunk');
  // iTXt layout: keyword \0, compression flag, method, language \0, translated keyword \0, text.
  // Compression flag 1, method 0 (zlib), empty language tag and translated keyword.
  const header = encoder.encode(`${PNG_CHART_KEYWORD}\0\u0001\0\0\0`);
  const body = zlibSync(encoder.encode(chartJson), { level: 9 });
  const data = new Uint8Array(header.length + body.length);
  data.set(header);
  data.set(body, header.length);
  const parts = all
    .filter((c) => c.type !== 'IEND' && !isChartChunk(png, c))
    .map((c) => png.subarray(c.start, c.end));
  parts.push(makeChunk('iTXt', data), png.subarray(iend.start, iend.end));
  const out = new Uint8Array(8 + parts.reduce((sum, p) => sum + p.length, 0));
  out.set(SIGNATURE);
  let at = 8;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The chart JSON embedded by `embedChartInPng`, or null; never throws on garbage. */
export function extractChartFromPng(png: Uint8Array): string | null {
  if (!hasSignature(png)) return null;
  for (const chunk of chunks(png)) {
    if (!isChartChunk(png, chunk)) continue;
    if (crc32(png, chunk.start + 4, chunk.dataEnd) !== readU32(png, chunk.dataEnd)) return null;
    const flagAt = chunk.dataStart + PNG_CHART_KEYWORD.length + 1;
    const compressed = png[flagAt] === 1;
    // Skip the language tag and the translated keyword, each NUL-terminated.
    let at = flagAt + 2;
    for (let nul = 0; nul < 2; nul++) {
      while (at < chunk.dataEnd && png[at] !== 0) at++;
      at++;
    }
    if (at > chunk.dataEnd) return null;
    const raw = png.subarray(at, chunk.dataEnd);
    const inflated = compressed
      ? inflateCapped(raw, MAX_TEXT_BYTES, 'zlib')
      : { ok: true as const, bytes: raw };
    if (!inflated.ok || inflated.bytes.length > MAX_TEXT_BYTES) return null;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
    } catch {
      return null;
    }
  }
  return null;
}
