import { expect, test } from 'vitest';
import { COMPACT, GAPS, gapsFor, NODE_SIZES, nodeSize } from '../../../src/layout/node-size';
import { NODE_KINDS } from '../../../src/model/schema';

test('every node kind has a fixed card size; function cards are the tallest', () => {
  for (const kind of NODE_KINDS) expect(nodeSize(kind)).toBe(NODE_SIZES[kind]);
  expect(nodeSize('root')).toEqual({ width: 280, height: 88 });
  expect(nodeSize('function')).toEqual({ width: 230, height: 132 });
  expect(Math.max(...NODE_KINDS.map((k) => nodeSize(k).height))).toBe(nodeSize('function').height);
});

test('gaps per direction, wider between levels than between siblings', () => {
  expect(gapsFor('TB')).toEqual({ sibling: 28, level: 72 });
  expect(gapsFor('LR')).toEqual({ sibling: 40, level: 96 });
  for (const g of Object.values(GAPS)) expect(g.level).toBeGreaterThan(g.sibling);
  expect(COMPACT.minLeaves).toBe(3);
});
