import type { ChartLayout } from '../layout/types';
import { exportChartText } from '../model/chart-text';
import type { Chart, ChartDoc } from '../model/schema';
import { DEFAULT_EXPORT_LANGUAGE, type ExportLanguage } from './export-language';
import { buildScene } from '../export/scene';
import type { ExportScene, SceneBackground, SceneOptions } from '../export/scene-types';
import { measureText } from '../layout/text-width';
import { renderPng, type PngResult } from '../export/png';
import { sceneToSvg } from '../export/svg';
import { fileNameFor } from '../export/download';
import { chartToEmbed } from '../export/embed-chart';
import { indexChart } from '../model/tree';
import type { PagePlan } from '../export/page-types';
import { DEFAULT_PAGE_SETTINGS, planForAsync, type PageSettings, type PlanInput } from './export-pages';

export const FORMATS = ['png', 'svg', 'pdf', 'pptx', 'json', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof FORMATS)[number];
/** Formats that carry the document's data, not a picture: no scope, scale or picture options. */
export const DATA_FORMATS: ReadonlySet<ExportFormat> = new Set(['json', 'csv', 'xlsx']);
export const SCALES = [1, 2, 3, 4] as const;

export type ExportSettings = ExportLanguage &
  PageSettings & {
    format: ExportFormat;
    /** PNG: one image per planned page (a zip) instead of the whole chart as one image. */
    pngPages: boolean;
    subtree: boolean;
    includeCollapsed: boolean;
    scale: number;
    background: SceneBackground;
    showTitle: boolean;
    showLegend: boolean;
    showRegions: boolean;
    /** PNG and SVG carry the chart (only the exported branch) so the file imports back. */
    embedChart: boolean;
    /** With a transparent background: light title, legend and region labels for a dark slide. */
    lightText: boolean;
  };

export const DEFAULT_SETTINGS: ExportSettings = {
  ...DEFAULT_EXPORT_LANGUAGE,
  ...DEFAULT_PAGE_SETTINGS,
  format: 'png',
  pngPages: false,
  subtree: false,
  includeCollapsed: false,
  scale: 2,
  background: 'white',
  showTitle: true,
  showLegend: true,
  showRegions: true,
  embedChart: true,
  lightText: false,
};

/** The background the scene draws: a transparent picture for dark slides gets light text. */
export function sceneBackground(settings: ExportSettings): SceneBackground {
  return settings.background === 'transparent' && settings.lightText
    ? 'transparent-dark'
    : settings.background;
}

/** The branch the export shows, or null for the whole chart. */
export function exportedBranch(settings: ExportSettings, selectedId: string | null): string | null {
  return settings.subtree && selectedId ? selectedId : null;
}

/** What an exported picture carries: null = nothing, else the chart (or only the exported branch). */
export function embeddedJson(
  chart: Chart | ChartDoc,
  settings: ExportSettings,
  selectedId: string | null,
): string | null {
  return chartToEmbed(chart, { embed: settings.embedChart, branchOf: exportedBranch(settings, selectedId) });
}

/** What the page planner is asked for, from the dialog's choices. */
export function planInput(settings: ExportSettings, selectedId: string | null): PlanInput {
  return {
    pageFormat: settings.pageFormat,
    customWidth: settings.customWidth,
    customHeight: settings.customHeight,
    minTextPt: settings.minTextPt,
    detail: settings.detail,
    // Bilingual: the other language's title is each card's subtitle; pages split before it goes.
    ...(settings.bilingual ? { minDetail: 'subtitle' as const } : {}),
    branchOf: exportedBranch(settings, selectedId),
    includeCollapsed: settings.includeCollapsed,
    background: sceneBackground(settings),
    showRegions: settings.showRegions,
  };
}

/** True when the export draws planned pages rather than the whole chart as one picture. */
export function usesPages(settings: ExportSettings): boolean {
  return (
    settings.format === 'pdf' ||
    settings.format === 'pptx' ||
    (settings.format === 'png' && settings.pngPages)
  );
}

/** The file's name for people and tools: the chart title, and the branch for a branch export. */
export function documentTitle(chart: Chart, branch: string | null): string {
  const index = indexChart(chart);
  const top = branch ? index.byId.get(branch) : undefined;
  return top && top.id !== index.root.id ? `${chart.title} · ${top.title}` : chart.title;
}

function sceneOptions(settings: ExportSettings, selectedId: string | null): SceneOptions {
  return {
    scope: settings.subtree && selectedId ? { subtreeOf: selectedId } : 'all',
    includeCollapsed: settings.includeCollapsed,
    background: sceneBackground(settings),
    showTitle: settings.showTitle,
    showLegend: settings.showLegend,
    showRegions: settings.showRegions,
    measure: measureText,
  };
}

export function sceneFor(
  chart: Chart,
  layout: ChartLayout,
  settings: ExportSettings,
  selectedId: string | null,
): ExportScene {
  return buildScene(chart, layout, sceneOptions(settings, selectedId));
}

export type ExportFile = {
  blob: Blob;
  name: string;
  png?: PngResult;
  slides?: number;
  /** What the page planner left off the cards to keep text readable (a UI string key). */
  dropped?: 'pagesDroppedMetrics' | 'pagesDroppedSubtitle' | null;
  /** True when the file carries the editable chart (PNG, SVG, JSON). */
  embedded?: boolean;
  /** PNG pages: how many images the zip holds, and their size. */
  pages?: { count: number; width: number; height: number };
};

/**
 * Makes the file for a format; heavy encoders (PPTX) load only when asked for. `chart` is
 * drawn (in the export's language, see `exportSource`); `doc`, the stored bilingual
 * document, is what JSON holds and what a PNG carries inside.
 */
export async function makeExportFile(
  chart: Chart,
  layout: ChartLayout,
  settings: ExportSettings,
  selectedId: string | null,
  doc: ChartDoc,
  /** The plan the dialog previewed; made afresh when absent. */
  plan?: PagePlan,
): Promise<ExportFile> {
  const name = (ext: string) => fileNameFor(chart.title, ext);
  switch (settings.format) {
    case 'json':
      return { blob: new Blob([exportChartText(doc)], { type: 'application/json' }), name: name('json') };
    case 'svg': {
      const chartJson = embeddedJson(doc, settings, selectedId);
      const title = documentTitle(chart, exportedBranch(settings, selectedId));
      const svg = sceneToSvg(sceneFor(chart, layout, settings, selectedId), { title, chartJson });
      return { blob: new Blob([svg], { type: 'image/svg+xml' }), name: name('svg'), embedded: !!chartJson };
    }
    case 'png': {
      if (settings.pngPages) return pngPagesFile(chart, doc, settings, selectedId, plan);
      const scene = sceneFor(chart, layout, settings, selectedId);
      const chartJson = embeddedJson(doc, settings, selectedId);
      const png = await renderPng(scene, settings.scale, chartJson === null ? {} : { chartJson });
      return { blob: png.blob, name: name('png'), png, embedded: chartJson !== null };
    }
    case 'pdf':
      throw new Error('PDF is made by the browser from the print view (printPlan), not here');
    case 'csv':
    case 'xlsx': {
      const { sheetFile } = await import('../export/sheet-file');
      const both = settings.bilingual ? doc : undefined;
      return { blob: sheetFile(chart, settings.format, both), name: name(settings.format) };
    }
    case 'pptx': {
      const [{ exportPptx, pptxPlanOptions }, { planPagesAsync }, { droppedDetailMessage }] =
        await Promise.all([
          import('../export/pptx'),
          import('../export/plan-client'),
          import('../export/page-planner'),
        ]);
      const input = { chart, layout, options: sceneOptions(settings, selectedId) };
      // The slides the dialog previewed (its page format, smallest text and card detail);
      // otherwise planned afresh, large charts in a worker so the tab stays responsive.
      const minDetail = settings.bilingual ? { minDetail: 'subtitle' as const } : {};
      const pages = plan ?? (await planPagesAsync(chart, { ...pptxPlanOptions(input), ...minDetail }));
      return {
        blob: await exportPptx(pages, chart),
        name: name('pptx'),
        slides: pages.pages.length,
        dropped: droppedDetailMessage(pages),
      };
    }
  }
}

async function pngPagesFile(
  chart: Chart,
  doc: ChartDoc,
  settings: ExportSettings,
  selectedId: string | null,
  given: PagePlan | undefined,
): Promise<ExportFile> {
  let plan = given;
  if (!plan) {
    const made = await planForAsync(chart, planInput(settings, selectedId));
    if (!made.ok) throw new Error(made.message);
    plan = made.plan;
  }
  const { renderPngPages } = await import('../export/png-pages');
  const chartJson = embeddedJson(doc, settings, selectedId);
  const stem = fileNameFor(chart.title, '');
  const zip = await renderPngPages(plan, settings.scale, stem, chartJson === null ? {} : { chartJson });
  return {
    blob: zip.blob,
    name: fileNameFor(chart.title, 'zip'),
    embedded: chartJson !== null,
    pages: { count: zip.count, width: zip.width, height: zip.height },
  };
}
