import { describe, expect, it } from 'vitest';
import { searchNodes } from '../../../src/model/tree-search';
import { makeChart, makeNode } from './make-chart';

const chart = makeChart([
  makeNode('r', null, { title: 'Platform operations', description: 'Everything about campaigns and users' }),
  makeNode('c1', 'r', { title: 'Content ops', metrics: ['Campaign reach'] }),
  makeNode('c2', 'r', { title: 'Campaign ops' }),
  makeNode('c3', 'r', { title: 'New-user campaign ops', owner: 'Alice' }),
  makeNode('c4', 'r', { title: 'campaign' }),
  makeNode('c5', 'r', {
    title: '商家运营',
    responsibilities: ['指导商家开店'],
    notes: 'GMV 负责人',
    subtitle: 'Merchant ops',
    goal: 'Supply',
  }),
]);

describe('searchNodes', () => {
  it('ranks exact, then prefix, then other title matches, then other fields (document order within a rank)', () => {
    const hits = searchNodes(chart, 'Campaign');
    expect(hits.map((h) => [h.id, h.field])).toEqual([
      ['c4', 'title'],
      ['c2', 'title'],
      ['c3', 'title'],
      ['c1', 'metrics'],
      ['r', 'description'],
    ]);
  });

  it.each([
    ['  ALICE ', 'c3', 'owner', 'Alice'],
    ['merchant', 'c5', 'subtitle', 'Merchant ops'],
    ['supply', 'c5', 'goal', 'Supply'],
    ['开店', 'c5', 'responsibilities', '指导商家开店'],
    ['负责人', 'c5', 'notes', 'GMV 负责人'],
    ['商家', 'c5', 'title', '商家运营'],
  ])('query %j finds %s by %s', (query, id, field, snippet) => {
    expect(searchNodes(chart, query)).toEqual([{ id, field, snippet }]);
  });

  it.each(['', '   ', '\n'])('an empty query %j finds nothing', (query) => {
    expect(searchNodes(chart, query)).toEqual([]);
  });

  it('respects the limit', () => {
    expect(searchNodes(chart, 'ops', 2)).toHaveLength(2);
    expect(searchNodes(chart, 'ops', 0)).toEqual([]);
  });

  it('cuts a snippet around a match in long text', () => {
    const long = `${'a'.repeat(100)} needle ${'b'.repeat(100)}`;
    const [hit] = searchNodes(makeChart([makeNode('r', null, { description: long })]), 'NEEDLE');
    expect(hit?.snippet).toBe(`…${'a'.repeat(29)} needle ${'b'.repeat(29)}…`);
  });
});
