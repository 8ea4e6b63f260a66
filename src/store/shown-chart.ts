import { localizeChart } from '../model/localize-chart';
import type { ChartLayout } from '../layout/types';
import type { Chart, ChartDoc, Locale } from '../model/schema';
import { layoutAfter } from './derive-layout';

/**
 * The chart as shown: the stored bilingual document in the chart language, plain strings
 * (see `localizeChart`). Layout, cards, exports and writers read this; only editing,
 * storage and the details panel read the stored document (`s.chart`).
 * Cached per document and language, so it is a stable zustand selector.
 */
export const selectShownChart = (s: { chart: ChartDoc; chartLanguage: Locale }): Chart =>
  localizeChart(s.chart, s.chartLanguage);

/**
 * The layout after the document, or the language it is shown in, changes: layout places the
 * shown chart (in `chartLanguage`, the store's unless switching), compared with the one on screen.
 */
export const shownLayoutAfter = (
  s: { chart: ChartDoc; chartLanguage: Locale; layout: ChartLayout },
  next: ChartDoc,
  deliver: (layout: ChartLayout, forChart: Chart) => void,
  chartLanguage: Locale = s.chartLanguage,
): ChartLayout =>
  layoutAfter(
    { chart: selectShownChart(s), layout: s.layout },
    selectShownChart({ chart: next, chartLanguage }),
    deliver,
  );
