import { createContext, createElement, useContext, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { ChartDoc, Locale } from '../model/schema';
import { templateChart } from '../model/templates';
import { localeFromLanguages } from '../i18n/strings';
import { keepFolds, record, stepBack, stepForward } from './history';
import { createLayoutHolder, type LayoutHolder } from './layout-holder';
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
  /** The one way the document changes; it records history and nothing else. */
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
/** The store, and the layout of the chart it shows (derived, see layout-holder.ts). */
export type ChartStore = StoreApi<State> & { layouts: LayoutHolder };

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

export function initialState(
  locale: Locale = browserLocale(),
  chart: ChartDoc = templateChart('default'),
): DocumentSlice & ViewSlice & LibrarySlice & InteractionSlice & FileSlice {
  return {
    chart,
    past: [],
    future: [],
    locale,
    chartLanguage: locale,
    selectedIds: [],
    panelOpen: false,
    hoveredId: null,
    editingId: null,
    searchQuery: '',
    focusRequest: null,
    fitRequest: 0,
    linkSourceId: null,
    pendingDelete: null,
    exportOpen: false,
    sheetImport: null,
    fileLinks: {},
    notices: [],
    stored: [],
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
    /** Undo and redo: swap in a document from history, keeping today's folds and a valid selection. */
    const travel = (step: typeof stepBack) => {
      const s = get();
      const to = step(s, s.chart);
      if (!to) return;
      const chart = keepFolds(to.chart, s.chart);
      set({ chart, past: to.past, future: to.future });
      get().keepSelectionValid();
    };
    return {
      ...initialState(deps.locale ?? browserLocale(), deps.chart),

      commit: (next, options = {}) => {
        const s = get();
        if (next === s.chart) return;
        const history = options.history === 'skip' ? { past: s.past, future: s.future } : record(s, s.chart);
        set({ chart: next, ...history });
      },

      load: (chart, history = { past: [], future: [] }) => {
        const s = get();
        set({
          chart,
          past: history.past,
          future: history.future,
          selectedIds: [],
          panelOpen: false,
          hoveredId: null,
          editingId: null,
          searchQuery: '',
          linkSourceId: null,
          fitRequest: s.fitRequest + 1,
        });
      },

      // The document holds both languages: only the shown chart (and so the layout) changes.
      setChartLanguage: (chartLanguage) => {
        if (get().chartLanguage !== chartLanguage) set({ chartLanguage });
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
      ...persistence.actions(),
    };
  });
  persistence.attach(store);
  return Object.assign(store, { layouts: createLayoutHolder(store) });
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
