import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportChartText } from '../../../src/model/chart-text';
import { importChart } from '../../../src/model/import-chart';
import { LIMITS, type ChartDoc } from '../../../src/model/schema';
import { chartArb } from './chart-arbitraries';

const pretty = (chart: ChartDoc) => JSON.stringify(JSON.parse(exportChartText(chart, Infinity)), null, 2);

describe('Export JSON of any chart the app accepts imports back (issue 9 point 3)', () => {
  it('pretty while under the limit, compact above it, and always the same chart again', () => {
    fc.assert(
      fc.property(chartArb(), fc.double({ min: 0, max: 1, noNaN: true }), (chart, at) => {
        const compact = `${JSON.stringify(JSON.parse(exportChartText(chart, Infinity)))}\n`;
        const wide = exportChartText(chart, Infinity);
        // A limit anywhere between the compact and the pretty size.
        const limit = Math.round(compact.length + at * (wide.length - compact.length));
        const text = exportChartText(chart, limit);
        expect(text.length).toBeLessThanOrEqual(limit);
        expect(text).toBe(wide.length <= limit ? wide : compact);
        const back = importChart(text);
        expect(back.ok).toBe(true);
        if (back.ok) expect(exportChartText(back.chart, Infinity)).toBe(wide);
      }),
      { numRuns: 150 },
    );
  });

  it('a chart whose pretty JSON is over 20 MB is written compact and imports back', () => {
    const count = LIMITS.nodes;
    const chart: ChartDoc = {
      format: 'opschart',
      version: 2,
      id: 'big',
      title: { en: 'Big' },
      direction: 'TB',
      compact: false,
      nodes: Array.from({ length: count }, (_, i) => ({
        id: `n${i}`,
        parentId: i === 0 ? null : `n${Math.floor((i - 1) / 20)}`,
        kind: i === 0 ? 'root' : 'function',
        title: { en: `Node ${i}` },
        description: { en: 'd'.repeat(900) },
        responsibilities: [],
        metrics: [],
      })) as ChartDoc['nodes'],
      links: [],
    };
    expect(pretty(chart).length).toBeGreaterThan(LIMITS.fileBytes);
    const text = exportChartText(chart);
    expect(text.length).toBeLessThanOrEqual(LIMITS.fileBytes);
    const back = importChart(text);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.chart.nodes).toHaveLength(count);
  }, 60_000);
});
