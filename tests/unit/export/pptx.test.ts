import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { blobBytes } from '../../../src/export/blob-bytes';
import { buildPptx, pptxScenes, PPTX_MIME } from '../../../src/export/pptx';
import { MIN_READABLE_PT, fitToSlide, pptxPlan, SLIDE } from '../../../src/export/pptx-plan';
import { buildScene } from '../../../src/export/scene';
import type { ExportScene } from '../../../src/export/scene-types';
import { templateChart } from '../../../src/model/templates';
import { localizeChart } from '../../../src/model/localize-chart';
import type { Chart } from '../../../src/model/schema';
import { sampleChart, sampleLayout, sceneOptions } from './fixtures';

/** A wide chart: one root, three branches with many function cards side by side. */
function wideChart(): Chart {
  const base = sampleChart();
  const nodes: Chart['nodes'] = [base.nodes[0]!];
  for (let b = 0; b < 3; b++) {
    nodes.push({
      id: `b${b}`,
      parentId: 'root',
      kind: 'chain',
      title: `分支 ${b}`,
      responsibilities: [],
      metrics: [],
    });
    for (let i = 0; i < 12; i++) {
      nodes.push({
        id: `b${b}-f${i}`,
        parentId: `b${b}`,
        kind: 'function',
        title: `职能 ${b}-${i}`,
        responsibilities: [],
        metrics: ['GMV'],
      });
    }
  }
  return { ...base, nodes, links: [] };
}

async function unzip(blob: Blob): Promise<Record<string, string>> {
  const files = unzipSync(await blobBytes(blob));
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

const shapeNames = (xml: string) =>
  Array.from(xml.matchAll(/<p:cNvPr id="\d+" name="([^"]*)"/g), (m) => m[1]!);

describe('pptxPlan', () => {
  it('fits a small chart on one slide with readable text', () => {
    const chart = sampleChart();
    const scene = buildScene(chart, sampleLayout(chart), sceneOptions());
    const plan = pptxPlan(scene, chart);
    expect(plan.mode).toBe('single');
    const fit = fitToSlide(scene);
    expect(plan.fontPt).toBeCloseTo(15 * fit.scale * 72);
    expect(plan.fontPt).toBeGreaterThanOrEqual(MIN_READABLE_PT);
    expect(scene.width * fit.scale).toBeLessThanOrEqual(SLIDE.width - 2 * SLIDE.margin + 1e-9);
    expect(scene.height * fit.scale).toBeLessThanOrEqual(SLIDE.height - 2 * SLIDE.margin + 1e-9);
  });

  it('splits a chart whose titles would drop below 9 pt into an overview and one slide per branch', () => {
    const chart = wideChart();
    const scene = buildScene(chart, sampleLayout(chart), sceneOptions());
    const plan = pptxPlan(scene, chart);
    expect(plan.fontPt).toBeLessThan(MIN_READABLE_PT);
    expect(plan).toMatchObject({ mode: 'split', branches: ['b0', 'b1', 'b2'] });
    const scenes = pptxScenes({ chart, layout: sampleLayout(chart), options: sceneOptions() });
    expect(scenes).toHaveLength(4);
    expect(scenes[0]!.nodes.map((n) => n.id)).toEqual(['root', 'b0', 'b1', 'b2']);
    expect(scenes[1]!.rootId).toBe('b0');
    expect(scenes[1]!.nodes).toHaveLength(13);
  });

  it('computes the font size from a synthetic scene', () => {
    const scene = {
      width: 12_000,
      height: 600,
      nodes: [{ id: 'a', title: { size: 15 } }],
      rootId: 'a',
    } as unknown as ExportScene;
    const plan = pptxPlan(scene, sampleChart());
    expect(plan.fontPt).toBeCloseTo((15 * (SLIDE.width - 2 * SLIDE.margin) * 72) / 12_000);
    // No branches under 'a' in that chart: nothing to split into.
    expect(plan.mode).toBe('single');
  });
});

describe('buildPptx', () => {
  it('writes a .pptx zip whose slide has one named shape per node', async () => {
    const chart = sampleChart();
    const blob = await buildPptx({
      chart,
      layout: sampleLayout(chart),
      options: sceneOptions({ showLegend: true }),
    });
    expect(blob.type).toBe(PPTX_MIME);
    const files = await unzip(blob);
    expect(Object.keys(files)).toContain('ppt/slides/slide1.xml');
    expect(Object.keys(files)).not.toContain('ppt/slides/slide2.xml');
    const slide = files['ppt/slides/slide1.xml']!;
    const names = shapeNames(slide);
    const nodeShapes = names.filter((n) => n.startsWith('node:'));
    const visible = ['root', 'acq', 'channel', 'campaign', 'keep', 'platform', 'ops', 'supply', 'merchant'];
    expect(nodeShapes.sort()).toEqual(visible.map((id) => `node:${id}`).sort());
    expect(names.filter((n) => n.startsWith('region:'))).toHaveLength(4);
    expect(slide).toContain('prst="roundRect"');
    expect(slide).toContain('prst="line"');
    expect(slide).toContain('<a:custGeom>');
    expect(slide).toContain('用户获取');
    // Untrusted text is escaped inside the XML.
    expect(slide).not.toContain('<script>');
    expect(slide).toContain('&lt;script&gt;');
    const size = files['ppt/presentation.xml']!.match(/<p:sldSz cx="(\d+)" cy="(\d+)"/)!;
    expect(Number(size[1]) / Number(size[2])).toBeCloseTo(16 / 9, 2);
  });

  it('writes several slides when the chart is split', async () => {
    const chart = wideChart();
    const files = await unzip(
      await buildPptx({ chart, layout: sampleLayout(chart), options: sceneOptions() }),
    );
    const slides = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(4);
    expect(shapeNames(files['ppt/slides/slide2.xml']!).filter((n) => n.startsWith('node:'))).toHaveLength(13);
  });

  it('exports the full default template', async () => {
    const chart = localizeChart(templateChart('default'), 'zh-CN');
    const blob = await buildPptx({
      chart,
      layout: sampleLayout(chart),
      options: sceneOptions({ includeCollapsed: true }),
    });
    const files = await unzip(blob);
    const all = Object.entries(files)
      .filter(([f]) => f.startsWith('ppt/slides/slide'))
      .map(([, xml]) => xml)
      .join('');
    for (const node of chart.nodes) expect(shapeNames(all)).toContain(`node:${node.id}`);
  });
});
