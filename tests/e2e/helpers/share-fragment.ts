import { deflateRawSync } from 'node:zlib';

/** A `#chart=` fragment as the app makes it: base64url of raw deflate of the text. */
export function shareFragment(text: string): string {
  return `#chart=${deflateRawSync(Buffer.from(text, 'utf8')).toString('base64url')}`;
}
