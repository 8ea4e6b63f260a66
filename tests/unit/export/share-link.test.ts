import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../../../src/export/base64url';
import { decodeShareFragment, encodeShareFragment, SHARE_PREFIX } from '../../../src/export/share-link';

const json = JSON.stringify({
  format: 'opschart',
  version: 1,
  title: '电商平台运营',
  nodes: [{ id: 'r', title: '用户获取 🚀' }],
});

describe('base64url', () => {
  it.each([0, 1, 2, 3, 4, 5, 255, 256])('round-trips %i bytes', (length) => {
    const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) & 255);
    const text = toBase64Url(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(Array.from(fromBase64Url(text)!)).toEqual(Array.from(bytes));
  });

  it('agrees with the platform encoder', () => {
    const bytes = Uint8Array.from({ length: 100 }, (_, i) => (i * 91) & 255);
    const expected = Buffer.from(bytes).toString('base64url');
    expect(toBase64Url(bytes)).toBe(expected);
  });

  it.each(['ab+c', 'ab/c', 'abc=', 'a', 'ab c', 'ab\u00e9c'])('rejects %j', (text) => {
    expect(fromBase64Url(text)).toBeNull();
  });
});

describe('share link', () => {
  it('round-trips a chart with Chinese text', () => {
    const fragment = encodeShareFragment(json);
    expect(fragment.startsWith('#chart=')).toBe(true);
    expect(fragment.slice(SHARE_PREFIX.length)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeShareFragment(fragment)).toEqual({ ok: true, text: json });
  });

  it('compresses repetitive charts', () => {
    const big = JSON.stringify(
      Array.from({ length: 500 }, (_, i) => ({ id: `n${i}`, title: '渠道推广运营' })),
    );
    expect(encodeShareFragment(big).length).toBeLessThan(big.length / 3);
  });

  it.each([
    ['empty', ''],
    ['another fragment', '#section-2'],
    ['prefix without hash', 'chart=abc'],
    ['javascript url', 'javascript:alert(1)'],
  ])('refuses %s as not a share link', (_name, hash) => {
    const result = decodeShareFragment(hash);
    expect(result).toMatchObject({ ok: false, reason: 'not-a-share-link' });
  });

  it.each([
    ['empty payload', '#chart='],
    ['standard base64 characters', '#chart=ab+/cd=='],
    ['script', '#chart=<script>alert(1)</script>'],
    ['javascript', '#chart=javascript:alert(1)'],
    ['percent-encoded', '#chart=%41%42'],
  ])('refuses a payload that is not base64url: %s', (_name, hash) => {
    const result = decodeShareFragment(hash);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe('bad-encoding');
  });

  it('reports damaged data without throwing', () => {
    const fragment = encodeShareFragment(json);
    const damaged = fragment.slice(0, fragment.length - 10);
    expect(decodeShareFragment(damaged)).toMatchObject({ ok: false });
    expect(decodeShareFragment('#chart=AAAAAAAA')).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  it('refuses a decompression bomb past 20 MB', () => {
    const bomb = deflateSync(new Uint8Array(21 * 1024 * 1024), { level: 9 });
    const result = decodeShareFragment(SHARE_PREFIX + toBase64Url(bomb));
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('refuses bytes that are not UTF-8', () => {
    const packed = deflateSync(new Uint8Array([0xff, 0xfe, 0x80]));
    expect(decodeShareFragment(SHARE_PREFIX + toBase64Url(packed))).toMatchObject({
      ok: false,
      reason: 'corrupt',
    });
  });
});
