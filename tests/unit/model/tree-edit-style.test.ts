import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/model/schema';
import {
  addLink,
  clearPinnedPositions,
  recolor,
  removeLink,
  setPinnedPosition,
  type EditRefusal,
  type EditResult,
} from '../../../src/model/tree-edit';
import { expectOk, sampleChart, sharedIds } from './edit-helpers';
import { ids } from './make-chart';

const chart = sampleChart();
const reasonOf = (result: EditResult) => (result.ok ? 'ok' : result.reason);

describe('links', () => {
  it('addLink appends a link with a fresh id and leaves nodes shared', () => {
    const { chart: next } = expectOk(addLink(chart, 'b1', 'c', 'reports-to', { en: 'weekly' }));
    expect(next.links.at(-1)).toMatchObject({
      source: 'b1',
      target: 'c',
      kind: 'reports-to',
      label: { en: 'weekly' },
    });
    expect(['l1', 'l2']).not.toContain(next.links.at(-1)?.id);
    expect(next.nodes).toBe(chart.nodes);
  });

  it('addLink defaults to works-with and omits an absent label', () => {
    const link = expectOk(addLink(chart, 'b1', 'c')).chart.links.at(-1);
    expect(link?.kind).toBe('works-with');
    expect(link).not.toHaveProperty('label');
  });

  it('addLink of an existing relation is a no-op', () => {
    expect(expectOk(addLink(chart, 'a1', 'b1', 'works-with')).chart).toBe(chart);
  });

  it('removeLink drops exactly that link', () => {
    const { chart: next } = expectOk(removeLink(chart, 'l1'));
    expect(next.links.map((l) => l.id)).toEqual(['l2']);
  });

  const fullLinks = {
    ...chart,
    links: Array.from({ length: LIMITS.links }, (_, i) => ({
      id: `x${i}`,
      source: 'r',
      target: 'a',
      kind: 'reports-to' as const,
    })),
  };
  it.each<[string, EditResult, EditRefusal]>([
    ['a link from an unknown node', addLink(chart, 'zzz', 'a'), 'not-found'],
    ['a link to an unknown node', addLink(chart, 'a', 'zzz'), 'not-found'],
    ['a self link', addLink(chart, 'a', 'a'), 'invalid'],
    [
      'an over-long label',
      addLink(chart, 'a', 'b', 'works-with', { en: 'x'.repeat(LIMITS.title + 1) }),
      'too-long',
    ],
    ['a link beyond the limit', addLink(fullLinks, 'a', 'b'), 'invalid'],
    ['removing an unknown link', removeLink(chart, 'zzz'), 'not-found'],
  ])('refuses %s', (_name, result, reason) => {
    expect(reasonOf(result)).toBe(reason);
  });
});

describe('recolor', () => {
  it('sets the colour of the given nodes only', () => {
    const { chart: next } = expectOk(recolor(chart, ['a', 'c', 'zzz'], '#ff0000'));
    expect(next.nodes.filter((n) => n.color === '#ff0000').map((n) => n.id)).toEqual(['a', 'c']);
    expect(sharedIds(chart, next)).toEqual(ids(chart).filter((id) => id !== 'a' && id !== 'c'));
  });

  it('clears the colour with undefined, and is a no-op when already clear', () => {
    const red = expectOk(recolor(chart, ['a'], '#ff0000')).chart;
    const { chart: next } = expectOk(recolor(red, ['a'], undefined));
    expect(next.nodes[1]).not.toHaveProperty('color');
    expect(expectOk(recolor(chart, ['a'], undefined)).chart).toBe(chart);
  });

  it.each<[string, EditResult, EditRefusal]>([
    ['a named colour', recolor(chart, ['a'], 'red'), 'invalid'],
    ['a short hex', recolor(chart, ['a'], '#f00'), 'invalid'],
    ['only unknown ids', recolor(chart, ['zzz'], '#ff0000'), 'not-found'],
  ])('refuses %s', (_name, result, reason) => {
    expect(reasonOf(result)).toBe(reason);
  });
});

describe('pinned positions', () => {
  it('pins, re-pins to the same spot as a no-op, and unpins', () => {
    const pinned = expectOk(setPinnedPosition(chart, 'a', { x: 10, y: -5.5 })).chart;
    expect(pinned.nodes[1]?.position).toEqual({ x: 10, y: -5.5 });
    expect(expectOk(setPinnedPosition(pinned, 'a', { x: 10, y: -5.5 })).chart).toBe(pinned);
    const unpinned = expectOk(setPinnedPosition(pinned, 'a', undefined)).chart;
    expect(unpinned.nodes[1]).not.toHaveProperty('position');
  });

  it('copies the position instead of keeping the caller’s object', () => {
    const position = { x: 1, y: 2, extra: true };
    const pinned = expectOk(setPinnedPosition(chart, 'a', position)).chart;
    expect(pinned.nodes[1]?.position).toEqual({ x: 1, y: 2 });
  });

  it.each<[string, EditResult, EditRefusal]>([
    ['an unknown node', setPinnedPosition(chart, 'zzz', { x: 0, y: 0 }), 'not-found'],
    ['NaN', setPinnedPosition(chart, 'a', { x: Number.NaN, y: 0 }), 'invalid'],
    ['Infinity', setPinnedPosition(chart, 'a', { x: 0, y: Infinity }), 'invalid'],
  ])('refuses %s', (_name, result, reason) => {
    expect(reasonOf(result)).toBe(reason);
  });

  it('clearPinnedPositions unpins every node and returns the same chart when none is pinned', () => {
    const pinned = expectOk(setPinnedPosition(chart, 'b1', { x: 1, y: 1 })).chart;
    const cleared = clearPinnedPositions(pinned);
    expect(cleared.nodes.some((n) => n.position)).toBe(false);
    expect(sharedIds(pinned, cleared)).toEqual(ids(chart).filter((id) => id !== 'b1'));
    expect(clearPinnedPositions(chart)).toBe(chart);
  });
});
