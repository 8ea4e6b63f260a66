import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/model/schema';
import { checkLinks, checkTree, dropBadLinks, validateChart } from '../../../src/model/validate';
import { makeChart, makeNode } from './make-chart';

const n = (id: string, parentId: string | null) => ({ id, parentId });

describe('checkTree', () => {
  it.each([
    { name: 'a single root', nodes: [n('r', null)] },
    { name: 'children listed before parents', nodes: [n('b', 'a'), n('a', 'r'), n('r', null)] },
  ])('accepts $name', ({ nodes }) => {
    expect(checkTree(nodes)).toBeNull();
  });

  it.each([
    {
      name: 'duplicate ids',
      nodes: [n('r', null), n('a', 'r'), n('a', 'r')],
      code: 'duplicate-id',
      nodeId: 'a',
    },
    { name: 'no root', nodes: [n('a', 'b'), n('b', 'a')], code: 'no-root', nodeId: undefined },
    { name: 'several roots', nodes: [n('r', null), n('s', null)], code: 'several-roots', nodeId: 's' },
    { name: 'missing parent', nodes: [n('r', null), n('a', 'x')], code: 'missing-parent', nodeId: 'a' },
    { name: 'self parent', nodes: [n('r', null), n('a', 'a')], code: 'cycle', nodeId: 'a' },
    {
      name: 'two-node loop',
      nodes: [n('r', null), n('x', 'a'), n('a', 'b'), n('b', 'a')],
      code: 'cycle',
      nodeId: 'a',
    },
  ])('refuses $name', ({ nodes, code, nodeId }) => {
    const error = checkTree(nodes);
    expect(error?.code).toBe(code);
    expect(error?.nodeId).toBe(nodeId);
    expect(error?.message.length).toBeGreaterThan(20);
  });

  it('lists only the first five roots by name', () => {
    const roots = Array.from({ length: 8 }, (_, i) => n(`r${i}`, null));
    expect(checkTree(roots)?.message).toMatch(/"r0", "r1", "r2", "r3", "r4" and 3 more/);
  });

  it('allows depth up to the limit and refuses one more', () => {
    const chain = (length: number) => Array.from({ length }, (_, i) => n(`n${i}`, i ? `n${i - 1}` : null));
    expect(checkTree(chain(LIMITS.depth + 1))).toBeNull();
    expect(checkTree(chain(LIMITS.depth + 2))).toMatchObject({
      code: 'too-deep',
      nodeId: `n${LIMITS.depth + 1}`,
    });
  });

  it('handles a 20,000-node chain iteratively', () => {
    const nodes = Array.from({ length: 20_000 }, (_, i) => n(`n${i}`, i ? `n${i - 1}` : null));
    expect(checkTree(nodes)?.code).toBe('too-deep');
  });
});

describe('links', () => {
  const base = makeChart([makeNode('r', null), makeNode('a', 'r')]);
  const link = (id: string, source: string, target: string) => ({
    id,
    source,
    target,
    kind: 'works-with' as const,
  });

  it.each([
    { name: 'dangling target', links: [link('l', 'r', 'x')] },
    { name: 'dangling source', links: [link('l', 'x', 'r')] },
    { name: 'self link', links: [link('l', 'a', 'a')] },
    { name: 'repeated id', links: [link('l', 'r', 'a'), link('l', 'a', 'r')] },
  ])('checkLinks refuses a $name', ({ links }) => {
    expect(checkLinks({ ...base, links })).toMatchObject({ code: 'bad-link', linkId: 'l' });
    expect(validateChart({ ...base, links })?.code).toBe('bad-link');
  });

  it('dropBadLinks keeps good links and returns the same chart when all are good', () => {
    const good = { ...base, links: [link('l1', 'r', 'a')] };
    expect(dropBadLinks(good)).toEqual({ chart: good, warnings: [] });
    expect(dropBadLinks(good).chart).toBe(good);
    const mixed = { ...base, links: [link('l1', 'r', 'a'), link('l2', 'r', 'x')] };
    const { chart, warnings } = dropBadLinks(mixed);
    expect(chart.links.map((l) => l.id)).toEqual(['l1']);
    expect(warnings).toHaveLength(1);
  });

  it('validateChart passes a valid chart', () => {
    expect(validateChart({ ...base, links: [link('l1', 'r', 'a')] })).toBeNull();
  });
});
