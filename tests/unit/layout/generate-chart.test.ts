import { describe, expect, test } from 'vitest';
import { generateChart } from '../../../src/model/generate-chart';
import { chartSchema, LIMITS, type Chart } from '../../../src/model/schema';

function childCounts(chart: Chart): Map<string, number> {
  const counts = new Map<string, number>();
  for (const n of chart.nodes)
    if (n.parentId !== null) counts.set(n.parentId, (counts.get(n.parentId) ?? 0) + 1);
  return counts;
}

function depths(chart: Chart): Map<string, number> {
  const byId = new Map(chart.nodes.map((n) => [n.id, n]));
  const depth = new Map<string, number>();
  // Parents precede children (breadth-first), so one pass suffices.
  for (const n of chart.nodes)
    depth.set(n.id, n.parentId === null ? 0 : depth.get(byId.get(n.parentId)!.id)! + 1);
  return depth;
}

describe('generateChart', () => {
  test.each([1, 2, 3, 21, 200, 2000])('%i nodes: schema-valid, exact count, a sound tree', (count) => {
    const chart = generateChart(count, 4);
    expect(chartSchema.safeParse(chart).success).toBe(true);
    expect(chart.nodes).toHaveLength(count);
    const ids = new Set(chart.nodes.map((n) => n.id));
    expect(ids.size).toBe(count);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(LIMITS.id);
    expect(chart.nodes.filter((n) => n.parentId === null)).toHaveLength(1);
    const seen = new Set<string>();
    for (const n of chart.nodes) {
      if (n.parentId !== null) expect(seen.has(n.parentId)).toBe(true);
      seen.add(n.id);
    }
  });

  test('is deterministic for a seed and varies between seeds', () => {
    expect(generateChart(500, 9)).toEqual(generateChart(500, 9));
    expect(generateChart(500, 9)).not.toEqual(generateChart(500, 10));
    expect(generateChart(50)).toEqual(generateChart(50, 1));
  });

  test('root has 2 chains; every other parent 3–8 children except the last one filled', () => {
    for (const [count, seed] of [
      [200, 1],
      [2000, 2],
      [777, 3],
    ] as const) {
      const chart = generateChart(count, seed);
      const counts = childCounts(chart);
      const parents = chart.nodes.filter((n) => counts.has(n.id));
      expect(counts.get(chart.nodes[0]!.id)).toBe(2);
      const last = parents[parents.length - 1]!;
      for (const p of parents.slice(1)) {
        const c = counts.get(p.id)!;
        if (p !== last) expect(c).toBeGreaterThanOrEqual(3);
        expect(c).toBeLessThanOrEqual(8);
      }
    }
  });

  test('kinds follow depth: root, chains, sides (second chain) or groups, functions as leaves', () => {
    const chart = generateChart(2000, 5);
    const counts = childCounts(chart);
    const depth = depths(chart);
    for (const n of chart.nodes) {
      const d = depth.get(n.id)!;
      if (d === 0) expect(n.kind).toBe('root');
      else if (d === 1) expect(n.kind).toBe('chain');
      else if (!counts.has(n.id)) expect(n.kind).toBe('function');
      // Like the default chart: the second chain (user maintenance) splits into sides.
      else expect(n.kind).toBe(d === 2 && n.parentId === chart.nodes[2]!.id ? 'side' : 'group');
    }
    expect(chart.nodes.some((n) => n.kind === 'side')).toBe(true);
    expect(chart.nodes.some((n) => n.kind === 'group')).toBe(true);
  });

  test('titles are bilingual and numbered, with 1–3 distinct metrics', () => {
    const chart = generateChart(300, 6);
    for (const n of chart.nodes.slice(1)) {
      const number = n.id.slice(1);
      expect(n.title).toMatch(new RegExp(`^[\\u4e00-\\u9fff]+ ${number}$`));
      expect(n.subtitle).toMatch(new RegExp(`^[A-Za-z][A-Za-z -]* ${number}$`));
    }
    for (const n of chart.nodes) {
      expect(n.metrics.length).toBeGreaterThanOrEqual(1);
      expect(n.metrics.length).toBeLessThanOrEqual(3);
      expect(new Set(n.metrics).size).toBe(n.metrics.length);
    }
  });

  test('rejects impossible counts', () => {
    expect(() => generateChart(0)).toThrow(RangeError);
    expect(() => generateChart(1.5)).toThrow(RangeError);
    expect(() => generateChart(LIMITS.nodes + 1)).toThrow(RangeError);
  });
});
