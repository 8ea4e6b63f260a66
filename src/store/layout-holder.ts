import type { ChartLayout } from '../layout/types';
import type { Chart, ChartDoc, Locale } from '../model/schema';
import { knownLayout, layoutFor, layoutInBackground, sameGeometry, shouldUseWorker } from './derive-layout';
import { selectShownChart } from './shown-chart';

type Source = {
  getState: () => { chart: ChartDoc; chartLanguage: Locale };
  subscribe: (listener: (s: { chart: ChartDoc; chartLanguage: Locale }) => void) => () => void;
};

/** The layout on screen for one store: read by `useChartLayout()` in render, `current()` elsewhere. */
export type LayoutHolder = {
  /**
   * The layout to show for the shown chart (the store's, unless given): the memoised
   * `layoutFor`, except that a large chart whose geometry changed keeps the layout shown
   * before until the worker answers (cards without a place wait a frame or two), so a
   * re-layout of 10,000 nodes never blocks input.
   */
  current: (shown?: Chart) => ChartLayout;
  /** Told when the worker delivers a layout. */
  subscribe: (listener: () => void) => () => void;
};

/**
 * One per store (created with it): what it holds is the last layout shown, which is
 * what a large chart keeps showing while the worker works. Everything else is the memo in
 * derive-layout.ts, keyed on the shown chart.
 */
export function createLayoutHolder(source: Source): LayoutHolder {
  let shown: { chart: Chart; layout: ChartLayout } | null = null;
  const listeners = new Set<() => void>();
  const delivered = () => {
    for (const listener of listeners) listener();
  };

  const current = (chart: Chart = selectShownChart(source.getState())): ChartLayout => {
    const before = shown;
    const known =
      knownLayout(chart) ??
      (before && sameGeometry(before.chart, chart) ? layoutFor(chart, before.chart) : null);
    if (known) {
      shown = { chart, layout: known };
      return known;
    }
    // The same chart, edited: its previous layout stays until the worker's arrives.
    // (Another chart just opened has no layout to show yet: it is laid out here, as a load always was.)
    if (before && before.chart.id === chart.id && shouldUseWorker(chart.nodes.length)) {
      layoutInBackground(chart).then(delivered, () => {
        // Superseded by a newer edit, whose layout is on its way.
      });
      return before.layout;
    }
    const layout = layoutFor(chart);
    shown = { chart, layout };
    return layout;
  };

  // A large chart's worker starts with the edit, not only when something next draws it.
  let last = selectShownChart(source.getState());
  source.subscribe((s) => {
    const next = selectShownChart(s);
    if (next === last) return;
    last = next;
    if (shouldUseWorker(next.nodes.length) && shown) current(next);
  });

  return {
    current,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
