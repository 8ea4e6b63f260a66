import { describe, expect, it, vi } from 'vitest';

describe('English strings on demand', () => {
  it('are fetched on first use: Chinese meanwhile, then English and a call to each listener', async () => {
    // A fresh copy of the module: the test setup has already loaded English into the shared one.
    vi.resetModules();
    const strings = await import('../../../src/i18n/strings');
    expect(strings.hasStrings('zh-CN')).toBe(true);
    expect(strings.hasStrings('en')).toBe(false);
    const heard = vi.fn();
    strings.onStringsLoaded(heard);
    expect(strings.translate('en', 'undo')).toBe('撤销');
    await strings.loadStrings('en');
    expect(heard).toHaveBeenCalledTimes(1);
    expect(strings.hasStrings('en')).toBe(true);
    expect(strings.translate('en', 'undo')).toBe('Undo');
    expect(strings.translate('en', 'matchesCount', { n: 1 })).toBe('1 match');
    await strings.loadStrings('en');
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
