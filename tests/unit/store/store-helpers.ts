import { expect } from 'vitest';
import type { Chart, ChartNode, Locale } from '../../../src/model/schema';
import { templateChart } from '../../../src/model/templates';
import { validateChart } from '../../../src/model/validate';
import { chartSchema } from '../../../src/model/schema';
import { layoutOf } from '../../../src/store/derive-layout';
import { initialState, useChartStore } from '../../../src/store/store';

/** A fresh store showing the pristine default chart in `locale`, whatever language the test browser asks for. */
export function resetStore(locale: Locale = 'zh-CN', chart: Chart = templateChart('default', locale)): void {
  useChartStore.setState({
    ...initialState(),
    locale,
    chart,
    layout: layoutOf(chart),
    charts: [{ id: chart.id, title: chart.title, updatedAt: 0, template: 'default', pristine: true }],
  });
}

export const store = () => useChartStore.getState();

export function nodeOf(id: string, chart: Chart = store().chart): ChartNode {
  const node = chart.nodes.find((n) => n.id === id);
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
