import { expect } from 'vitest';
import type { ChartDoc as Chart, ChartNode, DocNode, Locale } from '../../../src/model/schema';
import { templateChart } from '../../../src/model/templates';
import { validateChart } from '../../../src/model/validate';
import { chartDocSchema as chartSchema } from '../../../src/model/schema';
import { selectShownChart } from '../../../src/store/shown-chart';
import { selectSearchHits, selectSelectedId } from '../../../src/store/selectors';
import { createChartStore, type ChartStore } from '../../../src/store/store';
import { createMemoryRepo } from '../../../src/store/repo/memory-repo';
import type { ChartRepository } from '../../../src/store/repo/types';

let current: ChartStore | null = null;

/**
 * A fresh store (on a fresh memory repository unless one is given) showing `chart` in
 * `locale` (UI and chart language), whatever language the test browser asks for. Component
 * renders use it too (tests/setup.ts wraps every render in its provider).
 */
export function resetStore(
  locale: Locale = 'zh-CN',
  chart: Chart = templateChart('default'),
  repo: ChartRepository = createMemoryRepo(),
): ChartStore {
  current = createChartStore({ repo, locale, chart, saveDelayMs: 10 });
  return current;
}

/** The store of the current test. */
export const testStore = (): ChartStore => current ?? resetStore();

export const store = () => testStore().getState();

/** Lets pending saves and change notices run to the end. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r, 15));
    await store().flushSave();
  }
}

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

/** The selected node (the last selected), as the details panel and the keys see it. */
export const selectedId = () => selectSelectedId(store());

/** What the search box lists now. */
export const searchHits = () => selectSearchHits(store());

/** The layout on screen (derived from the shown chart). */
export const shownLayout = () => testStore().layouts.current();
