import { createContext, createElement, useContext, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Chart, ChartDoc, Locale } from '../model/schema';
import { templateChart } from '../model/templates';
import { searchNodes } from '../model/tree';
import { localeFromLanguages } from '../i18n/strings';
import { keepFolds, record, stepBack, stepForward } from './history';
import { layoutOf, sameGeometry } from './derive-layout';
import { selectShownChart, shownLayoutAfter } from './shown-chart';
import type { ChartLayout } from '../layout/types';
import type { CommitOptions, DocumentSlice, LibrarySlice, Notice, ViewSlice } from './types';
import { createEditActions, type EditActions } from './edit-actions';
import { createViewActions, type ViewActions } from './view-actions';
import { createLibraryActions, type LibraryActions } from './library-actions';
import { createPersistence, type PersistenceActions, type Prefs } from './persistence';
import type { ChartRepository } from './repo/types';
import { createSheetActions, type SheetActions } from './sheet-actions';
import { createFileActions, type FileActions, type FileSlice } from './file-actions';
import type { FileLinkStore } from './repo/file-links';
import type { RescueStorage } from './rescue-copy';
import { createBackupActions, type BackupActions } from './backup-actions';
import {
  createInteractionActions,
  initialInteraction,
  type InteractionActions,
  type InteractionSlice,
} from './interaction-actions';

export type CoreActions = {
  /** The one way the document changes. */
  commit: (next: ChartDoc, options?: CommitOptions) => void;
  /** Replace the document without an undo step (loading, switching charts); history comes with it. */
  load: (chart: ChartDoc, history?: { past: ChartDoc[]; future: ChartDoc[] }) => void;
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
  PersistenceActions &
  SheetActions &
  FileSlice &
  FileActions &
  BackupActions &
  InteractionSlice &
  InteractionActions;

export type SetState = (partial: Partial<State> | ((s: State) => Partial<State>)) => void;
export type GetState = () => State;
export type ChartStore = StoreApi<State>;

export type ChartStoreDeps = {
  repo: ChartRepository;
  /** Small preferences (language, last open chart); localStorage in the app. */
  prefs?: Prefs | null;
  locale?: Locale;
  /** The first chart shown before anything is read; the default template otherwise. */
  chart?: ChartDoc;
  /**
   * What a first start (nothing stored, or nothing readable) opens and stores: the default
   * template in the app, fetched only then. Without it, the chart on screen is stored.
   */
  firstChart?: () => Promise<ChartDoc>;
  saveDelayMs?: number;
  /** Which file each chart was saved to; IndexedDB in the app, memory when absent. */
  fileLinks?: FileLinkStore;
  /** Where `pagehide` keeps a synchronous copy of unsaved charts (localStorage in the app). */
  rescue?: RescueStorage | null;
};

const browserLocale = (): Locale =>
  typeof navigator === 'undefined'
    ? 'zh-CN'
    : localeFromLanguages(navigator.languages ?? [navigator.language]);

/** Search hits follow the document, so a deleted or renamed node is never offered as a match. */
const freshHits = (s: State, chart: ChartDoc): Partial<State> =>
  s.searchQuery.trim() ? { searchHits: searchNodes(chart, s.searchQuery, 50) } : {};

export function initialState(
  locale: Locale = browserLocale(),
  chart: ChartDoc = templateChart('default'),
): DocumentSlice & ViewSlice & LibrarySlice & InteractionSlice & FileSlice {
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
    fileLinks: {},
    notices: [],
    charts: [{ id: chart.id, title: chart.title, updatedAt: chart.updatedAt ?? 0 }],
    save: { pending: false, failures: [] },
    space: null,
    ...initialInteraction(),
  };
}

/**
 * One store per app (or per test), given its repository. Nothing lives at module level:
 * two stores on one repository backend behave as two tabs.
 */
export function createChartStore(deps: ChartStoreDeps): ChartStore {
  let noticeCounter = 0;
  const persistence = createPersistence(deps);
  const store = createStore<State>()((set, get) => {
    /** A layout from the worker lands only if its document is still the one on screen. */
    const deliver = (layout: ChartLayout, forChart: Chart) => {
      const shown = selectShownChart(get());
      if (shown === forChart || sameGeometry(shown, forChart)) set({ layout });
    };
    /** Undo and redo: swap in a document from history, keeping today's folds and a valid selection. */
    const travel = (step: typeof stepBack) => {
      const s = get();
      const to = step(s, s.chart);
      if (!to) return;
      const chart = keepFolds(to.chart, s.chart);
      set({
        chart,
        layout: shownLayoutAfter(s, chart, deliver),
        past: to.past,
        future: to.future,
        ...freshHits(s, chart),
      });
      get().keepSelectionValid();
    };
    return {
      ...initialState(deps.locale ?? browserLocale(), deps.chart),

      commit: (next, options = {}) => {
        const s = get();
        if (next === s.chart) return;
        const stamped = options.touch === false ? next : { ...next, updatedAt: Date.now() };
        const history = options.history === 'skip' ? { past: s.past, future: s.future } : record(s, s.chart);
        set({
          chart: stamped,
          layout: shownLayoutAfter(s, stamped, deliver),
          ...history,
          ...freshHits(s, stamped),
        });
      },

      load: (chart, history = { past: [], future: [] }) => {
        const s = get();
        set({
          chart,
          layout: layoutOf(selectShownChart({ chart, chartLanguage: s.chartLanguage })),
          past: history.past,
          future: history.future,
          selectedId: null,
          selectedIds: [],
          panelOpen: false,
          hoveredId: null,
          editingId: null,
          searchQuery: '',
          searchHits: [],
          linkSourceId: null,
          fitRequest: s.fitRequest + 1,
        });
      },

      // The document holds both languages: only the shown chart (and so the layout) changes.
      setChartLanguage: (chartLanguage) => {
        const s = get();
        if (s.chartLanguage === chartLanguage) return;
        set({ chartLanguage, layout: shownLayoutAfter(s, s.chart, deliver, chartLanguage) });
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
      ...createLibraryActions(set, get, persistence),
      ...createSheetActions(set, get),
      ...createFileActions(set, deps.fileLinks),
      ...createBackupActions(set, get, deps.repo),
      ...createInteractionActions(set, get),
      ...persistence.actions(set, get, deliver),
    };
  });
  persistence.attach(store);
  return store;
}

const ChartStoreContext = createContext<ChartStore | null>(null);

export function ChartStoreProvider({ store, children }: { store: ChartStore; children: ReactNode }) {
  return createElement(ChartStoreContext.Provider, { value: store }, children);
}

/** The store the app was started with; for event handlers that read state at the moment they run. */
export function useChartStoreApi(): ChartStore {
  const store = useContext(ChartStoreContext);
  if (!store) throw new Error('useChartStore needs a <ChartStoreProvider> above it');
  return store;
}

/** Components subscribe with a narrow selector, as with a global zustand hook. */
export function useChartStore<T>(selector: (s: State) => T): T {
  return useStore(useChartStoreApi(), selector);
}

export const selectCanUndo = (s: State) => s.past.length > 0;
export const selectCanRedo = (s: State) => s.future.length > 0;
