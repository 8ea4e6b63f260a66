import { describe, expect, it } from 'vitest';
import {
  HISTORY_LIMIT,
  keepFolds,
  record,
  stepBack,
  stepForward,
  type History,
} from '../../../src/store/history';
import type { ChartDoc as Chart } from '../../../src/model/schema';
import { makeChart } from '../model/make-chart';

const chartNo = (i: number): Chart => makeChart('r', { id: 'c', title: { en: `v${i}` } });
const empty: History = { past: [], future: [] };

describe('record', () => {
  it('pushes the previous document and clears the redo future', () => {
    const a = chartNo(1);
    const b = chartNo(2);
    const h = record({ past: [a], future: [b] }, b);
    expect(h.past).toEqual([a, b]);
    expect(h.past[1]).toBe(b);
    expect(h.future).toEqual([]);
  });

  it('never mutates the history it is given', () => {
    const past = [chartNo(1)];
    const before = past.slice();
    record({ past, future: [] }, chartNo(2));
    expect(past).toEqual(before);
  });

  it(`keeps at most ${HISTORY_LIMIT} steps, dropping the oldest`, () => {
    let h = empty;
    const total = HISTORY_LIMIT + 25;
    for (let i = 0; i < total; i++) h = record(h, chartNo(i));
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]?.title.en).toBe(`v${total - HISTORY_LIMIT}`);
    expect(h.past.at(-1)?.title.en).toBe(`v${total - 1}`);
  });
});

describe('stepBack / stepForward', () => {
  it('returns null when there is nothing to undo or redo', () => {
    expect(stepBack(empty, chartNo(0))).toBeNull();
    expect(stepForward(empty, chartNo(0))).toBeNull();
  });

  it('walks back and forth through the same documents', () => {
    const [a, b, c] = [chartNo(1), chartNo(2), chartNo(3)];
    const h = record(record(empty, a), b);
    const back = stepBack(h, c);
    expect(back?.chart).toBe(b);
    expect(back?.past).toEqual([a]);
    expect(back?.future[0]).toBe(c);
    const back2 = stepBack(back!, b);
    expect(back2?.chart).toBe(a);
    expect(back2?.past).toEqual([]);
    expect(back2?.future).toEqual([b, c]);
    const fwd = stepForward(back2!, a);
    expect(fwd?.chart).toBe(b);
    expect(fwd?.past).toEqual([a]);
    expect(fwd?.future).toEqual([c]);
    const fwd2 = stepForward(fwd!, b);
    expect(fwd2?.chart).toBe(c);
    expect(fwd2?.future).toEqual([]);
  });
});

describe('keepFolds', () => {
  const older = makeChart(`
    r
      a +
        a1
      b
        b1
  `);

  it('returns the restored document itself when folds agree', () => {
    expect(keepFolds(older, older)).toBe(older);
  });

  it('carries the current folds onto the restored document, leaving content alone', () => {
    const current: Chart = {
      ...older,
      nodes: older.nodes.map((n) =>
        n.id === 'a' ? { ...n, collapsed: false } : n.id === 'b' ? { ...n, collapsed: true } : n,
      ),
    };
    const restored: Chart = {
      ...older,
      nodes: older.nodes.map((n) => (n.id === 'b1' ? { ...n, title: { en: 'old title' } } : n)),
    };
    const kept = keepFolds(restored, current);
    expect(kept.nodes.find((n) => n.id === 'a')?.collapsed).toBeFalsy();
    expect(kept.nodes.find((n) => n.id === 'b')?.collapsed).toBe(true);
    expect(kept.nodes.find((n) => n.id === 'b1')?.title).toEqual({ en: 'old title' });
    // Untouched nodes stay shared, so undo stays cheap and memo cards skip them.
    expect(kept.nodes.find((n) => n.id === 'r')).toBe(restored.nodes[0]);
  });

  it('leaves nodes that no longer exist in the current document as they were', () => {
    const current = makeChart('r');
    expect(keepFolds(older, current)).toBe(older);
  });
});
