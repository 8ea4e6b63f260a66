import { layoutChart } from '../layout/tree-layout';
import type { ChartLayout } from '../layout/types';
import type { Chart } from '../model/schema';
import { indexChart } from '../model/tree';
import { mapNodes, withCollapsed } from '../model/tree-map';
import { drawSceneOnSlide } from './pptx-draw';
import { pptxPlan } from './pptx-plan';
import { buildScene } from './scene';
import type { ExportScene, SceneOptions } from './scene-types';

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export type PptxInput = { chart: Chart; layout: ChartLayout; options: SceneOptions };

/** Root and its branches only: the branches are folded, so each shows "+N" for what its own slide holds. */
function overviewScene(input: PptxInput, rootId: string, branches: readonly string[]): ExportScene {
  const fold = new Set(branches);
  const chart = mapNodes(input.chart, (n) => (fold.has(n.id) ? withCollapsed(n, true) : n));
  const layout = layoutChart(chart, { direction: input.layout.direction, compact: chart.compact });
  const scope = rootId === indexChart(chart).root.id ? 'all' : { subtreeOf: rootId };
  return buildScene(chart, layout, { ...input.options, scope, includeCollapsed: false });
}

/**
 * The scenes to put on slides: the whole scene when it is readable on one 16:9 slide,
 * else an overview followed by one slide per top-level branch.
 */
export function pptxScenes(input: PptxInput): ExportScene[] {
  const scene = buildScene(input.chart, input.layout, input.options);
  const plan = pptxPlan(scene, input.chart);
  if (plan.mode === 'single') return [scene];
  return [
    overviewScene(input, scene.rootId, plan.branches),
    ...plan.branches.map((id) =>
      buildScene(input.chart, input.layout, { ...input.options, scope: { subtreeOf: id } }),
    ),
  ];
}

/** A PowerPoint file of native, editable shapes. pptxgenjs is loaded only when someone exports. */
export async function buildPptx(input: PptxInput): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = input.chart.title;
  pptx.company = 'OpsChart';
  for (const scene of pptxScenes(input)) drawSceneOnSlide(pptx.addSlide(), scene, input.chart.locale);
  // Bytes rather than outputType 'blob': same file, and the MIME type is ours to set.
  const bytes = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array<ArrayBuffer>;
  return new Blob([bytes], { type: PPTX_MIME });
}
