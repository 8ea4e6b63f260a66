import type { LocalText } from '../../../src/model/local-text';
import { templateChart } from '../../../src/model/templates';
import {
  createMemoryBackend,
  createMemoryRepo,
  type MemoryBackend,
} from '../../../src/store/repo/memory-repo';
import { createChartStore, type ChartStore } from '../../../src/store/store';
import type { Prefs } from '../../../src/store/persistence';

/** localStorage shared by the tabs of one browser profile. */
export function sharedPrefs(): Prefs & { map: Map<string, string>; removeItem: (k: string) => void } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

export type Profile = { backend: MemoryBackend; prefs: ReturnType<typeof sharedPrefs> };

export const profile = (): Profile => ({ backend: createMemoryBackend(), prefs: sharedPrefs() });

/** A tab of the app on `profile`: its own store and repository handle, started as main.tsx does. */
export async function openTab(p: Profile): Promise<ChartStore> {
  const store = createChartStore({
    repo: createMemoryRepo(p.backend),
    prefs: p.prefs,
    rescue: p.prefs,
    locale: 'zh-CN',
    chart: templateChart('default'),
    saveDelayMs: 5,
  });
  await store.getState().start();
  return store;
}

/** Waits until pending saves, retries and change notices of every tab have run. */
export async function settleTabs(...tabs: ChartStore[]): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await new Promise((r) => setTimeout(r, 15));
    for (const t of tabs) await t.getState().flushSave();
  }
}

/** What the repository holds for a chart, read as a third tab would. */
export async function storedChart(p: Profile, id: string) {
  const read = await createMemoryRepo(p.backend).read(id);
  if (!read.ok) throw new Error(`chart ${id} not readable: ${read.reason}`);
  return read.chart;
}

/** A node's Chinese title as stored (the tabs edit in Chinese; the document holds both languages). */
export const titleOf = (chart: { nodes: { id: string; title: LocalText }[] }, id: string) =>
  chart.nodes.find((n) => n.id === id)?.title['zh-CN'];
