/**
 * Layout speed on generated charts. Run: npx vitest bench --run --project pure bench/layout.bench.ts
 * (a benchmark, not a test: nothing here fails on a slow machine).
 */
import { bench, describe } from 'vitest';
import { computeRegions } from '../src/layout/regions';
import { layoutChart } from '../src/layout/tree-layout';
import { generateChart } from '../src/model/generate-chart';

const SIZES = [1_000, 5_000, 10_000, 20_000];

for (const size of SIZES) {
  const chart = generateChart(size, 1);
  describe(`${size.toLocaleString('en')} nodes`, () => {
    bench('layoutChart TB', () => void layoutChart(chart, { direction: 'TB', compact: false }));
    bench('layoutChart TB compact', () => void layoutChart(chart, { direction: 'TB', compact: true }));
    bench('layoutChart LR', () => void layoutChart(chart, { direction: 'LR', compact: false }));
  });
}

describe('regions only, 10,000 nodes', () => {
  const chart = generateChart(10_000, 1);
  const placed = layoutChart(chart).nodes;
  bench('computeRegions', () => void computeRegions(chart, placed));
});
