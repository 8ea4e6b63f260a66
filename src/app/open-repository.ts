import { createIdbRepo, idbAvailable } from '../store/repo/idb-repo';
import { createMemoryRepo } from '../store/repo/memory-repo';
import { migrateFromLocalStorage } from '../store/repo/migrate-local';
import type { ChartRepository } from '../store/repo/types';
import { rememberActiveChart } from '../store/persistence';

const within = <T>(ms: number, work: Promise<T>, fallback: T): Promise<T> =>
  Promise.race([work, new Promise<T>((r) => setTimeout(() => r(fallback), ms))]).catch(() => fallback);

/**
 * IndexedDB when the browser lets us open it (private modes may not): then charts saved
 * by the localStorage version move over. Without it, a memory repository, and the save
 * indicator says from the start that nothing is kept.
 */
export async function openRepository(
  local: Storage | null,
): Promise<{ repo: ChartRepository; unmigrated: string[] }> {
  const available = await within(3_000, idbAvailable(globalThis.indexedDB), false);
  if (!available) return { repo: createMemoryRepo(undefined, { durable: false }), unmigrated: [] };
  const repo = createIdbRepo();
  const report = await within(10_000, migrateFromLocalStorage(local, repo), null);
  if (report?.activeId && local) rememberActiveChart(local, report.activeId, false);
  return { repo, unmigrated: report?.failed ?? [] };
}
