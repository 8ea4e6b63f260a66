import type { ChartLayout } from '../layout/types';
import { localizeChart } from '../model/localize-chart';
import type { Chart, ChartDoc, Locale } from '../model/schema';
import { layoutFor } from '../store/derive-layout';

/** Which language an export is drawn in: the chart language by default, or the other; optionally both. */
export type ExportLanguage = {
  /** null: the language the chart is shown in. */
  chartLanguage: Locale | null;
  /** Each card's title in the chosen language with its other-language title underneath. */
  bilingual: boolean;
};

export const DEFAULT_EXPORT_LANGUAGE: ExportLanguage = { chartLanguage: null, bilingual: false };

/** The chart an export draws, in the export's language (cached per document and language). */
export function exportChart(
  s: { chart: ChartDoc; chartLanguage: Locale },
  settings: Partial<ExportLanguage>,
): Chart {
  const language = settings.chartLanguage ?? s.chartLanguage;
  return localizeChart(s.chart, language, settings.bilingual === true ? 'bilingual' : 'single');
}

/**
 * What an export draws: the stored document (for JSON and the chart embedded in a PNG,
 * so both languages travel with the file), the chart in the export's language, and its
 * layout: `onScreen` (the canvas's, see useChartLayout) when the language and mode are
 * those shown, else the memoised layout of the chart in the export's language.
 */
export function exportSource(
  s: { chart: ChartDoc; chartLanguage: Locale },
  settings: Partial<ExportLanguage>,
  onScreen: ChartLayout,
): { doc: ChartDoc; chart: Chart; layout: ChartLayout } {
  const chart = exportChart(s, settings);
  if ((settings.chartLanguage ?? s.chartLanguage) === s.chartLanguage && settings.bilingual !== true)
    return { doc: s.chart, chart, layout: onScreen };
  return { doc: s.chart, chart, layout: layoutFor(chart) };
}
