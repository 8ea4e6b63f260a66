import { localizeChart } from '../model/localize-chart';
import type { Chart, ChartDoc, Locale } from '../model/schema';

/**
 * The chart as shown: the stored bilingual document in the chart language, plain strings
 * (see `localizeChart`). Layout, cards, exports and writers read this; only editing,
 * storage and the details panel read the stored document (`s.chart`).
 * Cached per document and language, so it is a stable zustand selector.
 */
export const selectShownChart = (s: { chart: ChartDoc; chartLanguage: Locale }): Chart =>
  localizeChart(s.chart, s.chartLanguage);
