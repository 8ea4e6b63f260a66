import { crc32 } from '../../../src/export/crc32';

function chunk(type: string, data: number[]): number[] {
  const body = [...type].map((c) => c.charCodeAt(0)).concat(data);
  const crc = crc32(Uint8Array.from(body));
  const u32 = (v: number) => [(v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255];
  return [...u32(data.length), ...body, ...u32(crc)];
}

/** A valid 1×1 white RGB PNG, built byte by byte (the IDAT is a stored, uncompressed zlib block). */
export function tinyPng(): Uint8Array {
  const ihdr = [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];
  const raw = [0, 255, 255, 255]; // filter byte 0, then one RGB pixel
  const adler = ((): number[] => {
    let a = 1;
    let b = 0;
    for (const v of raw) {
      a = (a + v) % 65521;
      b = (b + a) % 65521;
    }
    const s = ((b << 16) | a) >>> 0;
    return [(s >>> 24) & 255, (s >>> 16) & 255, (s >>> 8) & 255, s & 255];
  })();
  const idat = [0x78, 0x01, 1, raw.length, 0, ~raw.length & 255, 255, ...raw, ...adler];
  return Uint8Array.from([
    137,
    80,
    78,
    71,
    13,
    10,
    26,
    10,
    ...chunk('IHDR', ihdr),
    ...chunk('IDAT', idat),
    ...chunk('IEND', []),
  ]);
}
