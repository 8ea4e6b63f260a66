import fc from 'fast-check';
import { describe, test } from 'vitest';
import { layoutChart } from '../../../src/layout/tree-layout';
import type { ChartNode } from '../../../src/model/schema';
import { chartOf, node } from './fixtures';
import { expectLayoutInvariants } from './invariants';

const kinds = ['chain', 'side', 'group', 'function'] as const;

/** Arbitrary trees: any kind at any depth (regions inside regions, lone children, wide fans), some collapsed. */
const arbitraryChart = fc
  .array(
    fc.record({
      parent: fc.nat(),
      kind: fc.constantFrom(...kinds),
      fold: fc.integer({ min: 0, max: 14 }),
    }),
    { minLength: 0, maxLength: 60 },
  )
  .map((specs) => {
    const nodes: ChartNode[] = [node('n0', null, 'root')];
    specs.forEach((spec, k) => {
      // Half the nodes hang under a recent node (deep trees), half under any earlier one (wide fans).
      const parent =
        spec.parent % 2 === 0 ? Math.max(0, k - ((spec.parent >> 1) % 4)) : (spec.parent >> 1) % (k + 1);
      nodes.push(node(`n${k + 1}`, `n${parent}`, spec.kind, spec.fold === 0 ? { collapsed: true } : {}));
    });
    return chartOf(nodes);
  });

describe('layout invariants on arbitrary trees', () => {
  test.each([
    { direction: 'TB', compact: false },
    { direction: 'TB', compact: true },
    { direction: 'LR', compact: false },
  ] as const)('$direction compact=$compact', (options) => {
    fc.assert(
      fc.property(arbitraryChart, (chart) => {
        expectLayoutInvariants(chart, layoutChart(chart, options));
      }),
      { numRuns: 150, seed: 42 },
    );
  });
});
