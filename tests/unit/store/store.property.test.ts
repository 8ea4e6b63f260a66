import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { NodeId } from '../../../src/model/schema';
import { templateChart } from '../../../src/model/templates';
import { expectValid, resetStore, store, undoAll } from './store-helpers';

type Op =
  | { kind: 'addChild'; at: number }
  | { kind: 'addSibling'; at: number }
  | { kind: 'delete'; at: number; mode: 'subtree' | 'lift' }
  | { kind: 'move'; at: number; to: number; before: number | null }
  | { kind: 'reorder'; at: number; delta: -1 | 1 }
  | { kind: 'duplicate'; at: number }
  | { kind: 'update'; at: number; title: string; metrics: string[] };

const pick = fc.nat({ max: 10_000 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('addChild' as const), at: pick }),
  fc.record({ kind: fc.constant('addSibling' as const), at: pick }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: pick,
    mode: fc.constantFrom('subtree' as const, 'lift' as const),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    at: pick,
    to: pick,
    before: fc.option(pick, { nil: null }),
  }),
  fc.record({
    kind: fc.constant('reorder' as const),
    at: pick,
    delta: fc.constantFrom(-1 as const, 1 as const),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: pick }),
  fc.record({
    kind: fc.constant('update' as const),
    at: pick,
    title: fc.string({ maxLength: 12 }),
    metrics: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  }),
);

function nth(i: number): NodeId {
  const nodes = store().chart.nodes;
  return nodes[i % nodes.length]!.id;
}

function run(op: Op): void {
  const s = store();
  switch (op.kind) {
    case 'addChild':
      return s.addChildTo(nth(op.at));
    case 'addSibling':
      return s.addSiblingOf(nth(op.at));
    case 'delete':
      return s.deleteNode(nth(op.at), op.mode);
    case 'move': {
      const parent = nth(op.to);
      const kids = s.chart.nodes.filter((n) => n.parentId === parent);
      const before = op.before === null || kids.length === 0 ? null : kids[op.before % kids.length]!.id;
      s.moveNodeTo(nth(op.at), parent, before);
      return;
    }
    case 'reorder':
      return s.reorder(nth(op.at), op.delta);
    case 'duplicate':
      return s.duplicate(nth(op.at));
    case 'update':
      s.updateNodeFields(nth(op.at), { title: op.title, metrics: op.metrics });
      return;
  }
}

beforeEach(() => resetStore('zh-CN'));

describe('store edits (property)', () => {
  it('keep the chart valid, and undoing every step gives back the first document', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 25 }), (ops) => {
        resetStore('zh-CN');
        const initial = store().chart;
        let changes = 0;
        for (const op of ops) {
          const before = store().chart;
          run(op);
          expectValid(store().chart);
          if (store().chart !== before) changes++;
          // A refused or no-op edit is not an undo step; a real one is exactly one.
          expect(store().past).toHaveLength(changes);
        }
        expect(undoAll()).toBe(changes);
        expect(store().chart.nodes).toEqual(initial.nodes);
        expect(store().chart.links).toEqual(initial.links);
        expect(store().chart.nodes).toEqual(templateChart('default').nodes);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
