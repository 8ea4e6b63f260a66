import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeInSlices } from '../../../../src/store/repo/serialize';
import { generateChart } from '../../../../src/model/generate-chart';
import { chartArb } from '../../model/chart-arbitraries';
import { docOf } from '../../model/doc-of';

describe('serializeInSlices', () => {
  it('writes the same value as JSON.stringify, for any chart and slice size', async () => {
    await fc.assert(
      fc.asyncProperty(chartArb(30), fc.integer({ min: 1, max: 7 }), async (chart, slice) => {
        const text = await serializeInSlices(chart, slice);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(chart)));
      }),
      { numRuns: 60 },
    );
  });

  it('yields to the event loop many times while writing a 20,000-node chart', async () => {
    const chart = docOf(generateChart(20_000));
    let ticks = 0;
    let running = true;
    const watch = async () => {
      while (running) {
        await new Promise((r) => setTimeout(r, 0));
        ticks++;
      }
    };
    const watching = watch();
    const text = await serializeInSlices(chart);
    running = false;
    await watching;
    expect(JSON.parse(text).nodes).toHaveLength(20_000);
    // Timers got to run between slices: other work (input, frames) can too. One block would give 1.
    expect(ticks).toBeGreaterThan(5);
  });
});
