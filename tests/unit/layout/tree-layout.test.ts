import { describe, expect, test } from 'vitest';
import { layoutChart } from '../../../src/layout/tree-layout';
import { generateChart } from '../../../src/model/generate-chart';
import type { Chart, Direction } from '../../../src/model/schema';
import { defaultLikeChart } from './fixtures';
import { expectLayoutInvariants, visibleChildren } from './invariants';

const configs: { direction: Direction; compact: boolean }[] = [
  { direction: 'TB', compact: false },
  { direction: 'TB', compact: true },
  { direction: 'LR', compact: false },
  { direction: 'LR', compact: true },
];
const charts: [string, () => Chart][] = [
  ['default-like (21)', () => defaultLikeChart()],
  ['generated 200', () => generateChart(200, 7)],
  ['generated 2,000', () => generateChart(2000, 3)],
];

describe.each(charts)('%s', (_name, make) => {
  const chart = make();
  test.each(configs)('$direction compact=$compact keeps every invariant', (options) => {
    const layout = layoutChart(chart, options);
    expect(layout.nodes.size).toBe(chart.nodes.length);
    expect(layout.direction).toBe(options.direction);
    expectLayoutInvariants(chart, layout);
  });
});

describe('layoutChart', () => {
  test('returns nodes in tree order with depths and card sizes', () => {
    const layout = layoutChart(defaultLikeChart());
    const ids = [...layout.nodes.keys()];
    expect(ids.slice(0, 3)).toEqual(['root', 'acquisition', 'channel']);
    expect(ids.indexOf('platform-ops')).toBeLessThan(ids.indexOf('campaign-p'));
    expect(layout.nodes.get('platform-ops')).toMatchObject({ depth: 3, width: 230, height: 76 });
    expect(layout.nodes.get('root')).toMatchObject({ depth: 0, width: 280, height: 88 });
  });

  test('takes direction and compact from the chart unless overridden', () => {
    const chart = defaultLikeChart({ direction: 'LR' });
    expect(layoutChart(chart).direction).toBe('LR');
    expect(layoutChart(chart, { direction: 'TB' }).direction).toBe('TB');
  });

  test('swaps axes in LR: children lie right of their parent, siblings stack downwards', () => {
    const layout = layoutChart(defaultLikeChart(), { direction: 'LR' });
    const root = layout.nodes.get('root')!;
    const chains = ['acquisition', 'maintenance'].map((id) => layout.nodes.get(id)!);
    for (const chain of chains) expect(chain.x).toBeGreaterThan(root.x + root.width);
    expect(chains[1]!.y).toBeGreaterThan(chains[0]!.y);
  });

  test('TB rows line up: nodes of one depth share a y when not stacked', () => {
    const chart = generateChart(300, 5);
    const layout = layoutChart(chart, { direction: 'TB', compact: false });
    const rowY = new Map<number, number>();
    for (const n of layout.nodes.values()) {
      if (!rowY.has(n.depth)) rowY.set(n.depth, n.y);
      expect(n.y).toBe(rowY.get(n.depth));
    }
  });

  test('compact mode stacks a parent’s leaves in an indented column', () => {
    const chart = defaultLikeChart();
    const wide = layoutChart(chart, { compact: false });
    const compact = layoutChart(chart, { compact: true });
    const parent = compact.nodes.get('platform-ops')!;
    const leaves = visibleChildren(chart, compact).get('platform-ops')!;
    expect(leaves).toHaveLength(5);
    for (const leaf of leaves) {
      expect(leaf.x).toBe(leaves[0]!.x);
      expect(leaf.x).toBeGreaterThan(parent.x);
    }
    expect(compact.bounds.width).toBeLessThan(wide.bounds.width * 0.75);
    // Two leaves are not worth a column (supply side keeps a row).
    const supply = visibleChildren(chart, compact).get('supply')!;
    expect(supply[0]!.y).toBe(supply[1]!.y);
  });

  test('compact mode makes a 2,000-node chart far less wide', () => {
    const chart = generateChart(2000, 3);
    const wide = layoutChart(chart, { compact: false }).bounds;
    const compact = layoutChart(chart, { compact: true }).bounds;
    expect(compact.width / compact.height).toBeLessThan(wide.width / wide.height / 2);
  });

  test('hides the descendants of a collapsed node but shows the node', () => {
    const base = defaultLikeChart();
    const chart = {
      ...base,
      nodes: base.nodes.map((n) => (n.id === 'platform' ? { ...n, collapsed: true } : n)),
    };
    const layout = layoutChart(chart);
    expect(layout.nodes.has('platform')).toBe(true);
    for (const id of ['platform-ops', 'campaign-p', 'user-ops', 'new-media'])
      expect(layout.nodes.has(id)).toBe(false);
    expect(layout.nodes.has('supply')).toBe(true);
    expect(layout.nodes.size).toBe(21 - 10);
    expectLayoutInvariants(chart, layout);
  });

  test('a pinned node takes its position; the rest keeps its automatic place', () => {
    const base = defaultLikeChart();
    const auto = layoutChart(base);
    const chart = {
      ...base,
      nodes: base.nodes.map((n) => (n.id === 'user-ops' ? { ...n, position: { x: -5000, y: 4321 } } : n)),
    };
    const layout = layoutChart(chart);
    expect(layout.nodes.get('user-ops')).toMatchObject({ x: -5000, y: 4321 });
    expect(layout.nodes.get('community')).toEqual(auto.nodes.get('community'));
    expect(layout.bounds.x).toBe(-5000);
    expect(layout.bounds.y + layout.bounds.height).toBe(4321 + 76);
    // The region of the pinned node's side follows it.
    const platform = layout.regions.find((r) => r.nodeId === 'platform')!;
    expect(platform.x).toBeLessThan(-5000);
  });

  test('is deterministic', () => {
    const chart = generateChart(500, 11);
    const a = layoutChart(chart, { compact: true });
    const b = layoutChart(structuredClone(chart), { compact: true });
    expect([...b.nodes.entries()]).toEqual([...a.nodes.entries()]);
    expect(b.regions).toEqual(a.regions);
    expect(b.bounds).toEqual(a.bounds);
  });

  test('lays out a single node and ignores nodes unreachable from the root', () => {
    const one = layoutChart(generateChart(1));
    expect(one.nodes.size).toBe(1);
    expect(one.bounds).toMatchObject({ width: 280, height: 88 });
    const chart = defaultLikeChart();
    const orphan = {
      ...chart,
      nodes: [...chart.nodes, { ...chart.nodes[2]!, id: 'orphan', parentId: 'missing' }],
    };
    expect(layoutChart(orphan).nodes.has('orphan')).toBe(false);
  });
});
