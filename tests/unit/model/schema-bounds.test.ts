import { describe, expect, it } from 'vitest';
import { importChart } from '../../../src/model/import-chart';
import { makeChart, makeNode } from './make-chart';

// Issue 9: schema-valid extremes blanked the app (a date Intl cannot format, a card far off any canvas).
describe('schema bounds on what breaks rendering', () => {
  it.each([
    ['updatedAt: 1e300', { updatedAt: 1e300 }, {}],
    ['updatedAt: -1e16', { updatedAt: -1e16 }, {}],
    ['x: 1e20', {}, { position: { x: 1e20, y: 0 } }],
    ['y: -2e6', {}, { position: { x: 0, y: -2e6 } }],
  ])('refuses %s with a message naming the field', (_, chartFields, nodeFields) => {
    const chart = makeChart(
      [makeNode('r', null), makeNode('a', 'r', { title: 'x', headcount: 3, ...nodeFields })],
      chartFields,
    );
    const result = importChart(JSON.stringify(chart));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-field');
  });

  it('accepts the edges of the range', () => {
    const chart = makeChart([makeNode('r', null, { position: { x: 1e6, y: -1e6 } })], { updatedAt: 8.64e15 });
    expect(importChart(JSON.stringify(chart)).ok).toBe(true);
  });
});
