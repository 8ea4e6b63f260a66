import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/model/schema';
import {
  duplicateSubtree,
  extractSubtree,
  parseClip,
  pasteSubtree,
  type EditRefusal,
  type EditResult,
  type SubtreeClip,
} from '../../../src/model/tree-edit';
import { expectOk, sampleChart, sharedIds } from './edit-helpers';
import { childIds, ids, makeChart, makeNode } from './make-chart';

const chart = sampleChart();
const reasonOf = (result: EditResult) => (result.ok ? 'ok' : result.reason);

describe('extractSubtree', () => {
  it('takes the subtree in document order, detaches its top and keeps internal links only', () => {
    const withInner = {
      ...chart,
      links: [...chart.links, { id: 'l3', source: 'a1', target: 'a2', kind: 'works-with' as const }],
    };
    const clip = extractSubtree(withInner, 'a');
    expect(clip?.format).toBe('opschart-subtree');
    expect(clip?.nodes.map((n) => [n.id, n.parentId])).toEqual([
      ['a', null],
      ['a1', 'a'],
      ['a2', 'a'],
    ]);
    expect(clip?.links.map((l) => l.id)).toEqual(['l3']);
  });

  it('returns null for an unknown id', () => {
    expect(extractSubtree(chart, 'zzz')).toBeNull();
  });
});

describe('parseClip', () => {
  const clip = extractSubtree(chart, 'a') as SubtreeClip;

  it('round-trips a clip through JSON', () => {
    expect(parseClip(JSON.stringify(clip))).toEqual(clip);
  });

  it.each([
    ['not JSON', 'hello'],
    ['a chart, not a clip', JSON.stringify(chart)],
    ['a wrong version', JSON.stringify({ ...clip, version: 3 })],
    ['no nodes', JSON.stringify({ ...clip, nodes: [] })],
    ['two tops', JSON.stringify({ ...clip, nodes: [...clip.nodes, makeNode('z', null)] })],
    ['a missing parent', JSON.stringify({ ...clip, nodes: [...clip.nodes, makeNode('z', 'ghost')] })],
    ['an invalid node', JSON.stringify({ ...clip, nodes: [{ ...clip.nodes[0], title: '' }] })],
    ['a huge text', ' '.repeat(LIMITS.fileBytes + 1)],
  ])('returns null for %s', (_name, text) => {
    expect(parseClip(text)).toBeNull();
  });

  it('drops dangling links instead of failing', () => {
    const text = JSON.stringify({
      ...clip,
      links: [{ id: 'l', source: 'a', target: 'elsewhere', kind: 'works-with' }],
    });
    expect(parseClip(text)?.links).toEqual([]);
  });

  it('strips prototype keys', () => {
    const text = JSON.stringify(clip).replace('"title":"a"', '"title":"a","__proto__":{"polluted":1}');
    expect(parseClip(text)?.nodes[0]).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('pasteSubtree', () => {
  const clip = extractSubtree(chart, 'a') as SubtreeClip;

  it('adds the clip as last child with fresh ids, remapped parents and links', () => {
    const withInner = {
      ...chart,
      links: [...chart.links, { id: 'l3', source: 'a1', target: 'a2', kind: 'works-with' as const }],
    };
    const innerClip = extractSubtree(withInner, 'a') as SubtreeClip;
    const { chart: next, focusId } = expectOk(pasteSubtree(withInner, 'c', innerClip));
    const top = next.nodes.find((n) => n.id === focusId);
    expect(top).toMatchObject({ parentId: 'c', title: { en: 'a' } });
    const pasted = next.nodes.slice(withInner.nodes.length);
    expect(pasted.map((n) => n.title.en)).toEqual(['a', 'a1', 'a2']);
    expect(pasted.slice(1).every((n) => n.parentId === focusId)).toBe(true);
    expect(pasted.some((n) => ids(withInner).includes(n.id))).toBe(false);
    const newLink = next.links.at(-1);
    expect(newLink).toMatchObject({ source: pasted[1]?.id, target: pasted[2]?.id });
    expect(['l1', 'l2', 'l3']).not.toContain(newLink?.id);
    expect(sharedIds(withInner, next)).toEqual(ids(withInner));
  });

  it('can paste the same clip twice without id clashes', () => {
    const once = expectOk(pasteSubtree(chart, 'r', clip)).chart;
    const twice = expectOk(pasteSubtree(once, 'r', clip)).chart;
    expect(new Set(ids(twice)).size).toBe(chart.nodes.length + 6);
  });

  it('turns a pasted root into a group, drops pinned positions and opens the parent', () => {
    const pinned = {
      ...chart,
      nodes: chart.nodes.map((n) => (n.id === 'r' ? { ...n, position: { x: 1, y: 2 } } : n)),
    };
    const whole = extractSubtree(pinned, 'r') as SubtreeClip;
    const { chart: next, focusId } = expectOk(pasteSubtree(chart, 'b', whole));
    const top = next.nodes.find((n) => n.id === focusId);
    expect(top?.kind).toBe('group');
    expect(top).not.toHaveProperty('position');
    expect(next.nodes.find((n) => n.id === 'b')?.collapsed).toBeUndefined();
  });

  const full = makeChart(
    Array.from({ length: LIMITS.nodes - 1 }, (_, i) => makeNode(`n${i}`, i ? 'n0' : null)),
  );
  const deep = makeChart(
    Array.from({ length: LIMITS.depth }, (_, i) => makeNode(`n${i}`, i ? `n${i - 1}` : null)),
  );
  it.each<[string, EditResult, EditRefusal]>([
    ['an unknown parent', pasteSubtree(chart, 'zzz', clip), 'not-found'],
    ['an empty clip', pasteSubtree(chart, 'r', { ...clip, nodes: [] }), 'invalid'],
    [
      'a clip with a cycle',
      pasteSubtree(chart, 'r', { ...clip, nodes: [makeNode('x', 'y'), makeNode('y', 'x')] }),
      'invalid',
    ],
    ['too many nodes', pasteSubtree(full, 'n0', clip), 'too-many-nodes'],
    ['too deep', pasteSubtree(deep, `n${LIMITS.depth - 1}`, clip), 'invalid'],
  ])('refuses %s', (_name, result, reason) => {
    expect(reasonOf(result)).toBe(reason);
  });
});

describe('duplicateSubtree', () => {
  it('inserts a copy right after the original, with fresh ids and copied internal links', () => {
    const withInner = {
      ...chart,
      links: [...chart.links, { id: 'l3', source: 'a1', target: 'a2', kind: 'works-with' as const }],
    };
    const { chart: next, focusId } = expectOk(duplicateSubtree(withInner, 'a'));
    expect(childIds(next, 'r')).toEqual(['a', focusId, 'b', 'c']);
    expect(ids(next).slice(0, 4)).toEqual(['r', 'a', 'a1', 'a2']);
    const copy = next.nodes.slice(4, 7);
    expect(copy.map((n) => n.title.en)).toEqual(['a', 'a1', 'a2']);
    expect(copy[0]?.id).toBe(focusId);
    expect(next.links).toHaveLength(4);
    expect(next.links.at(-1)).toMatchObject({ source: copy[1]?.id, target: copy[2]?.id });
  });

  it('copies a last child to the end of the row', () => {
    const { chart: next, focusId } = expectOk(duplicateSubtree(chart, 'c'));
    expect(childIds(next, 'r')).toEqual(['a', 'b', 'c', focusId]);
  });

  it.each<[string, EditResult, EditRefusal]>([
    ['the root', duplicateSubtree(chart, 'r'), 'root'],
    ['an unknown node', duplicateSubtree(chart, 'zzz'), 'not-found'],
  ])('refuses %s', (_name, result, reason) => {
    expect(reasonOf(result)).toBe(reason);
  });
});

describe('parseClip of a clip copied from a version 1 app', () => {
  it('reads it through the v1 → v2 migration, in the language of its top title', () => {
    const old = {
      format: 'opschart-subtree',
      version: 1,
      nodes: [
        {
          id: 'x',
          parentId: null,
          kind: 'function',
          title: '会员运营',
          subtitle: 'Membership ops',
          metrics: ['会员数'],
        },
      ],
      links: [],
    };
    const clip = parseClip(JSON.stringify(old));
    expect(clip?.version).toBe(2);
    expect(clip?.nodes[0]).toMatchObject({
      title: { 'zh-CN': '会员运营', en: 'Membership ops' },
      metrics: [{ 'zh-CN': '会员数' }],
    });
  });
});
