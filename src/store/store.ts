import { create } from 'zustand';
import type { Chart, ChartDoc, Locale } from '../model/schema';
import { templateChart } from '../model/templates';
import { textIn } from '../model/local-text';
import { selectShownChart } from './shown-chart';
import { searchNodes } from '../model/tree';
import { localeFromLanguages } from '../i18n/strings';
import { keepFolds, record, stepBack, stepForward } from './history';
import { layoutAfter, layoutOf, sameGeometry } from './derive-layout';
import type { ChartLayout } from '../layout/types';
import type { ChartMeta, CommitOptions, DocumentSlice, LibrarySlice, Notice, ViewSlice } from './types';
import { createEditActions, type EditActions } from './edit-actions';
import { createViewActions, type ViewActions } from './view-actions';
import { createLibraryActions, type LibraryActions } from './library-actions';
import { createSheetActions, type SheetActions } from './sheet-actions';

export type CoreActions = {
  /** The one way the document changes. */
  commit: (next: ChartDoc, options?: CommitOptions) => void;
  /** Replace the document without an undo step and with a fresh history (loading, switching charts). */
  load: (chart: ChartDoc, meta?: Partial<ChartMeta>) => void;
  undo: () => void;
  redo: () => void;
  /** Show (and edit) the chart in `language`; the document itself holds both. */
  setChartLanguage: (language: Locale) => void;
  notify: (notice: Omit<Notice, 'id'> & { id?: string }) => void;
  dismiss: (id: string) => void;
};

export type State = DocumentSlice &
  ViewSlice &
  LibrarySlice &
  CoreActions &
  EditActions &
  ViewActions &
  LibraryActions &
  SheetActions;

export type SetState = (partial: Partial<State> | ((s: State) => Partial<State>)) => void;
export type GetState = () => State;

const browserLocale = () =>
  typeof navigator === 'undefined'
    ? 'zh-CN'
    : localeFromLanguages(navigator.languages ?? [navigator.language]);

let noticeCounter = 0;

/** Search hits follow the document, so a deleted or renamed node is never offered as a match. */
const freshHits = (s: State, chart: ChartDoc): Partial<State> =>
  s.searchQuery.trim() ? { searchHits: searchNodes(chart, s.searchQuery, 50) } : {};

export function initialState(): DocumentSlice & ViewSlice & LibrarySlice {
  const locale = browserLocale();
  const chart = templateChart('default');
  return {
    chart,
    layout: layoutOf(selectShownChart({ chart, chartLanguage: locale })),
    past: [],
    future: [],
    locale,
    chartLanguage: locale,
    selectedId: null,
    selectedIds: [],
    panelOpen: false,
    hoveredId: null,
    editingId: null,
    searchQuery: '',
    searchHits: [],
    focusRequest: null,
    fitRequest: 0,
    linkSourceId: null,
    pendingDelete: null,
    exportOpen: false,
    sheetImport: null,
    notices: [],
    charts: [
      { id: chart.id, title: textIn(chart.title, locale), updatedAt: Date.now(), template: 'default' },
    ],
    saveState: 'saved',
    saveError: null,
  };
}

export const useChartStore = create<State>()((set, get) => {
  /** A layout from the worker lands only if its document is still the one on screen. */
  const deliver = (layout: ChartLayout, forChart: Chart) => {
    const shown = selectShownChart(get());
    if (shown === forChart || sameGeometry(shown, forChart)) set({ layout });
  };
  /** The layout after the document (or the language it is shown in) changes: layout reads the shown chart. */
  const relayout = (s: State, next: ChartDoc, chartLanguage = s.chartLanguage) =>
    layoutAfter(
      { chart: selectShownChart(s), layout: s.layout },
      selectShownChart({ chart: next, chartLanguage }),
      deliver,
    );
  /** Undo and redo: swap in a document from history, keeping today's folds and a valid selection. */
  const travel = (step: typeof stepBack) => {
    const s = get();
    const to = step(s, s.chart);
    if (!to) return;
    const chart = keepFolds(to.chart, s.chart);
    set({
      chart,
      layout: relayout(s, chart),
      past: to.past,
      future: to.future,
      ...freshHits(s, chart),
    });
    get().keepSelectionValid();
  };
  return {
    ...initialState(),

    commit: (next, options = {}) => {
      const s = get();
      if (next === s.chart) return;
      const stamped = options.touch === false ? next : { ...next, updatedAt: Date.now() };
      const history = options.history === 'skip' ? { past: s.past, future: s.future } : record(s, s.chart);
      set({
        chart: stamped,
        layout: relayout(s, stamped),
        ...history,
        ...freshHits(s, stamped),
        charts: s.charts.map((c) =>
          c.id === stamped.id
            ? {
                ...c,
                title: textIn(stamped.title, s.chartLanguage),
                updatedAt: stamped.updatedAt ?? Date.now(),
              }
            : c,
        ),
      });
    },

    load: (chart, meta) => {
      const s = get();
      const exists = s.charts.some((c) => c.id === chart.id);
      const entry: ChartMeta = {
        id: chart.id,
        title: textIn(chart.title, s.chartLanguage),
        updatedAt: chart.updatedAt ?? Date.now(),
        ...(chart.template ? { template: chart.template } : {}),
        ...meta,
      };
      set({
        chart,
        layout: layoutOf(selectShownChart({ chart, chartLanguage: s.chartLanguage })),
        past: [],
        future: [],
        selectedId: null,
        selectedIds: [],
        panelOpen: false,
        hoveredId: null,
        editingId: null,
        searchQuery: '',
        searchHits: [],
        linkSourceId: null,
        fitRequest: s.fitRequest + 1,
        charts: exists
          ? s.charts.map((c) => (c.id === chart.id ? { ...c, ...entry } : c))
          : [...s.charts, entry],
      });
    },

    setChartLanguage: (chartLanguage) => {
      const s = get();
      if (s.chartLanguage === chartLanguage) return;
      const title = textIn(s.chart.title, chartLanguage);
      set({
        chartLanguage,
        layout: relayout(s, s.chart, chartLanguage),
        charts: s.charts.map((c) => (c.id === s.chart.id ? { ...c, title } : c)),
      });
    },

    undo: () => travel(stepBack),
    redo: () => travel(stepForward),

    notify: (notice) => {
      const id = notice.id ?? `notice-${++noticeCounter}`;
      set((s) => ({ notices: [...s.notices.filter((n) => n.id !== id), { ...notice, id }] }));
    },

    dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),

    ...createEditActions(set, get),
    ...createViewActions(set, get),
    ...createLibraryActions(set, get),
    ...createSheetActions(set, get),
  };
});

export const selectCanUndo = (s: State) => s.past.length > 0;
export const selectCanRedo = (s: State) => s.future.length > 0;
