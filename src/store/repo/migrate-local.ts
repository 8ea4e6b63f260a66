import { importChart } from '../../model/import-chart';
import { textIn } from '../../model/local-text';
import type { ChartRepository } from './types';

/** The keys today's localStorage version wrote. */
const LEGACY = {
  library: 'opschart:library',
  chart: 'opschart:chart:',
  single: 'opschart',
  done: 'opschart:migrated-to-indexeddb',
} as const;

export type LocalLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export type MigrationReport = { moved: number; failed: string[]; activeId: string | null };

function legacyKeys(storage: LocalLike): string[] {
  const out: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key && (key.startsWith(LEGACY.chart) || key === LEGACY.single)) out.push(key);
  }
  return out;
}

function legacyActiveId(storage: LocalLike): string | null {
  try {
    const parsed = JSON.parse(storage.getItem(LEGACY.library) ?? 'null') as { activeId?: unknown } | null;
    return typeof parsed?.activeId === 'string' ? parsed.activeId : null;
  } catch {
    return null;
  }
}

/**
 * Moves charts the localStorage version saved into the repository. Each chart is
 * read through importChart, written, read back, and only removed from localStorage
 * once the stored copy reads back equal; anything unreadable stays where it is and
 * is also kept as a repository backup, so the user can find it in the library.
 */
export async function migrateFromLocalStorage(
  storage: LocalLike | null,
  repo: ChartRepository,
): Promise<MigrationReport> {
  const report: MigrationReport = { moved: 0, failed: [], activeId: null };
  if (!storage) return report;
  let keys: string[];
  try {
    keys = legacyKeys(storage);
  } catch {
    return report;
  }
  report.activeId = legacyActiveId(storage);
  for (const key of keys) {
    const text = storage.getItem(key);
    if (text === null) continue;
    const result = importChart(text);
    if (!result.ok) {
      await repo.backUp({ chartId: key, title: key, text, reason: 'migration' });
      report.failed.push(key);
      continue;
    }
    const chart = result.chart;
    const stored = JSON.stringify(chart);
    const wrote = await repo.write(
      {
        id: chart.id,
        title: textIn(chart.title, 'zh-CN'),
        updatedAt: chart.updatedAt ?? Date.now(),
        text: stored,
      },
      null,
    );
    const back = await repo.read(chart.id);
    const equal = back.ok && JSON.stringify(back.chart) === stored;
    if (!equal) {
      // Another copy with this id is already stored (another tab migrated and edited it):
      // the old value is kept as a backup, never written over the stored one.
      const kept =
        !wrote.ok && wrote.reason === 'conflict'
          ? await repo.backUp({
              chartId: chart.id,
              title: textIn(chart.title, 'zh-CN'),
              text,
              reason: 'migration',
            })
          : null;
      if (!kept) {
        report.failed.push(key);
        continue;
      }
    }
    storage.removeItem(key);
    report.moved++;
    if (key === LEGACY.single) report.activeId ??= chart.id;
  }
  if (report.failed.length === 0 && keys.length > 0) {
    storage.removeItem(LEGACY.library);
    storage.setItem(LEGACY.done, String(Date.now()));
  }
  return report;
}
