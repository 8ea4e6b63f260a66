import { describe, expect, it } from 'vitest';
import { mergeLibraries } from '../../../src/store/storage';

const meta = (id: string) => ({ id, title: id, updatedAt: 1 });

describe('mergeLibraries', () => {
  it('keeps charts another tab added', () => {
    expect(mergeLibraries([meta('a')], [meta('a'), meta('b')], new Set()).map((c) => c.id)).toEqual([
      'a',
      'b',
    ]);
  });

  it('does not bring back a chart this tab deleted', () => {
    expect(mergeLibraries([meta('a')], [meta('a'), meta('b')], new Set(['b'])).map((c) => c.id)).toEqual([
      'a',
    ]);
  });

  it('returns the same list when nothing is new, so callers can skip a state change', () => {
    const mine = [meta('a'), meta('b')];
    expect(mergeLibraries(mine, [meta('b')], new Set())).toBe(mine);
  });
});
