import { expect } from 'vitest';
import { chartDocSchema as chartSchema, type ChartDoc as Chart } from '../../../src/model/schema';
import type { EditResult } from '../../../src/model/tree-edit';
import { validateChart } from '../../../src/model/validate';
import { makeChart } from './make-chart';

/** The chart of a successful edit, after checking it keeps every invariant and the schema. */
export function expectOk(result: EditResult): { chart: Chart; focusId?: string } {
  if (!result.ok) throw new Error(`edit refused: ${result.reason}`);
  expect(validateChart(result.chart)).toBeNull();
  expect(chartSchema.safeParse(result.chart).success).toBe(true);
  return result;
}

/** A small chart with a collapsed branch and two links, shared by the edit tests. */
export function sampleChart(): Chart {
  return {
    ...makeChart(`
      r
        a
          a1
          a2
        b +
          b1
        c
    `),
    links: [
      { id: 'l1', source: 'a1', target: 'b1', kind: 'works-with' },
      { id: 'l2', source: 'a', target: 'c', kind: 'reports-to' },
    ],
  };
}

/** Nodes of `after` that are the very same objects as in `before`, by id. */
export function sharedIds(before: Chart, after: Chart): string[] {
  const old = new Map(before.nodes.map((n) => [n.id, n]));
  return after.nodes.filter((n) => old.get(n.id) === n).map((n) => n.id);
}
