import { unzipSync, zipSync } from 'fflate';
import type { ChartLayout } from '../layout/types';
import type { Chart } from '../model/schema';
import { defaultPlanOptions } from './page-formats';
import { planPages } from './page-planner';
import type { CardDetail, PagePlan, PlanOptions } from './page-types';
import { drawPageOnSlide } from './pptx-page';
import { finishSlide, fixContentTypes } from './pptx-package';
import type { SceneOptions } from './scene-types';

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

export type PptxInput = { chart: Chart; layout: ChartLayout; options: SceneOptions; detail?: CardDetail };

/** The plan options of a PPTX export: 16:9, nothing under 10 pt, card titles at least 14 pt. */
export function pptxPlanOptions(input: PptxInput): PlanOptions {
  const { options } = input;
  return {
    ...defaultPlanOptions(input.detail ?? 'metrics'),
    measure: options.measure,
    scope: options.scope,
    includeCollapsed: options.includeCollapsed,
    background: options.background,
    showRegions: options.showRegions,
  };
}

/** The slide plan for an export (planned in place; see plan-client for the worker). */
export function pptxPagePlan(input: PptxInput): PagePlan {
  return planPages(input.chart, input.layout, pptxPlanOptions(input));
}

/**
 * A PowerPoint file with one slide per planned page, of native, editable shapes. pptxgenjs
 * (loaded only when someone exports) writes the shapes; the package step then groups each
 * card, adds the connectors and makes [Content_Types].xml name only parts that exist.
 */
export async function exportPptx(plan: PagePlan, chart: Chart): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: 'OPSCHART', width: plan.format.widthPt / 72, height: plan.format.heightPt / 72 });
  pptx.layout = 'OPSCHART';
  pptx.title = chart.title;
  pptx.company = 'OpsChart';
  for (const page of plan.pages) drawPageOnSlide(pptx.addSlide(), page, chart);
  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const files = unzipSync(written);
  const titles = new Map(chart.nodes.map((n) => [n.id, n.title]));
  const { strFromU8, strToU8 } = await import('fflate');
  plan.pages.forEach((page, i) => {
    const name = `ppt/slides/slide${i + 1}.xml`;
    const xml = files[name];
    if (xml) files[name] = strToU8(finishSlide(strFromU8(xml), page, titles));
  });
  fixContentTypes(files);
  const bytes = zipSync(files, { level: 6 }) as Uint8Array<ArrayBuffer>;
  return new Blob([bytes], { type: PPTX_MIME });
}

/** Plans the slides and writes them. */
export async function buildPptx(input: PptxInput): Promise<Blob> {
  return exportPptx(pptxPagePlan(input), input.chart);
}
