import type { StoreApi, UseBoundStore } from 'zustand';
import { textIn } from '../model/local-text';
import { importChart } from '../model/import-chart';
import type { ChartDoc } from '../model/schema';
import { templateChart } from '../model/templates';
import { newId } from '../model/ids';
import type { State } from './store';
import {
  KEYS,
  readChart,
  readStored,
  removeStoredChart,
  safeGet,
  safeSet,
  writeLibrary,
  mergeLibraries,
  readLibraryEntries,
  type KeyValueStorage,
  type Problem,
} from './storage';

export const SAVE_DELAY_MS = 300;

type Store = UseBoundStore<StoreApi<State>>;

/**
 * The one module that talks to browser storage. It hydrates the store once, then writes
 * every change (debounced, and at once on page hide), and watches other tabs.
 */
export function startAutosave(
  store: Store,
  storage: KeyValueStorage | null,
  win: Window = window,
): () => void {
  const lastWritten = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let conflict = false;
  // Charts this tab deleted, so a merge with another tab's library does not bring them back.
  const deleted = new Set<string>();

  hydrate(store, storage, lastWritten);

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!storage) return fail(store, 'storage is disabled');
    const { chart, charts } = store.getState();
    const key = KEYS.chart(chart.id);
    const stored = safeGet(storage, key);
    const mine = lastWritten.get(key);
    if (!conflict && mine !== undefined && stored !== null && stored !== mine) {
      conflict = true;
      store.getState().notify({
        id: 'other-tab',
        tone: 'warning',
        key: 'otherTabChanged',
        persistent: true,
        actions: ['reload-chart', 'keep-mine'],
      });
    }
    if (conflict) return;
    const text = JSON.stringify(chart);
    const wrote = stored === text ? { ok: true as const } : safeSet(storage, key, text);
    const library = mergeLibraries(charts, readLibraryEntries(storage), deleted);
    if (library !== charts) store.setState({ charts: library });
    const listed = wrote.ok ? writeLibrary(storage, chart.id, library) : wrote;
    if (!listed.ok) return fail(store, listed.reason);
    lastWritten.set(key, text);
    store.setState({ saveState: 'saved', saveError: null });
    store.getState().dismiss('save-failed');
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.locale !== prev.locale) savePrefs(storage, s.locale);
    if (s.charts !== prev.charts) {
      const kept = new Set(s.charts.map((c) => c.id));
      for (const c of prev.charts) if (!kept.has(c.id)) deleted.add(c.id);
    }
    if (s.chart === prev.chart && s.charts === prev.charts) return;
    if (s.chart.id !== prev.chart.id) conflict = false;
    if (s.saveState !== 'failed') store.setState({ saveState: 'pending' });
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, SAVE_DELAY_MS);
  });

  const onStorage = (event: StorageEvent) => {
    const { chart, charts } = store.getState();
    if (event.key === KEYS.library && storage) {
      const merged = mergeLibraries(charts, readLibraryEntries(storage), deleted);
      if (merged !== charts) store.setState({ charts: merged });
      return;
    }
    if (event.key !== KEYS.chart(chart.id) || event.newValue === null) return;
    if (event.newValue === lastWritten.get(event.key)) return;
    // A failed save is as unsaved as a pending one: reloading would throw the user's work away.
    const pending = timer !== null || store.getState().saveState === 'failed';
    if (!pending) return reloadFromOtherTab(store, event.newValue, lastWritten, event.key);
    conflict = true;
    store.getState().notify({
      id: 'other-tab',
      tone: 'warning',
      key: 'otherTabChanged',
      persistent: true,
      actions: ['reload-chart', 'keep-mine'],
    });
  };

  const onPageHide = () => {
    if (timer) flush();
  };
  win.addEventListener('storage', onStorage);
  win.addEventListener('pagehide', onPageHide);
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden' && timer) flush();
  };
  win.document.addEventListener('visibilitychange', onVisibility);

  autosaveControls.resolveConflict = (choice) => {
    store.getState().dismiss('other-tab');
    if (choice === 'keep-mine') {
      conflict = false;
      const key = KEYS.chart(store.getState().chart.id);
      lastWritten.set(key, safeGet(storage ?? nullStorage, key) ?? '');
      flush();
      return;
    }
    conflict = false;
    const key = KEYS.chart(store.getState().chart.id);
    const latest = storage ? safeGet(storage, key) : null;
    if (latest) reloadFromOtherTab(store, latest, lastWritten, key);
  };
  autosaveControls.flush = flush;
  autosaveControls.readChart = (id) => {
    if (!storage) return null;
    const problems: Problem[] = [];
    const chart = readChart(storage, id, problems);
    if (problems[0]) {
      store.getState().notify({
        id: 'storage-unreadable',
        tone: 'warning',
        key: 'storageUnreadable',
        params: { key: problems[0].backupKey ?? problems[0].key },
        persistent: true,
      });
    }
    return chart;
  };
  autosaveControls.removeChart = (id) => {
    if (storage) removeStoredChart(storage, id);
  };

  return () => {
    unsubscribe();
    if (timer) flush();
    win.removeEventListener('storage', onStorage);
    win.removeEventListener('pagehide', onPageHide);
    win.document.removeEventListener('visibilitychange', onVisibility);
    // A stopped autosave must not keep writing for the store (a restart, a test, hot reload).
    if (autosaveControls.flush === flush) Object.assign(autosaveControls, idleControls());
  };
}

const nullStorage: KeyValueStorage = { getItem: () => null, setItem: () => {}, removeItem: () => {} };

type Controls = {
  resolveConflict: (choice: 'reload-chart' | 'keep-mine') => void;
  flush: () => void;
  readChart: (id: string) => ChartDoc | null;
  removeChart: (id: string) => void;
};

const idleControls = (): Controls => ({
  resolveConflict: () => {},
  flush: () => {},
  readChart: () => null,
  removeChart: () => {},
});

/** Hooks the UI calls for choices that belong to autosave. */
export const autosaveControls: Controls = idleControls();

function fail(store: Store, reason: string) {
  store.setState({ saveState: 'failed', saveError: reason });
  store.getState().notify({
    id: 'save-failed',
    tone: 'error',
    key: 'saveFailed',
    params: { reason },
    persistent: true,
    actions: ['export-json'],
  });
}

function reloadFromOtherTab(store: Store, text: string, lastWritten: Map<string, string>, key: string) {
  const result = importChart(text);
  if (!result.ok) return;
  lastWritten.set(key, text);
  store.getState().load(result.chart);
}

function hydrate(store: Store, storage: KeyValueStorage | null, lastWritten: Map<string, string>) {
  const prefs = storage ? safeGet(storage, KEYS.prefs) : null;
  if (prefs) {
    try {
      const locale = (JSON.parse(prefs) as { locale?: unknown }).locale;
      if (locale === 'en' || locale === 'zh-CN') store.getState().setLocale(locale);
    } catch {
      // A broken preference is not worth a notice: the browser language is used instead.
    }
  }
  if (!storage) return;
  const { library, active, problems } = readStored(storage);
  const state = store.getState();
  if (library && active) {
    const charts = library.charts.some((c) => c.id === active.id)
      ? library.charts
      : [
          ...library.charts,
          {
            id: active.id,
            title: textIn(active.title, state.chartLanguage),
            updatedAt: active.updatedAt ?? Date.now(),
          },
        ];
    store.setState({ charts });
    state.load(active);
    lastWritten.set(KEYS.chart(active.id), safeGet(storage, KEYS.chart(active.id)) ?? '');
  } else if (library) {
    // Without an unreadable chart to replace, the chart on screen stays, so it must stay listed.
    const onScreen = state.charts.filter(
      (c) => problems.length === 0 && c.id === state.chart.id && !library.charts.some((l) => l.id === c.id),
    );
    store.setState({ charts: [...library.charts, ...onScreen] });
  }
  if (problems.length > 0) {
    // The unreadable chart's key is left alone: the default chart gets a fresh id. The chart on
    // screen until now was never stored, so it leaves the list rather than linger as a dead entry.
    const fallback: ChartDoc = { ...templateChart('default'), id: newId('chart') };
    if (!active) {
      if (!library) store.setState({ charts: [] });
      state.load(fallback, { template: 'default' });
    }
    const problem = problems[0]!;
    state.notify({
      id: 'storage-unreadable',
      tone: 'warning',
      key: 'storageUnreadable',
      params: { key: problem.backupKey ?? problem.key },
      persistent: true,
    });
  }
}

export function savePrefs(storage: KeyValueStorage | null, locale: string): void {
  if (storage) safeSet(storage, KEYS.prefs, JSON.stringify({ locale }));
}
