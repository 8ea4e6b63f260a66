import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartDocSchema as chartSchema, LINK_KINDS, type ChartDoc as Chart } from '../../../src/model/schema';
import { collapseToLevel, revealNode, setAllCollapsed } from '../../../src/model/tree';
import {
  addChild,
  addLink,
  addSibling,
  clearPinnedPositions,
  duplicateSubtree,
  extractSubtree,
  moveNode,
  parseClip,
  pasteSubtree,
  recolor,
  removeLink,
  removeNode,
  removeNodes,
  reorderSibling,
  setPinnedPosition,
  updateNode,
  type EditResult,
} from '../../../src/model/tree-edit';
import { validateChart } from '../../../src/model/validate';
import { chartArb, colorArb, titleArb } from './chart-arbitraries';

/** A node picked by position (so most picks exist), or sometimes an id that does not. */
const pick = fc.oneof({ weight: 9, arbitrary: fc.nat() }, { weight: 1, arbitrary: fc.constant(-1) });
const nodeAt = (chart: Chart, i: number) =>
  i < 0 ? 'missing' : (chart.nodes[i % chart.nodes.length]?.id ?? 'missing');

type Step = {
  name: string;
  moved?: (chart: Chart) => string | undefined;
  run: (chart: Chart) => EditResult | Chart;
};

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.tuple(pick, fc.option(titleArb, { nil: undefined })).map(([p, title]): Step => ({
    name: 'addChild',
    run: (c) => addChild(c, nodeAt(c, p), title === undefined ? {} : { title: { en: title } }),
  })),
  pick.map((p): Step => ({ name: 'addSibling', run: (c) => addSibling(c, nodeAt(c, p)) })),
  fc
    .tuple(
      pick,
      fc.record(
        {
          title: fc.option(
            fc.string({ maxLength: 210 }).map((en) => ({ en })),
            { nil: undefined },
          ),
          collapsed: fc.option(fc.boolean(), { nil: undefined }),
          metrics: fc.array(
            fc.string().map((zh) => ({ 'zh-CN': zh })),
            { maxLength: 2 },
          ),
        },
        { requiredKeys: [] },
      ),
    )
    .map(([p, patch]): Step => ({
      name: 'updateNode',
      run: (c) => updateNode(c, nodeAt(c, p), patch),
    })),
  fc.tuple(pick, fc.constantFrom('subtree', 'lift' as const)).map(([p, mode]): Step => ({
    name: `removeNode ${mode}`,
    run: (c) => removeNode(c, nodeAt(c, p), mode),
  })),
  fc.array(pick, { maxLength: 3 }).map((ps): Step => ({
    name: 'removeNodes',
    run: (c) =>
      removeNodes(
        c,
        ps.map((p) => nodeAt(c, p)),
      ),
  })),
  fc.tuple(pick, pick, fc.option(pick, { nil: null })).map(([p, q, b]): Step => ({
    name: 'moveNode',
    moved: (c) => nodeAt(c, p),
    run: (c) => {
      // Usually aim "before" at a real child of the target so ordered moves get exercised.
      const parentId = nodeAt(c, q);
      const kids = c.nodes.filter((n) => n.parentId === parentId);
      const before = b === null || kids.length === 0 ? null : (kids[Math.abs(b) % kids.length]?.id ?? null);
      return moveNode(c, nodeAt(c, p), parentId, before);
    },
  })),
  fc.tuple(pick, fc.constantFrom(-1 as const, 1 as const)).map(([p, d]): Step => ({
    name: 'reorderSibling',
    moved: (c) => nodeAt(c, p),
    run: (c) => reorderSibling(c, nodeAt(c, p), d),
  })),
  pick.map((p): Step => ({ name: 'duplicateSubtree', run: (c) => duplicateSubtree(c, nodeAt(c, p)) })),
  fc.tuple(pick, pick, fc.boolean()).map(([p, q, viaText]): Step => ({
    name: 'paste',
    run: (c) => {
      const clip = extractSubtree(c, nodeAt(c, p));
      const parsed = clip && viaText ? parseClip(JSON.stringify(clip)) : clip;
      return parsed ? pasteSubtree(c, nodeAt(c, q), parsed) : c;
    },
  })),
  fc.tuple(pick, pick, fc.constantFrom(...LINK_KINDS)).map(([p, q, kind]): Step => ({
    name: 'addLink',
    run: (c) => addLink(c, nodeAt(c, p), nodeAt(c, q), kind),
  })),
  fc.nat().map((i): Step => ({
    name: 'removeLink',
    run: (c) => removeLink(c, c.links[i % Math.max(1, c.links.length)]?.id ?? 'none'),
  })),
  fc
    .tuple(fc.array(pick, { maxLength: 3 }), fc.option(colorArb, { nil: undefined }))
    .map(([ps, color]): Step => ({
      name: 'recolor',
      run: (c) =>
        recolor(
          c,
          ps.map((p) => nodeAt(c, p)),
          color,
        ),
    })),
  fc
    .tuple(pick, fc.option(fc.record({ x: fc.integer(), y: fc.integer() }), { nil: undefined }))
    .map(([p, pos]): Step => ({ name: 'pin', run: (c) => setPinnedPosition(c, nodeAt(c, p), pos) })),
  fc.constant<Step>({ name: 'clearPinnedPositions', run: clearPinnedPositions }),
  fc
    .nat({ max: 4 })
    .map((level): Step => ({ name: 'collapseToLevel', run: (c) => collapseToLevel(c, level) })),
  fc
    .boolean()
    .map((collapsed): Step => ({ name: 'setAllCollapsed', run: (c) => setAllCollapsed(c, collapsed) })),
  pick.map((p): Step => ({ name: 'revealNode', run: (c) => revealNode(c, nodeAt(c, p)) })),
);

/** Frozen documents make any in-place mutation by an edit throw. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Nodes that are siblings both before and after keep their relative order (the moved node aside). */
function expectSiblingOrderKept(before: Chart, after: Chart, moved: string | undefined) {
  const parentBefore = new Map(before.nodes.map((n) => [n.id, n.parentId]));
  const stays = (n: { id: string; parentId: string | null }) =>
    n.id !== moved && parentBefore.get(n.id) === n.parentId && parentBefore.has(n.id);
  const order = (chart: Chart, keep: (n: Chart['nodes'][number]) => boolean) =>
    chart.nodes.filter(keep).map((n) => `${n.parentId}/${n.id}`);
  const keptAfter = new Set(after.nodes.filter(stays).map((n) => n.id));
  const group = (list: string[]) => {
    const byParent = new Map<string, string[]>();
    for (const entry of list) {
      const [parent = ''] = entry.split('/');
      byParent.set(parent, [...(byParent.get(parent) ?? []), entry]);
    }
    return byParent;
  };
  expect(group(order(after, (n) => keptAfter.has(n.id)))).toEqual(
    group(order(before, (n) => keptAfter.has(n.id))),
  );
}

describe('edit operations (property)', () => {
  it('any sequence of edits on a valid chart yields valid charts, purely, keeping sibling order', () => {
    fc.assert(
      fc.property(chartArb(15), fc.array(stepArb, { minLength: 1, maxLength: 25 }), (start, steps) => {
        let chart = deepFreeze(start);
        for (const step of steps) {
          const moved = step.moved?.(chart);
          const out = step.run(chart);
          const next = 'format' in out ? out : out.ok ? out.chart : chart;
          expect(validateChart(next), step.name).toBeNull();
          expect(chartSchema.safeParse(next).success, step.name).toBe(true);
          expectSiblingOrderKept(chart, next, moved);
          if (!('format' in out) && out.ok && out.focusId !== undefined) {
            expect(
              next.nodes.some((n) => n.id === out.focusId),
              step.name,
            ).toBe(true);
          }
          chart = deepFreeze(next);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('unchanged nodes stay the same objects after an edit that touches one node', () => {
    fc.assert(
      fc.property(chartArb(15), fc.nat(), titleArb, (chart, p, title) => {
        const id = nodeAt(chart, p);
        const result = updateNode(chart, id, { title: { en: title } });
        if (!result.ok) throw new Error(result.reason);
        result.chart.nodes.forEach((node, i) => {
          if (node.id !== id) expect(node).toBe(chart.nodes[i]);
        });
      }),
    );
  });
});

describe('sibling placement (property)', () => {
  const kidsOf = (chart: Chart, id: string | null) =>
    chart.nodes.filter((n) => n.parentId === id).map((n) => n.id);

  it('lift puts the children exactly where the removed node was', () => {
    fc.assert(
      fc.property(chartArb(15), fc.nat(), (chart, p) => {
        const node = chart.nodes[p % chart.nodes.length];
        if (!node || node.parentId === null) return;
        const result = removeNode(chart, node.id, 'lift');
        if (!result.ok) throw new Error(result.reason);
        const expected = kidsOf(chart, node.parentId).flatMap((id) =>
          id === node.id ? kidsOf(chart, id) : [id],
        );
        expect(kidsOf(result.chart, node.parentId)).toEqual(expected);
      }),
    );
  });

  it('addSibling and duplicateSubtree place the new node right after the original', () => {
    fc.assert(
      fc.property(chartArb(15), fc.nat(), fc.boolean(), (chart, p, duplicate) => {
        const node = chart.nodes[p % chart.nodes.length];
        if (!node || node.parentId === null) return;
        const result = duplicate ? duplicateSubtree(chart, node.id) : addSibling(chart, node.id);
        if (!result.ok || result.focusId === undefined) throw new Error('refused');
        const expected = kidsOf(chart, node.parentId).flatMap((id) =>
          id === node.id ? [id, result.focusId as string] : [id],
        );
        expect(kidsOf(result.chart, node.parentId)).toEqual(expected);
      }),
    );
  });
});
