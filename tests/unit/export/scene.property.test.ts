import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../src/export/scene';
import type { SceneOptions } from '../../../src/export/scene-types';
import { sceneToSvg } from '../../../src/export/svg';
import { layoutChart } from '../../../src/layout/tree-layout';
import { measureText } from '../../../src/layout/text-width';
import { localizeChart } from '../../../src/model/localize-chart';
import { importChart } from '../../../src/model/import-chart';
import { extremeChartArb } from './extreme-charts';

const finite = (...values: number[]) => values.every(Number.isFinite);

const optionsArb = fc.record({
  language: fc.constantFrom('zh-CN', 'en' as const),
  mode: fc.constantFrom('single', 'bilingual' as const),
  branch: fc.option(fc.nat(), { nil: undefined }),
  includeCollapsed: fc.boolean(),
  background: fc.constantFrom('white', 'transparent', 'transparent-dark', 'dark' as const),
  showTitle: fc.boolean(),
  showLegend: fc.boolean(),
  showRegions: fc.boolean(),
  padding: fc.option(fc.constantFrom(0, 1, 32, 400), { nil: undefined }),
});

// Issue 9: `x: 1e20` with a one-character title threw in wrapText and blanked the app on Ctrl+E.
describe('the export scene for any chart importChart accepts', () => {
  it('builds, stays finite and draws as SVG', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(extremeChartArb(), optionsArb, ({ doc }, o) => {
        const chart = localizeChart(doc, o.language, o.mode);
        const layout = layoutChart(chart, { direction: chart.direction, compact: chart.compact });
        const branch = o.branch === undefined ? undefined : chart.nodes[o.branch % chart.nodes.length]!.id;
        const options: SceneOptions = {
          scope: branch ? { subtreeOf: branch } : 'all',
          includeCollapsed: o.includeCollapsed,
          background: o.background,
          showTitle: o.showTitle,
          showLegend: o.showLegend,
          showRegions: o.showRegions,
          ...(o.padding === undefined ? {} : { padding: o.padding }),
          measure: measureText,
        };
        const scene = buildScene(chart, layout, options);
        expect(finite(scene.width, scene.height)).toBe(true);
        expect(scene.width).toBeGreaterThan(0);
        expect(scene.height).toBeGreaterThan(0);
        expect(scene.nodes.length).toBeGreaterThan(0);
        for (const node of scene.nodes) expect(finite(node.x, node.y, node.width, node.height)).toBe(true);
        for (const edge of scene.edges) for (const p of edge.points) expect(finite(p.x, p.y)).toBe(true);
        const svg = sceneToSvg(scene);
        expect(svg).toMatch(/<svg[\s>]/);
        expect(svg).not.toContain('NaN');
        expect(svg).not.toContain('Infinity');
      }),
      { numRuns: 120 },
    );
  });

  it('generates charts that reach the bounds (so the property is not vacuous)', { timeout: 30_000 }, () => {
    const samples = fc.sample(extremeChartArb(), { numRuns: 200, seed: 9 });
    const docs = samples.map((s) => s.doc);
    const depth = (doc: (typeof docs)[number]) => {
      const parent = new Map(doc.nodes.map((n) => [n.id, n.parentId]));
      let max = 0;
      for (const n of doc.nodes) {
        let d = 0;
        for (let p = n.parentId; p !== null; p = parent.get(p) ?? null) d++;
        max = Math.max(max, d);
      }
      return max;
    };
    expect(docs.some((d) => d.updatedAt === 8.64e15 || d.updatedAt === -8.64e15)).toBe(true);
    expect(docs.some((d) => d.nodes.some((n) => Math.abs(n.position?.x ?? 0) === 1e6))).toBe(true);
    expect(
      docs.some((d) => d.nodes.some((n) => n.title.en?.length === 200 || n.title['zh-CN']?.length === 200)),
    ).toBe(true);
    expect(docs.some((d) => d.nodes.some((n) => n.metrics.length === 50))).toBe(true);
    expect(docs.some((d) => d.nodes.some((n) => (n.description?.en?.length ?? 0) === 5000))).toBe(true);
    expect(
      docs.some((d) => JSON.stringify(d).includes('\\u202e') || JSON.stringify(d).includes('\u202E')),
    ).toBe(true);
    expect(docs.some((d) => d.nodes.some((n) => n.id.startsWith('__proto__')))).toBe(true);
    expect(Math.max(...docs.map(depth))).toBe(200);
    expect(Math.max(...docs.map((d) => d.nodes.length))).toBeGreaterThan(300);
    // Every sample is what the app would hold: it reads back the same.
    for (const s of samples.slice(0, 20)) expect(importChart(s.text).ok).toBe(true);
  });
});
