import { describe, expect, test } from 'vitest';
import { computeRegions, REGION_PADDING, regionToneIndex } from '../../../src/layout/regions';
import { GAPS } from '../../../src/layout/node-size';
import { layoutChart } from '../../../src/layout/tree-layout';
import type { Chart } from '../../../src/model/schema';
import { defaultLikeChart } from './fixtures';
import { contains } from './invariants';

const { pad, nest, label } = REGION_PADDING;

function collapse(chart: Chart, id: string): Chart {
  return { ...chart, nodes: chart.nodes.map((n) => (n.id === id ? { ...n, collapsed: true } : n)) };
}

describe('regions', () => {
  test('a region reaches above its node by less than a level gap (the layout relies on it)', () => {
    expect(pad + label).toBeLessThan(GAPS.TB.level);
    expect(pad).toBeLessThan(GAPS.LR.level);
  });

  test('one per chain/side, outer first, with document-order tones and nesting levels', () => {
    const { regions } = layoutChart(defaultLikeChart());
    expect(regions.map((r) => [r.nodeId, r.tone, r.level])).toEqual([
      ['acquisition', 0, 0],
      ['maintenance', 1, 0],
      ['platform', 2, 1],
      ['supply', 3, 1],
    ]);
  });

  test('a flat region is its nodes’ bounding box padded, with a label line on top', () => {
    const layout = layoutChart(defaultLikeChart());
    const ids = ['acquisition', 'channel', 'campaign-a', 'content', 'product-a'];
    const boxes = ids.map((id) => layout.nodes.get(id)!);
    const region = layout.regions.find((r) => r.nodeId === 'acquisition')!;
    expect(region.x).toBe(Math.min(...boxes.map((b) => b.x)) - pad);
    expect(region.y).toBe(layout.nodes.get('acquisition')!.y - pad - label);
    expect(region.x + region.width).toBe(Math.max(...boxes.map((b) => b.x + b.width)) + pad);
    expect(region.y + region.height).toBe(Math.max(...boxes.map((b) => b.y + b.height)) + pad);
  });

  test.each(['TB', 'LR'] as const)(
    '%s: inner regions sit inside the outer one with a margin',
    (direction) => {
      const { regions } = layoutChart(defaultLikeChart(), { direction });
      const outer = regions.find((r) => r.nodeId === 'maintenance')!;
      for (const id of ['platform', 'supply']) {
        const inner = regions.find((r) => r.nodeId === id)!;
        const shrunk = {
          x: outer.x + nest,
          y: outer.y + nest + label,
          width: outer.width - 2 * nest,
          height: outer.height - 2 * nest - label,
        };
        expect(contains(shrunk, inner)).toBe(true);
      }
    },
  );

  test('computeRegions on the placed nodes reproduces the layout’s regions', () => {
    const chart = defaultLikeChart();
    const layout = layoutChart(chart, { direction: 'LR' });
    expect(computeRegions(chart, layout.nodes)).toEqual(layout.regions);
  });

  test('a collapsed side keeps a region around its own card; hidden chains/sides get none', () => {
    const chart = collapse(defaultLikeChart(), 'platform');
    const layout = layoutChart(chart);
    const platform = layout.regions.find((r) => r.nodeId === 'platform')!;
    const card = layout.nodes.get('platform')!;
    expect(platform).toMatchObject({
      x: card.x - pad,
      y: card.y - pad - label,
      width: card.width + 2 * pad,
      tone: 2,
    });

    const folded = layoutChart(collapse(defaultLikeChart(), 'maintenance'));
    expect(folded.regions.map((r) => r.nodeId)).toEqual(['acquisition', 'maintenance']);
  });

  test('tones count every chain/side in document order, hidden ones too', () => {
    const tones = regionToneIndex(collapse(defaultLikeChart(), 'maintenance'));
    expect([...tones]).toEqual([
      ['acquisition', 0],
      ['maintenance', 1],
      ['platform', 2],
      ['supply', 3],
    ]);
  });

  test('skips nodes missing from the placed map', () => {
    const chart = defaultLikeChart();
    const placed = new Map(layoutChart(chart).nodes);
    placed.delete('supply');
    placed.delete('merchant');
    placed.delete('ads');
    expect(computeRegions(chart, placed).map((r) => r.nodeId)).toEqual([
      'acquisition',
      'maintenance',
      'platform',
    ]);
  });
});
