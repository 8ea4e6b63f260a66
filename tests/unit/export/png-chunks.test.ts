import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/export/crc32';
import { embedChartInPng, extractChartFromPng } from '../../../src/export/png-chunks';
import { tinyPng } from './png-fixture';

type Chunk = { type: string; length: number; crcOk: boolean };

/** Independent chunk reader, so the test does not trust the code under test to walk the file. */
function listChunks(png: Uint8Array): Chunk[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: Chunk[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const crcOk = crc32(png, at + 4, at + 8 + length) === view.getUint32(at + 8 + length);
    out.push({ type, length, crcOk });
    at += 12 + length;
  }
  return out;
}

const chartJson = JSON.stringify({
  format: 'opschart',
  version: 1,
  title: '电商平台运营 · 分工图',
  note: 'ünïcødé 🚀',
});

describe('crc32', () => {
  it('matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });
});

describe('embedChartInPng / extractChartFromPng', () => {
  it('the hand-made fixture is a well-formed PNG', () => {
    expect(listChunks(tinyPng()).map((c) => [c.type, c.crcOk])).toEqual([
      ['IHDR', true],
      ['IDAT', true],
      ['IEND', true],
    ]);
  });

  it('round-trips Chinese text through an iTXt chunk placed before IEND with a correct CRC', () => {
    const out = embedChartInPng(tinyPng(), chartJson);
    const chunks = listChunks(out);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    expect(chunks.every((c) => c.crcOk)).toBe(true);
    expect(extractChartFromPng(out)).toBe(chartJson);
  });

  it('replaces an earlier embedded chart instead of adding a second one', () => {
    const once = embedChartInPng(tinyPng(), '{"a":1}');
    const twice = embedChartInPng(once, chartJson);
    expect(listChunks(twice).filter((c) => c.type === 'iTXt')).toHaveLength(1);
    expect(extractChartFromPng(twice)).toBe(chartJson);
  });

  it('compresses a large document', () => {
    const big = JSON.stringify({
      nodes: Array.from({ length: 2000 }, (_, i) => ({ id: `n${i}`, title: '渠道运营' })),
    });
    const out = embedChartInPng(tinyPng(), big);
    expect(out.length).toBeLessThan(big.length / 5);
    expect(extractChartFromPng(out)).toBe(big);
  });

  it('returns null for a PNG without the chunk', () => {
    expect(extractChartFromPng(tinyPng())).toBeNull();
  });

  it('reads an uncompressed iTXt chunk written by another tool', () => {
    const png = tinyPng();
    const text = new TextEncoder().encode('opschart\0\0\0\0\0{"x":"中"}');
    const body = new Uint8Array([...new TextEncoder().encode('iTXt'), ...text]);
    const chunkBytes = new Uint8Array(12 + text.length);
    const view = new DataView(chunkBytes.buffer);
    view.setUint32(0, text.length);
    chunkBytes.set(body, 4);
    view.setUint32(8 + text.length, crc32(body));
    const iendAt = png.length - 12;
    const out = new Uint8Array([...png.subarray(0, iendAt), ...chunkBytes, ...png.subarray(iendAt)]);
    expect(extractChartFromPng(out)).toBe('{"x":"中"}');
  });

  it.each([
    ['empty', new Uint8Array()],
    ['random bytes', Uint8Array.from({ length: 300 }, (_, i) => (i * 131 + 7) & 255)],
    ['signature only', tinyPng().subarray(0, 8)],
    ['truncated mid-chunk', embedChartInPng(tinyPng(), chartJson).subarray(0, 60)],
    ['text, not a PNG', new TextEncoder().encode('{"format":"opschart"}')],
  ])('never throws on garbage: %s', (_name, bytes) => {
    expect(() => extractChartFromPng(bytes)).not.toThrow();
    expect(extractChartFromPng(bytes)).toBeNull();
  });

  it('rejects a chunk whose payload was tampered with (CRC mismatch)', () => {
    const out = embedChartInPng(tinyPng(), chartJson);
    const iTXtAt = out.length - 12 - 20;
    out[iTXtAt] = out[iTXtAt]! ^ 0xff;
    expect(extractChartFromPng(out)).toBeNull();
  });

  it('a chunk length pointing past the end of the file is handled', () => {
    const out = embedChartInPng(tinyPng(), chartJson);
    const broken = out.slice();
    // Set the IHDR length to a huge value.
    new DataView(broken.buffer).setUint32(8, 0x7ffffff0);
    expect(extractChartFromPng(broken)).toBeNull();
  });

  it('refuses to embed into something that is not a PNG', () => {
    expect(() => embedChartInPng(new Uint8Array([1, 2, 3]), '{}')).toThrow(/not a PNG/);
  });
});
