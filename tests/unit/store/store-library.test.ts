import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exportChartText } from '../../../src/model/chart-text';
import { loadTemplate, startingChart, templateChart } from '../../../src/model/templates';
import { createChartStore } from '../../../src/store/store';
import { createMemoryRepo } from '../../../src/store/repo/memory-repo';
import { textIn } from '../../../src/model/local-text';
import { selectLibrary } from '../../../src/store/library-list';
import { noticeKeys, resetStore, settle, store } from './store-helpers';

beforeEach(() => void resetStore('zh-CN'));

const titles = () => selectLibrary(store()).map((c) => c.title);

describe('chart library', () => {
  it('gives a new chart from a template a title of its own', async () => {
    await store().newChart('default');
    expect(titles()).toEqual(['电商平台运营分工', '电商平台运营分工 (2)']);
    expect(new Set(selectLibrary(store()).map((c) => c.id)).size).toBe(2);
  });

  it('duplicates the current chart as a new, active chart with the same content', async () => {
    store().updateNodeFields('plat-membership', { title: '会员中心' });
    const original = store().chart;
    await store().duplicateChart(original.id);
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
    expect(selectLibrary(store()).map((c) => c.id)).toContain(current.id);
    expect(noticeKeys()).toContain('importedAsNew');
    await store().switchChart(current.id);
    expect(store().chart).toBe(current);
  });

  it('gives an imported chart a new id when its id is taken', () => {
    const text = exportChartText(store().chart);
    store().importAsNewChart(text);
    expect(selectLibrary(store())).toHaveLength(2);
    expect(new Set(selectLibrary(store()).map((c) => c.id)).size).toBe(2);
  });

  it('refuses a broken import with a notice, keeping the chart', () => {
    const before = store().chart;
    expect(store().importAsNewChart('{"format":"something-else"}')).toBe(false);
    expect(store().chart).toBe(before);
    expect(selectLibrary(store())).toHaveLength(1);
    expect(noticeKeys()).toContain('importError_wrong-format');
  });

  it('deleting the active chart opens another; deleting the last starts a fresh default', async () => {
    const first = store().chart.id;
    await store().newChart('shop-path');
    const second = store().chart.id;
    await store().deleteChart(second);
    expect(store().chart.id).toBe(first);
    expect(selectLibrary(store()).map((c) => c.id)).toEqual([first]);
    await store().deleteChart(first);
    expect(selectLibrary(store())).toHaveLength(1);
    expect(store().chart.id).not.toBe(first);
    expect(store().chart.nodes).toEqual(templateChart('default').nodes);
  });
});

describe('chart library with a repository', () => {
  it('opens a chart that only the repository holds, and deletes it there', async () => {
    const repo = createMemoryRepo();
    const other = { ...(await loadTemplate('getting-started')), id: 'stored-only-1' };
    const active = { ...templateChart('default'), id: 'stored-active-1' };
    for (const [chart, at] of [
      [other, 1],
      [active, 2],
    ] as const)
      await repo.write(
        { id: chart.id, title: textIn(chart.title, 'zh-CN'), updatedAt: at, text: JSON.stringify(chart) },
        null,
      );
    resetStore('zh-CN', templateChart('default'), repo);
    await store().start();
    expect(store().chart).toEqual(active);
    await store().switchChart(other.id);
    expect(store().chart).toEqual(other);
    await store().switchChart(active.id);
    await store().deleteChart(other.id);
    expect((await repo.read(other.id)).ok).toBe(false);
    expect(selectLibrary(store()).map((c) => c.id)).toEqual([active.id]);
  });
});

describe('library titles in both languages', () => {
  it('lists a chart only the repository holds in the chart language of another tab', async () => {
    const repo = createMemoryRepo();
    resetStore('zh-CN', templateChart('default'), repo);
    await store().start();
    await store().newChart('shop-path');
    await settle();
    expect(selectLibrary(store()).map((c) => c.title)).toContain('电商店铺运营路径');
    // A second tab, in English, on the same repository: the index holds both titles.
    resetStore('en', templateChart('default'), repo);
    await store().start();
    const titles = selectLibrary(store()).map((c) => c.title);
    expect(titles).toContain('Shop operations path');
    expect(titles).toContain('E-commerce platform operations: division of functions');
    store().setChartLanguage('zh-CN');
    expect(selectLibrary(store()).map((c) => c.title)).toContain('电商店铺运营路径');
  });
});

describe('the first start', () => {
  it('opens and stores the default chart, fetched only when nothing is stored', async () => {
    const repo = createMemoryRepo();
    const firstChart = vi.fn(() => loadTemplate('default'));
    const fresh = createChartStore({
      repo,
      locale: 'zh-CN',
      chart: startingChart(),
      firstChart,
      saveDelayMs: 1,
    });
    await fresh.getState().start();
    expect(firstChart).toHaveBeenCalledTimes(1);
    expect(fresh.getState().chart.nodes).toHaveLength(21);
    expect(fresh.getState().chart.id).not.toBe('starting');
    const listed = await repo.list();
    expect(listed.map((c) => c.id)).toEqual([fresh.getState().chart.id]);

    const again = vi.fn(() => loadTemplate('default'));
    const returning = createChartStore({ repo, locale: 'zh-CN', chart: startingChart(), firstChart: again });
    await returning.getState().start();
    expect(again).not.toHaveBeenCalled();
    expect(returning.getState().chart.id).toBe(fresh.getState().chart.id);
  });
});
