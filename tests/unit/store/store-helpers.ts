import { expect } from 'vitest';
import type { ChartDoc as Chart, ChartNode, DocNode, Locale } from '../../../src/model/schema';
import { templateChart } from '../../../src/model/templates';
import { validateChart } from '../../../src/model/validate';
import { chartDocSchema as chartSchema } from '../../../src/model/schema';
import { localizeChart } from '../../../src/model/localize-chart';
import { textIn } from '../../../src/model/local-text';
import { layoutOf } from '../../../src/store/derive-layout';
import { selectShownChart } from '../../../src/store/shown-chart';
import { initialState, useChartStore } from '../../../src/store/store';

/** A fresh store showing the default chart in `locale` (UI and chart), whatever language the test browser asks for. */
export function resetStore(locale: Locale = 'zh-CN', chart: Chart = templateChart('default')): void {
  useChartStore.setState({
    ...initialState(),
    locale,
    chartLanguage: locale,
    chart,
    layout: layoutOf(localizeChart(chart, locale)),
    charts: [{ id: chart.id, title: textIn(chart.title, locale), updatedAt: 0, template: 'default' }],
  });
}

export const store = () => useChartStore.getState();

/** A node as stored: each text in both languages. */
export function nodeOf(id: string, chart: Chart = store().chart): DocNode {
  const node = chart.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
}

/** A node as the chart shows it, in the chart language. */
export function shownNodeOf(id: string): ChartNode {
  const node = selectShownChart(store()).nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
}

export const noticeKeys = () => store().notices.map((n) => n.key);

/** The chart keeps every tree invariant and passes the schema, as a stored or exported file must. */
export function expectValid(chart: Chart): void {
  expect(chart.nodes.length).toBeGreaterThan(0);
  expect(validateChart(chart)).toBeNull();
  expect(chartSchema.safeParse(chart).success).toBe(true);
}

/** Undoes until nothing is left to undo; returns how many steps that took. */
export function undoAll(): number {
  let steps = 0;
  while (store().past.length > 0) {
    store().undo();
    steps++;
    expectValid(store().chart);
  }
  return steps;
}

/** The chart as shown, in the chart language. */
export const shownChart = () => selectShownChart(store());
