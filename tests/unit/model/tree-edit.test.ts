import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/model/schema';
import {
  addChild,
  addSibling,
  removeNode,
  removeNodes,
  updateNode,
  type EditRefusal,
  type EditResult,
} from '../../../src/model/tree-edit';
import { expectOk, sampleChart, sharedIds } from './edit-helpers';
import { childIds, ids, makeChart, makeNode } from './make-chart';

const chart = sampleChart();
const reasonOf = (result: EditResult) => (result.ok ? 'ok' : result.reason);

describe('addChild', () => {
  it('appends a last child with defaults and focuses it', () => {
    const { chart: next, focusId } = expectOk(addChild(chart, 'a'));
    expect(childIds(next, 'a')).toEqual(['a1', 'a2', focusId]);
    expect(ids(next)).toEqual(['r', 'a', 'a1', 'a2', focusId, 'b', 'b1', 'c']);
    expect(next.nodes[4]).toEqual({
      id: focusId,
      parentId: 'a',
      kind: 'function',
      title: { 'zh-CN': '新职能', en: 'New function' },
      responsibilities: [],
      metrics: [],
    });
    expect(sharedIds(chart, next)).toEqual(ids(chart));
  });

  it('uses the given fields and the chain kind under the root', () => {
    const { chart: next, focusId } = expectOk(
      addChild(chart, 'r', { title: { en: '  Growth ' }, metrics: [{ en: 'DAU' }] }),
    );
    const added = next.nodes.find((n) => n.id === focusId);
    expect(added).toMatchObject({
      kind: 'chain',
      title: { en: 'Growth' },
      metrics: [{ en: 'DAU' }],
      parentId: 'r',
    });
    expect(ids(next).at(-1)).toBe(focusId);
  });

  it('names a node given no title in both languages', () => {
    const { chart: next, focusId } = expectOk(addChild(chart, 'c'));
    expect(next.nodes.find((n) => n.id === focusId)?.title).toEqual({
      'zh-CN': '新职能',
      en: 'New function',
    });
  });

  it('opens a collapsed parent so the new node shows', () => {
    const { chart: next } = expectOk(addChild(chart, 'b'));
    expect(next.nodes.find((n) => n.id === 'b')?.collapsed).toBeUndefined();
  });

  it('mints an id not used by any node or link', () => {
    for (let i = 0; i < 20; i++) {
      const { focusId } = expectOk(addChild(chart, 'r'));
      expect(['r', 'a', 'a1', 'a2', 'b', 'b1', 'c', 'l1', 'l2']).not.toContain(focusId);
    }
  });

  const deep = makeChart(
    Array.from({ length: LIMITS.depth + 1 }, (_, i) => makeNode(`n${i}`, i ? `n${i - 1}` : null)),
  );
  const full = makeChart(Array.from({ length: LIMITS.nodes }, (_, i) => makeNode(`n${i}`, i ? 'n0' : null)));
  it.each<[string, EditResult, EditRefusal]>([
    ['unknown parent', addChild(chart, 'zzz'), 'not-found'],
    ['blank title', addChild(chart, 'a', { title: { en: '  ' } }), 'empty-title'],
    ['over-long title', addChild(chart, 'a', { title: { en: 'x'.repeat(LIMITS.title + 1) } }), 'too-long'],
    ['bad colour', addChild(chart, 'a', { color: 'blue' }), 'invalid'],
    ['too deep', addChild(deep, `n${LIMITS.depth}`), 'invalid'],
    ['too many nodes', addChild(full, 'n0'), 'too-many-nodes'],
  ])('refuses %s', (_name, result, reason) => {
    expect(reasonOf(result)).toBe(reason);
  });
});

describe('addSibling', () => {
  it.each([
    ['a1', ['a1', 'NEW', 'a2']],
    ['a2', ['a1', 'a2', 'NEW']],
  ])('inserts right after %s', (id, order) => {
    const { chart: next, focusId } = expectOk(addSibling(chart, id));
    expect(childIds(next, 'a').map((x) => (x === focusId ? 'NEW' : x))).toEqual(order);
  });

  it('inserts after the whole subtree of the node in document order', () => {
    const { chart: next, focusId } = expectOk(addSibling(chart, 'a', { title: { en: 'Side' } }));
    expect(ids(next)).toEqual(['r', 'a', 'a1', 'a2', focusId, 'b', 'b1', 'c']);
    expect(next.nodes[4]).toMatchObject({ kind: 'function', title: { en: 'Side' }, parentId: 'r' });
  });

  it('copies the kind of the node', () => {
    const typed = makeChart([makeNode('r', null), makeNode('s', 'r', { kind: 'side' })]);
    const { chart: next, focusId } = expectOk(addSibling(typed, 's'));
    expect(next.nodes.find((n) => n.id === focusId)?.kind).toBe('side');
  });

  it.each<[string, EditResult, EditRefusal]>([
    ['the root', addSibling(chart, 'r'), 'root'],
    ['an unknown node', addSibling(chart, 'zzz'), 'not-found'],
  ])('refuses %s', (_name, result, reason) => {
    expect(reasonOf(result)).toBe(reason);
  });
});

describe('updateNode', () => {
  it('changes fields, trims the title and shares every other node', () => {
    const { chart: next } = expectOk(
      updateNode(chart, 'a1', { title: { en: ' Ads ' }, owner: 'Bo', responsibilities: [{ en: 'x' }] }),
    );
    expect(next.nodes[2]).toMatchObject({
      id: 'a1',
      parentId: 'a',
      title: { en: 'Ads' },
      owner: 'Bo',
      responsibilities: [{ en: 'x' }],
    });
    expect(sharedIds(chart, next)).toEqual(ids(chart).filter((id) => id !== 'a1'));
    expect(next.links).toBe(chart.links);
  });

  it('clears an optional field given undefined', () => {
    const withOwner = expectOk(updateNode(chart, 'a1', { owner: 'Bo' })).chart;
    const { chart: next } = expectOk(updateNode(withOwner, 'a1', { owner: undefined }));
    expect(next.nodes[2]).not.toHaveProperty('owner');
  });

  it('returns the same chart for a no-op patch', () => {
    expect(expectOk(updateNode(chart, 'a1', { title: { en: 'a1' }, metrics: [] })).chart).toBe(chart);
  });

  it('ignores attempts to change the id or the parent', () => {
    const patch = { id: 'hack', parentId: 'c', title: { en: 'T' } } as unknown as Parameters<
      typeof updateNode
    >[2];
    const { chart: next } = expectOk(updateNode(chart, 'a1', patch));
    expect(next.nodes[2]).toMatchObject({ id: 'a1', parentId: 'a', title: { en: 'T' } });
  });

  it.each<[string, EditResult, EditRefusal]>([
    ['an unknown node', updateNode(chart, 'zzz', { title: { en: 'x' } }), 'not-found'],
    ['an empty title', updateNode(chart, 'a', { title: { en: '' } }), 'empty-title'],
    ['a blank title', updateNode(chart, 'a', { title: { en: ' \t ' } }), 'empty-title'],
    [
      'an over-long title',
      updateNode(chart, 'a', { title: { en: 'x'.repeat(LIMITS.title + 1) } }),
      'too-long',
    ],
    [
      'an over-long description',
      updateNode(chart, 'a', { description: { en: 'x'.repeat(LIMITS.description + 1) } }),
      'too-long',
    ],
    [
      'an over-long list item',
      updateNode(chart, 'a', { metrics: [{ en: 'x'.repeat(LIMITS.listItem + 1) }] }),
      'too-long',
    ],
    [
      'too many list items',
      updateNode(chart, 'a', { metrics: Array.from({ length: LIMITS.listItems + 1 }, () => ({ en: 'm' })) }),
      'too-long',
    ],
    ['a negative headcount', updateNode(chart, 'a', { headcount: -1 }), 'invalid'],
    ['a non-finite headcount', updateNode(chart, 'a', { headcount: Infinity }), 'invalid'],
    ['an unknown kind', updateNode(chart, 'a', { kind: 'boss' as 'group' }), 'invalid'],
  ])('refuses %s', (_name, result, reason) => {
    expect(reasonOf(result)).toBe(reason);
  });
});

describe('removeNode', () => {
  it('subtree: removes the node, its descendants and links touching them', () => {
    const { chart: next, focusId } = expectOk(removeNode(chart, 'a', 'subtree'));
    expect(ids(next)).toEqual(['r', 'b', 'b1', 'c']);
    expect(next.links).toEqual([]);
    expect(focusId).toBe('r');
    expect(sharedIds(chart, next)).toEqual(['r', 'b', 'b1', 'c']);
  });

  it('lift: children take the node’s place among its siblings', () => {
    const { chart: next, focusId } = expectOk(removeNode(chart, 'a', 'lift'));
    expect(childIds(next, 'r')).toEqual(['a1', 'a2', 'b', 'c']);
    expect(ids(next)).toEqual(['r', 'a1', 'a2', 'b', 'b1', 'c']);
    expect(next.links.map((l) => l.id)).toEqual(['l1']);
    expect(focusId).toBe('r');
    expect(sharedIds(chart, next)).toEqual(['r', 'b', 'b1', 'c']);
  });

  it('lift keeps sibling order when the file is not in tree order', () => {
    // x's children appear far from x in the array.
    const messy = makeChart([
      makeNode('x2', 'x'),
      makeNode('r', null),
      makeNode('p', 'r'),
      makeNode('x', 'r'),
      makeNode('q', 'r'),
      makeNode('x1', 'x'),
      makeNode('y', 'x1'),
    ]);
    const { chart: next } = expectOk(removeNode(messy, 'x', 'lift'));
    expect(childIds(next, 'r')).toEqual(['p', 'x2', 'x1', 'q']);
    expect(childIds(next, 'x1')).toEqual(['y']);
  });

  it('lift of a leaf just removes it', () => {
    const { chart: next } = expectOk(removeNode(chart, 'c', 'lift'));
    expect(ids(next)).toEqual(['r', 'a', 'a1', 'a2', 'b', 'b1']);
  });

  it.each<[string, EditResult, EditRefusal]>([
    ['the root (subtree)', removeNode(chart, 'r', 'subtree'), 'root'],
    ['the root (lift)', removeNode(chart, 'r', 'lift'), 'root'],
    ['an unknown node', removeNode(chart, 'zzz', 'subtree'), 'not-found'],
  ])('refuses %s', (_name, result, reason) => {
    expect(reasonOf(result)).toBe(reason);
  });
});

describe('removeNodes', () => {
  it('removes several subtrees, skipping the root and unknown ids', () => {
    const { chart: next, focusId } = expectOk(removeNodes(chart, ['r', 'a2', 'b', 'zzz', 'b1']));
    expect(ids(next)).toEqual(['r', 'a', 'a1', 'c']);
    expect(next.links.map((l) => l.id)).toEqual(['l2']);
    expect(focusId).toBe('a');
  });

  it('focuses the nearest surviving ancestor', () => {
    expect(expectOk(removeNodes(chart, ['a1', 'a'])).focusId).toBe('r');
  });

  it.each<[string, EditResult, EditRefusal]>([
    ['only the root', removeNodes(chart, ['r']), 'root'],
    ['only unknown ids', removeNodes(chart, ['zzz']), 'not-found'],
    ['nothing', removeNodes(chart, []), 'not-found'],
  ])('refuses %s', (_name, result, reason) => {
    expect(reasonOf(result)).toBe(reason);
  });
});
