import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyPngToClipboard } from '../../../src/export/clipboard';

class FakeClipboardItem {
  constructor(readonly items: Record<string, Blob>) {}
}

const blob = new Blob([new Uint8Array([137, 80])], { type: 'image/png' });

function install(write: ((items: unknown[]) => Promise<void>) | undefined) {
  vi.stubGlobal('ClipboardItem', FakeClipboardItem);
  Object.defineProperty(navigator, 'clipboard', { value: write ? { write } : undefined, configurable: true });
}

describe('copyPngToClipboard', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  });

  it('writes the PNG as image/png', async () => {
    const write = vi.fn(async () => {});
    install(write);
    await expect(copyPngToClipboard(blob)).resolves.toBe('copied');
    const [items] = write.mock.calls[0] as unknown as [FakeClipboardItem[]];
    expect(items[0]?.items['image/png']).toBe(blob);
  });

  it('reports denied when permission is refused', async () => {
    install(() => Promise.reject(new DOMException('no', 'NotAllowedError')));
    await expect(copyPngToClipboard(blob)).resolves.toBe('denied');
  });

  it('reports unsupported on other failures and when the API is missing', async () => {
    install(() => Promise.reject(new TypeError('image/png not supported')));
    await expect(copyPngToClipboard(blob)).resolves.toBe('unsupported');
    install(undefined);
    await expect(copyPngToClipboard(blob)).resolves.toBe('unsupported');
  });
});
