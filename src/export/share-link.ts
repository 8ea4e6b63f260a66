import { deflateSync } from 'fflate';
import { fromBase64Url, toBase64Url } from './base64url';
import { inflateCapped } from './inflate-capped';

export const SHARE_PREFIX = '#chart=';
/** Same cap as a chart file (LIMITS.fileBytes); a hostile link cannot inflate past it. */
export const SHARE_MAX_DECOMPRESSED = 20 * 1024 * 1024;
/** Far above what any browser keeps in a URL; rejecting early avoids decoding megabytes of noise. */
const MAX_FRAGMENT_CHARS = 8 * 1024 * 1024;

export type ShareDecodeFailure = 'not-a-share-link' | 'bad-encoding' | 'too-large' | 'corrupt';

export type ShareDecodeResult =
  { ok: true; text: string } | { ok: false; reason: ShareDecodeFailure; message: string };

/** `#chart=` + base64url(raw deflate(UTF-8 JSON)). */
export function encodeShareFragment(chartJson: string): string {
  const packed = deflateSync(new TextEncoder().encode(chartJson), { level: 9 });
  return SHARE_PREFIX + toBase64Url(packed);
}

const fail = (reason: ShareDecodeFailure, message: string): ShareDecodeResult => ({
  ok: false,
  reason,
  message,
});

/** Decodes a `#chart=` fragment back to the JSON text; never throws. The text still goes through importChart. */
export function decodeShareFragment(hash: string): ShareDecodeResult {
  if (typeof hash !== 'string' || !hash.startsWith(SHARE_PREFIX)) {
    return fail('not-a-share-link', 'The link does not contain a chart (#chart=…).');
  }
  const payload = hash.slice(SHARE_PREFIX.length);
  if (payload.length === 0) return fail('bad-encoding', 'The chart in the link is empty.');
  if (payload.length > MAX_FRAGMENT_CHARS) return fail('too-large', 'The chart in the link is too large.');
  const packed = fromBase64Url(payload);
  if (!packed) return fail('bad-encoding', 'The chart in the link is not valid base64url.');
  const inflated = inflateCapped(packed, SHARE_MAX_DECOMPRESSED, 'raw');
  if (!inflated.ok) {
    return inflated.reason === 'too-large'
      ? fail('too-large', 'The chart in the link is larger than 20 MB when unpacked.')
      : fail('corrupt', 'The chart in the link is damaged.');
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes) };
  } catch {
    return fail('corrupt', 'The chart in the link is not valid UTF-8 text.');
  }
}
