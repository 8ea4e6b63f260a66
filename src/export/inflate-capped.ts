import { Inflate, Unzlib } from 'fflate';

export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'corrupt' };

/** Compressed bytes fed per step: at deflate's ~1032:1 maximum ratio one step yields at most ~17 MB. */
const STEP = 16 * 1024;

/**
 * Inflates untrusted data without letting a "zip bomb" allocate without bound: input is
 * fed in small steps and decompression stops once the output passes `maxBytes`.
 * Never throws.
 */
export function inflateCapped(data: Uint8Array, maxBytes: number, wrapper: 'raw' | 'zlib'): InflateResult {
  const parts: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  let done = false;
  const onData = (chunk: Uint8Array, final: boolean) => {
    total += chunk.length;
    if (total > maxBytes) {
      tooLarge = true;
      return;
    }
    parts.push(chunk);
    if (final) done = true;
  };
  try {
    const stream = wrapper === 'raw' ? new Inflate(onData) : new Unzlib(onData);
    for (let offset = 0; offset < data.length && !tooLarge; offset += STEP) {
      const end = Math.min(offset + STEP, data.length);
      stream.push(data.subarray(offset, end), end === data.length);
    }
  } catch {
    return { ok: false, reason: tooLarge ? 'too-large' : 'corrupt' };
  }
  if (tooLarge) return { ok: false, reason: 'too-large' };
  if (!done) return { ok: false, reason: 'corrupt' };
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return { ok: true, bytes: out };
}
