import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/model/schema';
import { moveNode, reorderSibling, type EditRefusal, type EditResult } from '../../../src/model/tree-edit';
import { expectOk, sampleChart, sharedIds } from './edit-helpers';
import { childIds, ids, makeChart, makeNode } from './make-chart';

const chart = sampleChart();
const reasonOf = (result: EditResult) => (result.ok ? 'ok' : result.reason);

describe('moveNode', () => {
  it('re-parents a subtree as the last child and keeps it together', () => {
    const { chart: next, focusId } = expectOk(moveNode(chart, 'a', 'c'));
    expect(focusId).toBe('a');
    expect(childIds(next, 'c')).toEqual(['a']);
    expect(childIds(next, 'a')).toEqual(['a1', 'a2']);
    expect(ids(next)).toEqual(['r', 'b', 'b1', 'c', 'a', 'a1', 'a2']);
    expect(next.links).toBe(chart.links);
    expect(sharedIds(chart, next)).toEqual(['r', 'b', 'b1', 'c', 'a1', 'a2']);
  });

  it.each([
    ['a1', 'a', 'a2', ['a1', 'a2']],
    ['a2', 'a', 'a1', ['a2', 'a1']],
    ['c', 'r', 'a', ['c', 'a', 'b']],
    ['c', 'r', 'b', ['a', 'c', 'b']],
  ])('moves %s under %s before %s', (id, parentId, beforeId, order) => {
    const { chart: next } = expectOk(moveNode(chart, id, parentId, beforeId));
    expect(childIds(next, parentId)).toEqual(order);
  });

  it('moves into another parent before a given child', () => {
    const { chart: next } = expectOk(moveNode(chart, 'c', 'a', 'a2'));
    expect(childIds(next, 'a')).toEqual(['a1', 'c', 'a2']);
    expect(childIds(next, 'r')).toEqual(['a', 'b']);
  });

  it('opens a collapsed new parent', () => {
    const { chart: next } = expectOk(moveNode(chart, 'c', 'b'));
    expect(next.nodes.find((n) => n.id === 'b')?.collapsed).toBeUndefined();
    expect(childIds(next, 'b')).toEqual(['b1', 'c']);
  });

  it.each([
    ['already last child', 'c', 'r', null],
    ['already before that sibling', 'a1', 'a', 'a2'],
    ['before itself', 'a1', 'a', 'a1'],
  ])('returns the same chart when %s', (_name, id, parentId, beforeId) => {
    expect(expectOk(moveNode(chart, id, parentId, beforeId)).chart).toBe(chart);
  });

  const deep = makeChart([
    ...Array.from({ length: LIMITS.depth + 1 }, (_, i) => makeNode(`n${i}`, i ? `n${i - 1}` : null)),
    makeNode('x', 'n0'),
    makeNode('x1', 'x'),
  ]);
  it.each<[string, EditResult, EditRefusal]>([
    ['the root', moveNode(chart, 'r', 'a'), 'root'],
    ['onto itself', moveNode(chart, 'a', 'a'), 'cycle'],
    ['onto a child', moveNode(chart, 'a', 'a1'), 'cycle'],
    ['onto a grandchild', moveNode(makeChart('r\n  a\n    b\n      c'), 'a', 'c'), 'cycle'],
    ['an unknown node', moveNode(chart, 'zzz', 'a'), 'not-found'],
    ['an unknown parent', moveNode(chart, 'a1', 'zzz'), 'not-found'],
    ['before a node of another parent', moveNode(chart, 'a1', 'c', 'b1'), 'invalid'],
    ['before an unknown node', moveNode(chart, 'a1', 'a', 'zzz'), 'invalid'],
    ['too deep', moveNode(deep, 'x', `n${LIMITS.depth - 1}`), 'invalid'],
  ])('refuses moving %s', (_name, result, reason) => {
    expect(reasonOf(result)).toBe(reason);
  });

  it('allows a move that lands exactly at the depth limit', () => {
    expect(reasonOf(moveNode(deep, 'x', `n${LIMITS.depth - 2}`))).toBe('ok');
  });
});

describe('reorderSibling', () => {
  it.each<[string, -1 | 1, string[]]>([
    ['b', -1, ['b', 'a', 'c']],
    ['b', 1, ['a', 'c', 'b']],
    ['a', 1, ['b', 'a', 'c']],
    ['c', -1, ['a', 'c', 'b']],
  ])('moves %s by %i', (id, delta, order) => {
    const { chart: next, focusId } = expectOk(reorderSibling(chart, id, delta));
    expect(childIds(next, 'r')).toEqual(order);
    expect(focusId).toBe(id);
  });

  it('moves whole subtrees, keeping the document in tree order', () => {
    const { chart: next } = expectOk(reorderSibling(chart, 'a', 1));
    expect(ids(next)).toEqual(['r', 'b', 'b1', 'a', 'a1', 'a2', 'c']);
  });

  it.each<[string, -1 | 1]>([
    ['a', -1],
    ['c', 1],
    ['b1', 1],
  ])('is a no-op at the end of the row (%s by %i)', (id, delta) => {
    expect(expectOk(reorderSibling(chart, id, delta)).chart).toBe(chart);
  });

  it.each<[string, EditResult, EditRefusal]>([
    ['the root', reorderSibling(chart, 'r', 1), 'root'],
    ['an unknown node', reorderSibling(chart, 'zzz', 1), 'not-found'],
  ])('refuses %s', (_name, result, reason) => {
    expect(reasonOf(result)).toBe(reason);
  });
});
