import { describe, expect, it } from 'vitest';
import {
  ancestorsToExpand,
  childrenOf,
  collapseToLevel,
  depthOf,
  descendantCount,
  hiddenCount,
  indexChart,
  nodesAtDepth,
  parentOf,
  pathToRoot,
  revealNode,
  setAllCollapsed,
  subtreeIds,
  visibleNodes,
} from '../../../src/model/tree';
import { makeChart, makeNode } from './make-chart';

const chart = makeChart(`
  r
    a
      a1
      a2 +
        a21
        a22
    b +
      b1
        b11
    c
`);
const index = indexChart(chart);
const idsOf = (nodes: readonly { id: string }[]) => nodes.map((n) => n.id);

describe('indexChart', () => {
  it('indexes nodes, children in document order, positions and the root', () => {
    expect(index.root.id).toBe('r');
    expect(index.byId.get('a21')?.parentId).toBe('a2');
    expect(idsOf(index.childrenOf.get('r') ?? [])).toEqual(['a', 'b', 'c']);
    expect(index.order.get('c')).toBe(9);
  });

  it('is cached per chart object', () => {
    expect(indexChart(chart)).toBe(index);
    expect(indexChart({ ...chart })).not.toBe(index);
  });
});

describe('reads', () => {
  it.each([
    ['r', ['a', 'b', 'c']],
    ['a2', ['a21', 'a22']],
    ['c', []],
    ['missing', []],
  ])('childrenOf(%s)', (id, expected) => {
    expect(idsOf(childrenOf(index, id))).toEqual(expected);
  });

  it.each([
    ['a21', ['r', 'a', 'a2', 'a21'], 3],
    ['r', ['r'], 0],
    ['missing', [], -1],
  ])('pathToRoot(%s) and depthOf', (id, path, depth) => {
    expect(idsOf(pathToRoot(index, id))).toEqual(path);
    expect(depthOf(index, id)).toBe(depth);
  });

  it.each([
    ['r', ['r', 'a', 'a1', 'a2', 'a21', 'a22', 'b', 'b1', 'b11', 'c'], 9],
    ['a', ['a', 'a1', 'a2', 'a21', 'a22'], 4],
    ['c', ['c'], 0],
    ['missing', [], 0],
  ])('subtreeIds(%s) and descendantCount', (id, subtree, count) => {
    expect(subtreeIds(index, id)).toEqual(subtree);
    expect(descendantCount(index, id)).toBe(count);
  });

  it('parentOf', () => {
    expect(parentOf(index, 'a1')?.id).toBe('a');
    expect(parentOf(index, 'r')).toBeUndefined();
  });
});

describe('collapsed state', () => {
  it('visibleNodes hides descendants of collapsed nodes but shows the collapsed node', () => {
    expect(idsOf(visibleNodes(index))).toEqual(['r', 'a', 'a1', 'a2', 'b', 'c']);
  });

  it('visibleNodes follows tree order even when children precede parents in the file', () => {
    const shuffled = makeChart([
      makeNode('x', 'a'),
      makeNode('r', null),
      makeNode('b', 'r'),
      makeNode('a', 'r'),
    ]);
    expect(idsOf(visibleNodes(indexChart(shuffled)))).toEqual(['r', 'b', 'a', 'x']);
  });

  it.each([
    ['a2', 2],
    ['b', 2],
    ['a', 0],
    ['c', 0],
  ])('hiddenCount(%s) = %i', (id, count) => {
    expect(hiddenCount(index, id)).toBe(count);
  });

  it('ancestorsToExpand lists collapsed ancestors root first, not the node itself', () => {
    const nested = makeChart('r +\n  a\n    b +\n      c +\n        d');
    expect(idsOf(ancestorsToExpand(indexChart(nested), 'd'))).toEqual(['r', 'b', 'c']);
    expect(idsOf(ancestorsToExpand(indexChart(nested), 'r'))).toEqual([]);
  });

  it('revealNode opens exactly those ancestors and shares the rest', () => {
    const next = revealNode(chart, 'b11');
    expect(next.nodes.filter((n) => n.collapsed).map((n) => n.id)).toEqual(['a2']);
    expect(visibleNodes(indexChart(next)).some((n) => n.id === 'b11')).toBe(true);
    expect(next.nodes[4]).toBe(chart.nodes[4]);
    expect(revealNode(chart, 'a1')).toBe(chart);
  });

  it('nodesAtDepth', () => {
    expect(idsOf(nodesAtDepth(index, 1))).toEqual(['a', 'b', 'c']);
    expect(idsOf(nodesAtDepth(index, 2))).toEqual(['a1', 'a2', 'b1']);
    expect(nodesAtDepth(index, 9)).toEqual([]);
  });

  it.each([
    [0, ['r', 'a', 'a2', 'b', 'b1']],
    [1, ['a', 'a2', 'b', 'b1']],
    [2, ['a2', 'b1']],
    [3, []],
  ])('collapseToLevel(%i) collapses nodes with children at that depth or deeper', (level, collapsed) => {
    const next = collapseToLevel(chart, level);
    expect(next.nodes.filter((n) => n.collapsed).map((n) => n.id)).toEqual(collapsed);
    // Leaves are never touched.
    expect(next.nodes[2]).toBe(chart.nodes[2]);
  });

  it('collapseToLevel returns the same chart when nothing changes', () => {
    const once = collapseToLevel(chart, 2);
    expect(collapseToLevel(once, 2)).toBe(once);
  });

  it('setAllCollapsed touches only nodes with children and shares the rest', () => {
    const closed = setAllCollapsed(chart, true);
    expect(closed.nodes.filter((n) => n.collapsed).map((n) => n.id)).toEqual(['r', 'a', 'a2', 'b', 'b1']);
    expect(closed.nodes.find((n) => n.id === 'a2')).toBe(chart.nodes.find((n) => n.id === 'a2'));
    const open = setAllCollapsed(chart, false);
    expect(open.nodes.some((n) => n.collapsed)).toBe(false);
    expect(open.nodes.find((n) => n.id === 'a2')).not.toHaveProperty('collapsed');
    expect(setAllCollapsed(open, false)).toBe(open);
  });
});

describe('large charts', () => {
  it('handles a 20,000-node chain without recursion limits', () => {
    const nodes = Array.from({ length: 20_000 }, (_, i) => makeNode(`n${i}`, i ? `n${i - 1}` : null));
    const big = indexChart(makeChart(nodes));
    expect(depthOf(big, 'n19999')).toBe(19_999);
    expect(descendantCount(big, 'n0')).toBe(19_999);
    expect(visibleNodes(big)).toHaveLength(20_000);
  });
});
