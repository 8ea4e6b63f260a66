import type { ChartLayout } from '../layout/types';
import { exportChartText } from '../model/chart-text';
import type { Chart } from '../model/schema';
import { buildScene } from '../export/scene';
import type { ExportScene, SceneBackground, SceneOptions } from '../export/scene-types';
import { canvasMeasure } from '../export/text-measure';
import { renderPng, type PngResult } from '../export/png';
import { sceneToSvg } from '../export/svg';
import { fileNameFor } from '../export/download';

export const FORMATS = ['png', 'svg', 'pptx', 'json', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof FORMATS)[number];
/** Formats that carry the document's data, not a picture: no scope, scale or picture options. */
export const DATA_FORMATS: ReadonlySet<ExportFormat> = new Set(['json', 'csv', 'xlsx']);
export const SCALES = [1, 2, 3, 4] as const;

export type ExportSettings = {
  format: ExportFormat;
  subtree: boolean;
  includeCollapsed: boolean;
  scale: number;
  background: SceneBackground;
  showTitle: boolean;
  showLegend: boolean;
  showRegions: boolean;
};

export const DEFAULT_SETTINGS: ExportSettings = {
  format: 'png',
  subtree: false,
  includeCollapsed: false,
  scale: 2,
  background: 'white',
  showTitle: true,
  showLegend: true,
  showRegions: true,
};

let measure: ReturnType<typeof canvasMeasure> | null = null;

function sceneOptions(settings: ExportSettings, selectedId: string | null): SceneOptions {
  measure ??= canvasMeasure();
  return {
    scope: settings.subtree && selectedId ? { subtreeOf: selectedId } : 'all',
    includeCollapsed: settings.includeCollapsed,
    background: settings.background,
    showTitle: settings.showTitle,
    showLegend: settings.showLegend,
    showRegions: settings.showRegions,
    measure,
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

export type ExportFile = { blob: Blob; name: string; png?: PngResult; slides?: number };

/** Makes the file for a format; heavy encoders (PPTX) load only when asked for. */
export async function makeExportFile(
  chart: Chart,
  layout: ChartLayout,
  settings: ExportSettings,
  selectedId: string | null,
): Promise<ExportFile> {
  const name = (ext: string) => fileNameFor(chart.title, ext);
  switch (settings.format) {
    case 'json':
      return { blob: new Blob([exportChartText(chart)], { type: 'application/json' }), name: name('json') };
    case 'svg': {
      const svg = sceneToSvg(sceneFor(chart, layout, settings, selectedId));
      return { blob: new Blob([svg], { type: 'image/svg+xml' }), name: name('svg') };
    }
    case 'png': {
      const scene = sceneFor(chart, layout, settings, selectedId);
      const png = await renderPng(scene, settings.scale, { chartJson: JSON.stringify(chart) });
      return { blob: png.blob, name: name('png'), png };
    }
    case 'csv':
    case 'xlsx': {
      const { sheetFile } = await import('../export/sheet-file');
      return { blob: sheetFile(chart, settings.format), name: name(settings.format) };
    }
    case 'pptx': {
      const { buildPptx, pptxScenes } = await import('../export/pptx');
      const input = { chart, layout, options: sceneOptions(settings, selectedId) };
      return { blob: await buildPptx(input), name: name('pptx'), slides: pptxScenes(input).length };
    }
  }
}
