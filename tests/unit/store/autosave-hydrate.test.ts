import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textIn } from '../../../src/model/local-text';
import { templateChart } from '../../../src/model/templates';
import { startAutosave } from '../../../src/store/autosave';
import { KEYS, type KeyValueStorage } from '../../../src/store/storage';
import { useChartStore } from '../../../src/store/store';
import legacyText from './fixtures/legacy-opschart.v1.json?raw';
import { MIGRATION_V1_V2 } from '../../../src/model/migrations';
import { chartDocSchema } from '../../../src/model/schema';

/** The legacy v1 chart as the app reads it: migrated to v2 (its English subtitles became English titles). */
const migratedLegacy = chartDocSchema.parse(
  MIGRATION_V1_V2.up(JSON.parse(legacyText) as Record<string, unknown>),
);
import { deniedStorage, fakeWindow, garbageStorage, memoryStorage } from './fake-storage';
import { nodeOf, noticeKeys, resetStore, store, shownChart } from './store-helpers';

let stop: (() => void) | null = null;
const start = (storage: KeyValueStorage | null) => {
  stop = startAutosave(useChartStore, storage, fakeWindow());
};

beforeEach(() => resetStore('zh-CN'));
afterEach(() => {
  stop?.();
  stop = null;
});

const backups = (map: Map<string, string>) =>
  [...map.entries()].filter(([k]) => k.startsWith('opschart:backup:'));

describe('hydration', () => {
  it('restores the chart, the library and the folds exactly', async () => {
    const storage = memoryStorage();
    start(storage);
    const firstId = store().chart.id;
    await store().newChart('shop-path');
    const secondId = store().chart.id;
    store().switchChart(firstId);
    store().updateNodeFields('plat-membership', { title: '会员中心', metrics: ['会员数', 'ARPU'] });
    store().toggleCollapse('platform-side');
    store().renameChart('我的分工图');
    const chart = store().chart;
    const charts = store().charts;
    stop?.();
    stop = null;

    resetStore('en', templateChart('default'));
    start(storage);
    expect(store().chart).toEqual(chart);
    expect(nodeOf('platform-side').collapsed).toBe(true);
    // The chart was renamed in Chinese only; reopened in an English UI, the library names the
    // open chart in English (its title falls back per language), the others as stored.
    expect(store().charts).toEqual(
      charts.map((c) => (c.id === firstId ? { ...c, title: textIn(chart.title, 'en') } : c)),
    );
    expect(chart.title).toEqual({
      'zh-CN': '我的分工图',
      en: 'E-commerce platform operations: division of functions',
    });
    expect(store().charts.map((c) => c.id)).toEqual([firstId, secondId]);
    expect(store().past).toEqual([]);
    expect(store().notices).toEqual([]);
  });

  it('loads the legacy single chart (storage version 0) as the active chart of a new library', () => {
    const storage = memoryStorage({ [KEYS.legacyChart]: legacyText });
    start(storage);
    expect(store().chart).toEqual(migratedLegacy);
    expect(store().charts.map((c) => c.id)).toEqual(['legacy-chart-1']);
    expect(JSON.parse(storage.map.get(KEYS.library)!)).toMatchObject({ activeId: 'legacy-chart-1' });
    expect(store().past).toEqual([]);
  });

  it('shows the default chart and a notice for a corrupt chart, keeping the original value', () => {
    const broken = '{"format":"opschart","version":1,"id":"c1","title":"Mine","nodes":[{"id":"x"';
    const storage = memoryStorage({
      [KEYS.library]: JSON.stringify({
        storageVersion: 1,
        activeId: 'c1',
        charts: [{ id: 'c1', title: 'Mine', updatedAt: 1 }],
      }),
      [KEYS.chart('c1')]: broken,
    });
    start(storage);
    expect(shownChart().title).toBe('电商平台运营分工');
    expect(store().chart.id).not.toBe('c1');
    expect(noticeKeys()).toContain('storageUnreadable');
    expect(store().notices.find((n) => n.key === 'storageUnreadable')?.persistent).toBe(true);
    // Listed: the chart the user sees, and the unreadable one (its data is still there).
    expect(store().charts.map((c) => c.id)).toEqual(['c1', store().chart.id]);
    store().updateNodeFields('root', { title: '新的根' });
    stop?.();
    stop = null;
    const kept =
      storage.map.get(KEYS.chart('c1')) === broken || backups(storage.map).some(([, v]) => v === broken);
    expect(kept).toBe(true);
    expect(storage.map.get(KEYS.chart('c1'))).toBe(broken);
  });

  it('backs up a corrupt library and starts over with the default chart', () => {
    const storage = memoryStorage({ [KEYS.library]: '[[[not a library' });
    start(storage);
    expect(backups(storage.map).map(([, v]) => v)).toEqual(['[[[not a library']);
    expect(noticeKeys()).toContain('storageUnreadable');
    expect(store().chart.nodes).toEqual(templateChart('default').nodes);
    expect(store().charts.map((c) => c.id)).toEqual([store().chart.id]);
  });

  it('tells the user about an unreadable legacy chart and leaves it in place', () => {
    const storage = memoryStorage({ [KEYS.legacyChart]: '{"format":"opschart","version":1,"nodes":' });
    start(storage);
    expect(noticeKeys()).toContain('storageUnreadable');
    expect(storage.map.get(KEYS.legacyChart)).toBe('{"format":"opschart","version":1,"nodes":');
  });

  it('lists the chart on screen when the library names a chart that is gone', () => {
    const storage = memoryStorage({
      [KEYS.library]: JSON.stringify({
        storageVersion: 1,
        activeId: 'gone',
        charts: [{ id: 'gone', title: 'Gone', updatedAt: 1 }],
      }),
    });
    start(storage);
    expect(store().charts.map((c) => c.id)).toEqual(['gone', store().chart.id]);
    expect(store().notices).toEqual([]);
  });

  it('survives a storage that returns junk or refuses every access', () => {
    start(garbageStorage());
    expect(store().chart.nodes.length).toBeGreaterThan(0);
    expect(noticeKeys()).toContain('storageUnreadable');
    stop?.();
    resetStore('zh-CN');
    start(deniedStorage());
    expect(store().chart.nodes).toEqual(templateChart('default').nodes);
    stop?.();
    start(null);
    expect(store().chart.nodes.length).toBeGreaterThan(0);
  });

  it('restores the UI language the user chose', () => {
    const storage = memoryStorage();
    start(storage);
    store().setLocale('en');
    stop?.();
    stop = null;
    resetStore('zh-CN');
    start(storage);
    expect(store().locale).toBe('en');
  });
});
