import { importChart } from '../model/import-chart';
import { textIn } from '../model/local-text';
import type { ChartDoc } from '../model/schema';
import type { ChartMeta } from './types';

/** The subset of Web Storage we use, so tests can hand in a fake that throws or returns garbage. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export const STORAGE_VERSION = 1;
export const KEYS = {
  library: 'opschart:library',
  chart: (id: string) => `opschart:chart:${id}`,
  prefs: 'opschart:prefs',
  /** Before the library existed, one chart lived under this key (storage version 0). */
  legacyChart: 'opschart',
} as const;

export type StoredLibrary = { storageVersion: number; activeId: string | null; charts: ChartMeta[] };

export type WriteResult = { ok: true } | { ok: false; reason: string };

export type Problem = { key: string; backupKey: string | null; message: string };

export function describeStorageError(error: unknown): string {
  if (error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22)) {
    return 'storage is full';
  }
  if (error instanceof DOMException && error.name === 'SecurityError') return 'storage is disabled';
  return error instanceof Error ? error.message : String(error);
}

export function safeGet(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

export function safeSet(storage: KeyValueStorage, key: string, value: string): WriteResult {
  try {
    storage.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: describeStorageError(error) };
  }
}

/** Keeps an unreadable value under a new key, so nothing the user made is ever thrown away. */
export function backUp(
  storage: KeyValueStorage,
  key: string,
  value: string,
  now = Date.now(),
): string | null {
  const backupKey = `opschart:backup:${new Date(now).toISOString()}:${key}`;
  return safeSet(storage, backupKey, value).ok ? backupKey : null;
}

function isMeta(value: unknown): value is ChartMeta {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  return typeof m.id === 'string' && typeof m.title === 'string' && typeof m.updatedAt === 'number';
}

/**
 * Storage migrations, one per version; version 0 held a single chart under `opschart`.
 * An unreadable legacy chart stays where it is and is reported, so the user learns it exists.
 */
export function migrateStorage(storage: KeyValueStorage): Problem | null {
  if (safeGet(storage, KEYS.library) !== null) return null;
  const legacy = safeGet(storage, KEYS.legacyChart);
  if (legacy === null) return null;
  const result = importChart(legacy);
  if (!result.ok) return { key: KEYS.legacyChart, backupKey: null, message: result.error.message };
  const chart = result.chart;
  const meta: ChartMeta = {
    id: chart.id,
    title: textIn(chart.title, 'zh-CN'),
    updatedAt: chart.updatedAt ?? Date.now(),
  };
  const library: StoredLibrary = { storageVersion: STORAGE_VERSION, activeId: chart.id, charts: [meta] };
  if (safeSet(storage, KEYS.chart(chart.id), JSON.stringify(chart)).ok) {
    safeSet(storage, KEYS.library, JSON.stringify(library));
  }
  return null;
}

export type Hydrated = { library: StoredLibrary | null; active: ChartDoc | null; problems: Problem[] };

/** Reads the library and its active chart. Never throws; unreadable values are backed up and reported. */
export function readStored(storage: KeyValueStorage): Hydrated {
  const legacyProblem = migrateStorage(storage);
  const problems: Problem[] = legacyProblem ? [legacyProblem] : [];
  const rawLibrary = safeGet(storage, KEYS.library);
  if (rawLibrary === null) return { library: null, active: null, problems };
  let library: StoredLibrary | null = null;
  try {
    const parsed = JSON.parse(rawLibrary) as Partial<StoredLibrary>;
    if (parsed && Array.isArray(parsed.charts) && typeof parsed.storageVersion === 'number') {
      library = {
        storageVersion: parsed.storageVersion,
        activeId: typeof parsed.activeId === 'string' ? parsed.activeId : null,
        charts: parsed.charts.filter(isMeta),
      };
    }
  } catch {
    library = null;
  }
  if (!library || library.storageVersion > STORAGE_VERSION) {
    const backupKey = backUp(storage, KEYS.library, rawLibrary);
    problems.push({ key: KEYS.library, backupKey, message: 'the chart library could not be read' });
    return { library: null, active: null, problems };
  }
  const activeId = library.activeId ?? library.charts[0]?.id ?? null;
  const active = activeId ? readChart(storage, activeId, problems) : null;
  return { library: { ...library, activeId }, active, problems };
}

export function readChart(storage: KeyValueStorage, id: string, problems: Problem[]): ChartDoc | null {
  const key = KEYS.chart(id);
  const raw = safeGet(storage, key);
  if (raw === null) return null;
  const result = importChart(raw);
  if (result.ok) return result.chart;
  const backupKey = backUp(storage, key, raw);
  problems.push({ key, backupKey, message: result.error.message });
  return null;
}

export function writeLibrary(storage: KeyValueStorage, activeId: string, charts: ChartMeta[]): WriteResult {
  const library: StoredLibrary = { storageVersion: STORAGE_VERSION, activeId, charts };
  return safeSet(storage, KEYS.library, JSON.stringify(library));
}

export function removeStoredChart(storage: KeyValueStorage, id: string): void {
  try {
    storage.removeItem(KEYS.chart(id));
  } catch {
    // Nothing to keep: the user asked for the chart to go.
  }
}

/** Entries another tab added to the library are kept, unless this tab deleted them. */
export function mergeLibraries(
  mine: ChartMeta[],
  theirs: ChartMeta[],
  deleted: ReadonlySet<string>,
): ChartMeta[] {
  const known = new Set(mine.map((c) => c.id));
  const added = theirs.filter((c) => !known.has(c.id) && !deleted.has(c.id));
  return added.length ? [...mine, ...added] : mine;
}

export function readLibraryEntries(storage: KeyValueStorage): ChartMeta[] {
  const raw = safeGet(storage, KEYS.library);
  if (!raw) return [];
  try {
    const parsed = JSON.parse(raw) as Partial<StoredLibrary>;
    return Array.isArray(parsed.charts) ? parsed.charts.filter(isMeta) : [];
  } catch {
    return [];
  }
}
