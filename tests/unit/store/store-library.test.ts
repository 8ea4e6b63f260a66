import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textIn } from '../../../src/model/local-text';
import { exportChartText } from '../../../src/model/chart-text';
import { loadTemplate, templateChart } from '../../../src/model/templates';
import { startAutosave } from '../../../src/store/autosave';
import { KEYS, writeLibrary } from '../../../src/store/storage';
import { useChartStore } from '../../../src/store/store';
import { fakeWindow, memoryStorage } from './fake-storage';
import { noticeKeys, resetStore, store } from './store-helpers';

let stop: (() => void) | null = null;
beforeEach(() => resetStore('zh-CN'));
afterEach(() => {
  stop?.();
  stop = null;
});

const titles = () => store().charts.map((c) => c.title);

describe('chart library', () => {
  it('gives a new chart from a template a title of its own', async () => {
    await store().newChart('default');
    expect(titles()).toEqual(['电商平台运营分工', '电商平台运营分工 (2)']);
    expect(new Set(store().charts.map((c) => c.id)).size).toBe(2);
  });

  it('duplicates the current chart as a new, active chart with the same content', () => {
    store().updateNodeFields('plat-membership', { title: '会员中心' });
    const original = store().chart;
    store().duplicateChart(original.id);
    expect(store().chart.id).not.toBe(original.id);
    expect(store().chart.nodes).toEqual(original.nodes);
    expect(titles()).toEqual(['电商平台运营分工', '电商平台运营分工 (2)']);
    expect(store().past).toEqual([]);
  });

  it('imports a file as a new chart and never replaces the current one', async () => {
    const current = store().chart;
    const text = exportChartText(await loadTemplate('shop-path'));
    expect(store().importAsNewChart(text)).toBe(true);
    expect(store().chart.title).toEqual((await loadTemplate('shop-path')).title);
    expect(store().charts.map((c) => c.id)).toContain(current.id);
    expect(noticeKeys()).toContain('importedAsNew');
    store().switchChart(current.id);
    expect(store().chart).toBe(current);
  });

  it('gives an imported chart a new id when its id is taken', () => {
    const text = exportChartText(store().chart);
    store().importAsNewChart(text);
    expect(store().charts).toHaveLength(2);
    expect(new Set(store().charts.map((c) => c.id)).size).toBe(2);
  });

  it('refuses a broken import with a notice, keeping the chart', () => {
    const before = store().chart;
    expect(store().importAsNewChart('{"format":"something-else"}')).toBe(false);
    expect(store().chart).toBe(before);
    expect(store().charts).toHaveLength(1);
    expect(noticeKeys()).toContain('importFailed');
  });

  it('deleting the active chart opens another; deleting the last starts a fresh default', async () => {
    const first = store().chart.id;
    await store().newChart('shop-path');
    const second = store().chart.id;
    store().deleteChart(second);
    expect(store().chart.id).toBe(first);
    expect(store().charts.map((c) => c.id)).toEqual([first]);
    store().deleteChart(first);
    expect(store().charts).toHaveLength(1);
    expect(store().chart.id).not.toBe(first);
    expect(store().chart.nodes).toEqual(templateChart('default').nodes);
  });
});

describe('chart library with storage', () => {
  it('opens a chart that only storage holds, and deletes it from storage', async () => {
    const other = { ...(await loadTemplate('getting-started')), id: 'stored-only-1' };
    const active = { ...templateChart('default'), id: 'stored-active-1' };
    const storage = memoryStorage({
      [KEYS.chart(other.id)]: JSON.stringify(other),
      [KEYS.chart(active.id)]: JSON.stringify(active),
    });
    writeLibrary(storage, active.id, [
      { id: active.id, title: textIn(active.title, 'zh-CN'), updatedAt: 2 },
      { id: other.id, title: textIn(other.title, 'zh-CN'), updatedAt: 1 },
    ]);
    stop = startAutosave(useChartStore, storage, fakeWindow());
    expect(store().chart).toEqual(active);
    store().switchChart(other.id);
    expect(store().chart).toEqual(other);
    store().switchChart(active.id);
    store().deleteChart(other.id);
    expect(storage.map.has(KEYS.chart(other.id))).toBe(false);
    expect(store().charts.map((c) => c.id)).toEqual([active.id]);
  });
});
