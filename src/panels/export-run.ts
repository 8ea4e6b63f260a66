import type { ChartLayout } from '../layout/types';
import { exportChartText } from '../model/chart-text';
import type { Chart, ChartDoc } from '../model/schema';
import { DEFAULT_EXPORT_LANGUAGE, type ExportLanguage } from './export-language';
import { buildScene } from '../export/scene';
import type { ExportScene, SceneBackground, SceneOptions } from '../export/scene-types';
import { canvasMeasure } from '../export/text-measure';
import { renderPng, type PngResult } from '../export/png';
import { sceneToSvg } from '../export/svg';
import { fileNameFor } from '../export/download';

export const FORMATS = ['png', 'svg', 'pptx', 'json'] as const;
export type ExportFormat = (typeof FORMATS)[number];
export const SCALES = [1, 2, 3, 4] as const;

export type ExportSettings = ExportLanguage & {
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
  ...DEFAULT_EXPORT_LANGUAGE,
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
): Promise<ExportFile> {
  const name = (ext: string) => fileNameFor(chart.title, ext);
  switch (settings.format) {
    case 'json':
      return { blob: new Blob([exportChartText(doc)], { type: 'application/json' }), name: name('json') };
    case 'svg': {
      const svg = sceneToSvg(sceneFor(chart, layout, settings, selectedId));
      return { blob: new Blob([svg], { type: 'image/svg+xml' }), name: name('svg') };
    }
    case 'png': {
      const scene = sceneFor(chart, layout, settings, selectedId);
      const png = await renderPng(scene, settings.scale, { chartJson: JSON.stringify(doc) });
      return { blob: png.blob, name: name('png'), png };
    }
    case 'pptx': {
      const { buildPptx, pptxScenes } = await import('../export/pptx');
      const input = { chart, layout, options: sceneOptions(settings, selectedId) };
      return { blob: await buildPptx(input), name: name('pptx'), slides: pptxScenes(input).length };
    }
  }
}
