import type { ChartDoc as Chart, Locale } from '../model/schema';
import { textIn } from '../model/local-text';
import { newId } from '../model/ids';
import { exportChartText } from '../model/chart-text';
import type { Notice } from './types';
import type { ReadResult } from './repo/types';
import { isLocale } from './prefs';
import { serializeInSlices } from './repo/serialize';
import type { ChartRepository } from './repo/types';
import type { ChartStoreDeps, SetState, State } from './store';
import type { StoreApi } from 'zustand';
import type { ChartMeta, SaveFailure, SaveFailureReason } from './types';
import { dropRescueCopy, keepRescueCopies, restoreRescueCopies } from './rescue-copy';

export type Prefs = Pick<Storage, 'getItem' | 'setItem'>;
const PREFS_KEY = 'opschart:prefs';

export type PersistenceActions = {
  /** Reads the library and opens the chart last open; call once after creating the store. */
  start: () => Promise<void>;
  /** Writes every unsaved chart now (page hide, before switching charts). */
  flushSave: () => Promise<void>;
  /** Page hide: a synchronous copy of every unsaved chart, restored on the next start if needed. */
  keepUnsavedCopies: () => void;
  /** The user's answer to "another tab changed this chart". */
  resolveConflict: (choice: 'reload-chart' | 'keep-mine' | 'keep-both') => Promise<void>;
  /** Stops all writing: the state may be corrupt (after a crash). */
  suspendSaving: () => void;
  /** The document of a chart open in this tab (on screen or switched away from), for Export JSON. */
  openDocument: (id: string) => Chart | null;
  /** When the chart last changed (in this tab, or as it was stored): what is written as `updatedAt`. */
  lastEdited: (id: string) => number;
  /** The latest document of any chart: open in this tab, or as stored (crash rescue downloads). */
  readDocument: (id: string) => Promise<Chart | null>;
  /** The next start opens no stored chart (after a crash the user asked to skip this one). */
  skipActiveChartOnNextStart: () => void;
};

type Session = { chart: Chart; past: Chart[]; future: Chart[] };

const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/**
 * Everything between the store and its repository, held in this closure (one per store):
 * which revision of each chart this tab has seen, which charts have unsaved changes, the
 * undo history of charts switched away from, and the save loop with its retries.
 */
export function createPersistence(deps: ChartStoreDeps) {
  const repo: ChartRepository = deps.repo;
  const delay = deps.saveDelayMs ?? 300;
  const revisions = new Map<string, number>();
  /**
   * Per chart, the document known to equal what is stored (or deliberately not stored): no
   * save needed while it is on screen. Only the latest: undo back to a document that was
   * stored once is a change to save again.
   */
  const syncedDoc = new Map<string, Chart>();
  const synced = {
    add: (chart: Chart) => void syncedDoc.set(chart.id, chart),
    has: (chart: Chart) => syncedDoc.get(chart.id) === chart,
  };
  /**
   * When each document this tab made first appeared: "last changed" is stamped where the
   * document is written (the stored document, the index, rescue copies, files, Export JSON),
   * not by `commit`. A document from elsewhere (read, opened, another tab's) keeps the time
   * it carries, and undo brings back a document together with its time.
   */
  const edited = new WeakMap<Chart, number>();
  const timeOf = (chart: Chart): number => edited.get(chart) ?? chart.updatedAt ?? 0;
  const lastEdited = (id: string): number => {
    const chart = chartOf(id);
    return chart ? timeOf(chart) : 0;
  };
  /** The document as it is written out: with the time of its last change. */
  const stamped = (chart: Chart): Chart => {
    const updatedAt = timeOf(chart);
    return chart.updatedAt === updatedAt ? chart : { ...chart, updatedAt };
  };
  const dirty = new Set<string>();
  const failures = new Map<string, SaveFailure>();
  const sessions = new Map<string, Session>();
  let store: StoreApi<State> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let attempt = 0;
  let suspended = false;
  let askedPersist = false;
  /** Names this page's page-hide copies (see rescue-copy.ts). */
  const tab = newId('tab');

  const get = () => store!.getState();
  const set: SetState = (partial) => store!.setState(partial as never);

  const chartOf = (id: string): Chart | undefined =>
    get().chart.id === id ? get().chart : sessions.get(id)?.chart;

  const publishStatus = () => {
    set({ save: { pending: dirty.size > 0 && !suspended, failures: [...failures.values()] } });
  };

  const fail = (id: string, reason: SaveFailureReason, message: string) => {
    failures.set(id, {
      chartId: id,
      title: textIn(chartOf(id)?.title, get().chartLanguage) || id,
      reason,
      message,
    });
  };

  /** What the repository listed when last asked (the source the library is derived from). */
  let listed: ChartMeta[] = [];

  /**
   * The library's source, rebuilt (never patched) from the repository's listing and the charts
   * switched away from in this tab, under their documents' titles, even before their first
   * save. The chart on screen is added by `selectLibrary`.
   */
  const publishLibrary = () => {
    const open = new Map<string, Chart>();
    for (const [id, session] of sessions) if (id !== get().chart.id) open.set(id, session.chart);
    const ids = new Set(listed.map((c) => c.id));
    const unsaved = [...open.values()]
      .filter((c) => !ids.has(c.id))
      .map((c) => ({ id: c.id, title: c.title, updatedAt: c.updatedAt ?? 0 }));
    set({ stored: [...listed.map((c) => ({ ...c, title: open.get(c.id)?.title ?? c.title })), ...unsaved] });
  };

  const refreshLibrary = async () => {
    try {
      // Both languages of each title where the index has them (older entries hold one string).
      listed = (await repo.list()).map(({ id, title, titles, updatedAt, size }) => ({
        id,
        title: titles ?? { 'zh-CN': title },
        updatedAt,
        size,
      }));
    } catch {
      return;
    }
    publishLibrary();
    const space = await repo.estimate();
    if (space) set({ space });
  };

  const schedule = (ms: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), ms);
  };

  const writeOne = async (id: string) => {
    const chart = chartOf(id);
    if (!chart) return void dirty.delete(id);
    const written = stamped(chart);
    const text = await serializeInSlices(written);
    if (suspended) return;
    const result = await repo.write(
      {
        id,
        title: textIn(chart.title, get().chartLanguage),
        titles: chart.title,
        updatedAt: written.updatedAt ?? Date.now(),
        text,
      },
      revisions.get(id) ?? null,
    );
    if (result.ok) {
      revisions.set(id, result.revision);
      synced.add(chart);
      dropRescueCopy(deps.rescue, tab, id);
      if (chartOf(id) === chart) dirty.delete(id);
      // A memory-only repository keeps nothing after the tab closes: that stays a failure to show.
      if (repo.durable) failures.delete(id);
      if (!askedPersist) {
        askedPersist = true;
        // Node (tests) and some embedded browsers have no navigator at all.
        if (typeof navigator !== 'undefined') void navigator.storage?.persist?.().catch(() => false);
      }
      return;
    }
    fail(id, result.reason, result.ok === false && 'message' in result ? result.message : '');
  };

  const flush = async (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (running) await running;
    if (suspended || dirty.size === 0) return publishStatus();
    running = (async () => {
      for (const id of [...dirty]) {
        // A conflict or a newer version waits for the user's choice; other failures are retried.
        const waiting = failures.get(id)?.reason;
        if (waiting === 'conflict' || waiting === 'newer') continue;
        await writeOne(id);
      }
    })();
    await running;
    running = null;
    publishStatus();
    await refreshLibrary();
    const retrying = [...dirty].some((id) => !['conflict', 'newer'].includes(failures.get(id)?.reason ?? ''));
    if (retrying && failures.size > 0) schedule(RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]!);
    else if (retrying) schedule(delay);
    else attempt = 0;
  };

  /** Another tab's newer revision replaces the document; selection, open panel and history stay. */
  const takeTheirs = (chart: Chart, revision: number) => {
    revisions.set(chart.id, revision);
    synced.add(chart);
    dirty.delete(chart.id);
    failures.delete(chart.id);
    const s = get();
    if (s.chart.id !== chart.id) {
      const session = sessions.get(chart.id);
      if (session) sessions.set(chart.id, { ...session, chart });
      return;
    }
    set({ chart });
    get().keepSelectionValid();
  };

  const onExternal = async (id: string, revision: number | null) => {
    await refreshLibrary();
    const seen = revisions.get(id);
    if (revision !== null && seen !== undefined && revision <= seen) return;
    if (!chartOf(id) || revision === null) return;
    const read = await repo.read(id);
    if (!read.ok) {
      if (dirty.has(id)) fail(id, 'conflict', '');
      return publishStatus();
    }
    // Our own edit, written by someone else (a new page restoring this tab's page-hide copy):
    // the same document, so it counts as saved, not as a conflict.
    const mine = chartOf(id);
    // (Same stamp first: the full comparison runs only then.)
    if (
      mine &&
      read.chart.updatedAt === timeOf(mine) &&
      exportChartText(read.chart) === exportChartText(stamped(mine))
    ) {
      revisions.set(id, read.revision);
      synced.add(mine);
      dirty.delete(id);
      failures.delete(id);
      return publishStatus();
    }
    if (dirty.has(id)) {
      fail(id, 'conflict', '');
      return publishStatus();
    }
    takeTheirs(read.chart, read.revision);
    publishStatus();
  };

  return {
    sessions,
    revisions,
    synced,
    refreshLibrary,
    publishLibrary,
    flush,
    /** Opens a chart, keeping the one on screen (with its undo history) for switching back. */
    open: (chart: Chart, stored: number | null) => {
      const s = get();
      // A chart never stored and never edited (the first default chart) is not worth keeping.
      const keep = revisions.has(s.chart.id) || dirty.has(s.chart.id) || !synced.has(s.chart);
      if (keep) sessions.set(s.chart.id, { chart: s.chart, past: s.past, future: s.future });
      const session = sessions.get(chart.id);
      if (stored !== null) {
        revisions.set(chart.id, stored);
        synced.add(chart);
      }
      get().load(chart, session && session.chart === chart ? session : undefined);
      publishLibrary();
      if (deps.prefs) rememberActiveChart(deps.prefs, chart.id);
      void refreshLibrary();
    },
    read: (id: string) => repo.read(id),
    remove: async (id: string) => {
      try {
        await repo.remove(id);
      } catch {
        // Nothing to keep: the user asked for the chart to go, and a backup was attempted first.
      }
      sessions.delete(id);
      dirty.delete(id);
      failures.delete(id);
      revisions.delete(id);
      publishStatus();
      await refreshLibrary();
    },
    markDirty: (id: string) => {
      const chart = chartOf(id);
      if (chart && !edited.has(chart)) edited.set(chart, Date.now());
      dirty.add(id);
      publishStatus();
      schedule(delay);
    },
    forget: (id: string) => {
      syncedDoc.delete(id);
      sessions.delete(id);
      dirty.delete(id);
      failures.delete(id);
      revisions.delete(id);
      publishStatus();
    },
    actions: (): PersistenceActions => {
      return {
        start: async () => {
          const prefs = readPrefs(deps.prefs);
          if (prefs.locale) get().setLocale(prefs.locale);
          // After the UI language, which takes the chart along: the chart may be shown in the other.
          if (prefs.chartLanguage) get().setChartLanguage(prefs.chartLanguage);
          synced.add(get().chart);
          if (!repo.durable) {
            fail(get().chart.id, 'unavailable', 'storage is unavailable');
            publishStatus();
          }
          let listed;
          try {
            // Edits the last page kept on its way out go back before anything is read.
            const rescued = await restoreRescueCopies(deps.rescue, repo);
            if (rescued.keptAside.length > 0)
              get().notify({ id: 'rescue', tone: 'warning', key: 'rescueKeptAside', persistent: true });
            listed = await repo.list();
          } catch (error) {
            fail(get().chart.id, 'unavailable', error instanceof Error ? error.message : String(error));
            return publishStatus();
          }
          // An empty activeId: the user chose to start without the chart that crashed the page.
          const activeId =
            prefs.activeId === ''
              ? undefined
              : listed.some((c) => c.id === prefs.activeId)
                ? prefs.activeId
                : listed[0]?.id;
          const read = activeId ? await repo.read(activeId) : null;
          if (read?.ok) {
            synced.add(read.chart);
            revisions.set(read.chart.id, read.revision);
            get().load(read.chart);
            if (deps.prefs) rememberActiveChart(deps.prefs, read.chart.id);
          } else {
            if (read) get().notify(readFailureNotice(activeId!, read));
            // First start (or nothing readable): the chart on screen becomes a stored chart of its own.
            const first = {
              ...(deps.firstChart ? await deps.firstChart() : get().chart),
              id: newId('chart'),
            };
            get().load(first);
            if (deps.prefs) rememberActiveChart(deps.prefs, first.id);
            dirty.add(first.id);
          }
          await flush();
          await refreshLibrary();
        },
        flushSave: flush,
        keepUnsavedCopies: () => {
          if (suspended) return;
          // The chart on screen first: if only one copy fits, it is that one.
          const current = get().chart.id;
          const ids = [...dirty].sort((a, b) => Number(b === current) - Number(a === current));
          const unsaved = ids.flatMap((id) => {
            const chart = chartOf(id);
            return chart ? [{ chart: stamped(chart), base: revisions.get(id) ?? null }] : [];
          });
          keepRescueCopies(deps.rescue, tab, unsaved);
        },
        resolveConflict: async (choice) => {
          const { chart } = get();
          const id = chart.id;
          const read = await repo.read(id);
          const theirs = read.ok ? read.revision : null;
          if (choice === 'reload-chart') {
            if (!read.ok) return;
            // Mine goes onto the undo stack, so one undo brings it back.
            set((s) => ({ past: [...s.past, s.chart], future: [] }));
            takeTheirs(read.chart, read.revision);
          } else if (choice === 'keep-mine') {
            if (read.ok) {
              const text = JSON.stringify(read.chart);
              const title = textIn(read.chart.title, get().chartLanguage);
              await repo.backUp({ chartId: id, title, text, reason: 'replaced' });
            }
            if (theirs === null) revisions.delete(id);
            else revisions.set(id, theirs);
            failures.delete(id);
            dirty.add(id);
          } else {
            failures.delete(id);
            dirty.delete(id);
            get().keepBothAsCopy();
            if (read.ok) takeTheirs(read.chart, read.revision);
          }
          publishStatus();
          await flush();
        },
        openDocument: (id) => {
          const open = chartOf(id);
          return open ? stamped(open) : null;
        },
        lastEdited,
        readDocument: async (id) => {
          const open = chartOf(id);
          if (open) return stamped(open);
          try {
            const read = await repo.read(id);
            return read.ok ? read.chart : null;
          } catch {
            return null;
          }
        },
        skipActiveChartOnNextStart: () => {
          if (deps.prefs) rememberActiveChart(deps.prefs, '');
        },
        suspendSaving: () => {
          suspended = true;
          if (timer) clearTimeout(timer);
          publishStatus();
        },
      };
    },
    attach: (api: StoreApi<State>) => {
      store = api;
      api.subscribe((s, prev) => {
        if ((s.locale !== prev.locale || s.chartLanguage !== prev.chartLanguage) && deps.prefs) {
          try {
            const { locale, chartLanguage } = s;
            deps.prefs.setItem(
              PREFS_KEY,
              JSON.stringify({ ...readPrefs(deps.prefs), locale, chartLanguage }),
            );
          } catch {
            // As above: a preference that cannot be kept costs nothing the user made.
          }
        }
        if (s.chart === prev.chart || synced.has(s.chart) || suspended) return;
        // A new document of the same chart (an edit) changed it now; undo and redo bring back
        // a document with the time it already has, and a chart just opened keeps its own.
        const travelled = s.chart === prev.past.at(-1) || s.chart === prev.future[0];
        if (s.chart.id === prev.chart.id && !travelled && !edited.has(s.chart))
          edited.set(s.chart, Date.now());
        dirty.add(s.chart.id);
        if (!s.save.pending) publishStatus();
        schedule(delay);
      });
      repo.onExternalChange(({ id, revision }) => void onExternal(id, revision));
      // Keep failures' titles current (a renamed chart that is not saved yet).
    },
  };
}

export type Persistence = ReturnType<typeof createPersistence>;

/** What the user is told when a stored chart cannot be opened; the data itself is never touched. */
export function readFailureNotice(
  id: string,
  read: Exclude<ReadResult, { ok: true }>,
): Omit<Notice, 'id'> & { id: string } {
  const key =
    read.reason === 'missing' ? 'chartMissing' : read.reason === 'newer' ? 'chartNewer' : 'storageUnreadable';
  return {
    id: 'storage-unreadable',
    tone: 'warning',
    key,
    params: { key: read.reason === 'unreadable' ? (read.backupKey ?? id) : id },
    persistent: true,
  };
}

/** Remembers which chart was open, so the next start opens it again (`overwrite: false` keeps a choice made). */
export function rememberActiveChart(prefs: Prefs, activeId: string, overwrite = true): void {
  try {
    const current = readPrefs(prefs);
    if (!overwrite && current.activeId) return;
    prefs.setItem(PREFS_KEY, JSON.stringify({ ...current, activeId }));
  } catch {
    // Preferences are a convenience: without them the most recent chart opens.
  }
}

function readPrefs(prefs: Prefs | null | undefined): {
  locale?: Locale;
  chartLanguage?: Locale;
  activeId?: string;
} {
  try {
    const parsed = JSON.parse(prefs?.getItem(PREFS_KEY) ?? 'null') as Record<string, unknown> | null;
    return {
      ...(isLocale(parsed?.locale) ? { locale: parsed.locale } : {}),
      ...(isLocale(parsed?.chartLanguage) ? { chartLanguage: parsed.chartLanguage } : {}),
      ...(typeof parsed?.activeId === 'string' ? { activeId: parsed.activeId } : {}),
    };
  } catch {
    return {};
  }
}
