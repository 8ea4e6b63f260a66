import { exportChartText } from '../model/chart-text';
import { importChart } from '../model/import-chart';
import type { ChartDoc as Chart } from '../model/schema';
import { textIn } from '../model/local-text';
import type { ChartRepository } from './repo/types';

/**
 * The last line of defence for an edit made just before the page goes away. IndexedDB
 * writes are asynchronous (and ours are sliced over several tasks), so a reload within a
 * few hundred milliseconds of an edit can end the page before the write commits. On
 * `pagehide` (and when the tab is hidden) the unsaved charts are copied *synchronously* to
 * localStorage; the next start writes a copy back if the stored chart is still the
 * revision it was based on, and keeps it as a backup when something else wrote the chart
 * since (another tab): newer work is never overwritten, the rescued edit never dropped.
 */
export type RescueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type RescueEntry = {
  id: string;
  /** The page that kept it: a save in another tab must not drop this tab's copy. */
  tab: string;
  /** The stored revision the unsaved edit was made on (`null`: never stored). */
  base: number | null;
  updatedAt: number;
  text: string;
};

export const RESCUE_KEY = 'opschart:unsaved';

function readEntries(storage: RescueStorage): RescueEntry[] {
  try {
    const parsed = JSON.parse(storage.getItem(RESCUE_KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    return [];
  }
}

function isEntry(value: unknown): value is RescueEntry {
  const v = value as Partial<RescueEntry> | null;
  return (
    typeof v?.id === 'string' &&
    typeof v.tab === 'string' &&
    typeof v.text === 'string' &&
    typeof v.updatedAt === 'number' &&
    (v.base === null || typeof v.base === 'number')
  );
}

function writeEntries(storage: RescueStorage, entries: RescueEntry[]): boolean {
  try {
    if (entries.length === 0) storage.removeItem(RESCUE_KEY);
    else storage.setItem(RESCUE_KEY, JSON.stringify(entries));
    return true;
  } catch {
    return false;
  }
}

/** Synchronous: runs in `pagehide`, where nothing asynchronous is sure to finish. */
export function keepRescueCopies(
  storage: RescueStorage | null | undefined,
  tab: string,
  unsaved: { chart: Chart; base: number | null }[],
): void {
  if (!storage || unsaved.length === 0) return;
  const fresh = unsaved.map(({ chart, base }) => ({
    id: chart.id,
    tab,
    base,
    updatedAt: chart.updatedAt ?? 0,
    text: JSON.stringify(chart),
  }));
  const ids = new Set(fresh.map((e) => e.id));
  const kept = readEntries(storage).filter((e) => e.tab !== tab || !ids.has(e.id));
  // Over localStorage's quota (a very large chart): the chart on screen (first) alone, then nothing.
  if (!writeEntries(storage, [...fresh, ...kept])) writeEntries(storage, fresh.slice(0, 1));
}

/** A save reached IndexedDB: its rescue copy is out of date. */
export function dropRescueCopy(storage: RescueStorage | null | undefined, tab: string, id: string): void {
  if (!storage) return;
  const entries = readEntries(storage);
  const mine = (e: RescueEntry) => e.tab === tab && e.id === id;
  if (entries.some(mine))
    writeEntries(
      storage,
      entries.filter((e) => !mine(e)),
    );
}

export type RescueReport = { restored: string[]; keptAside: string[] };

/** On start, before anything is read: puts rescued edits back where they belong. */
export async function restoreRescueCopies(
  storage: RescueStorage | null | undefined,
  repo: ChartRepository,
): Promise<RescueReport> {
  const report: RescueReport = { restored: [], keptAside: [] };
  if (!storage) return report;
  const left: RescueEntry[] = [];
  for (const entry of readEntries(storage)) {
    try {
      const copy = importChart(entry.text);
      // The one-string title of backups and older index entries; the index also keeps both.
      const title = copy.ok ? textIn(copy.chart.title, 'zh-CN') : entry.id;
      const titles = copy.ok ? { titles: copy.chart.title } : {};
      const stored = await repo.read(entry.id);
      // Saved after all (the page went between the write and dropping this copy).
      if (stored.ok && copy.ok && exportChartText(stored.chart) === exportChartText(copy.chart)) continue;
      const storedRevision = stored.ok ? stored.revision : stored.reason === 'missing' ? null : undefined;
      if (copy.ok && storedRevision === entry.base) {
        const written = await repo.write(
          { id: entry.id, title, ...titles, updatedAt: entry.updatedAt, text: entry.text },
          entry.base,
        );
        if (written.ok) {
          report.restored.push(entry.id);
          continue;
        }
      }
      // Changed elsewhere since (another tab), or not writable now: the edit is kept, never lost.
      const key = await repo.backUp({ chartId: entry.id, title, text: entry.text, reason: 'conflict' });
      if (key === null) left.push(entry);
      else report.keptAside.push(entry.id);
    } catch {
      left.push(entry);
    }
  }
  writeEntries(storage, left);
  return report;
}
