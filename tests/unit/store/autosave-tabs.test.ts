import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVE_DELAY_MS, autosaveControls, startAutosave } from '../../../src/store/autosave';
import { KEYS, type KeyValueStorage } from '../../../src/store/storage';
import { useChartStore } from '../../../src/store/store';
import { fakeWindow, fullStorage, memoryStorage } from './fake-storage';
import { noticeKeys, resetStore, store, shownNodeOf, shownChart } from './store-helpers';

let stop: (() => void) | null = null;
let win = fakeWindow();
const start = (storage: KeyValueStorage | null) => {
  win = fakeWindow();
  stop = startAutosave(useChartStore, storage, win);
};
const chartKey = () => KEYS.chart(store().chart.id);
const rename = (title: string) => store().updateNodeFields('plat-membership', { title });

beforeEach(() => {
  resetStore('zh-CN');
  vi.useFakeTimers();
});
afterEach(() => {
  stop?.();
  stop = null;
  vi.useRealTimers();
});

describe('other tabs', () => {
  const otherTab = (storage: ReturnType<typeof memoryStorage>, title: string, base = store().chart) => {
    const theirs = { ...base, title: { 'zh-CN': title } };
    const text = JSON.stringify(theirs);
    storage.map.set(chartKey(), text);
    win.dispatchEvent(new StorageEvent('storage', { key: chartKey(), newValue: text }));
  };

  it('reloads the chart when nothing is waiting to be saved', () => {
    const storage = memoryStorage();
    start(storage);
    otherTab(storage, '另一个标签页的标题');
    expect(shownChart().title).toBe('另一个标签页的标题');
    expect(noticeKeys()).not.toContain('otherTabChanged');
  });

  it('warns instead of reloading when there are unsaved changes, and never overwrites theirs unasked', () => {
    const storage = memoryStorage();
    start(storage);
    rename('我的修改');
    otherTab(storage, '他们的标题');
    expect(shownNodeOf('plat-membership').title).toBe('我的修改');
    const notice = store().notices.find((n) => n.key === 'otherTabChanged');
    expect(notice?.actions).toEqual(['reload-chart', 'keep-mine']);
    vi.advanceTimersByTime(SAVE_DELAY_MS * 2);
    expect(JSON.parse(storage.map.get(chartKey())!).title).toEqual({ 'zh-CN': '他们的标题' });

    autosaveControls.resolveConflict('keep-mine');
    expect(noticeKeys()).not.toContain('otherTabChanged');
    expect(storage.map.get(chartKey())).toContain('我的修改');
  });

  it('loads their version when the user asks for it', () => {
    const storage = memoryStorage();
    start(storage);
    const base = store().chart;
    rename('我的修改');
    otherTab(storage, '他们的标题', base);
    autosaveControls.resolveConflict('reload-chart');
    expect(shownChart().title).toBe('他们的标题');
    expect(shownNodeOf('plat-membership').title).toBe('会员运营');
  });

  it('treats changes that failed to save as unsaved', () => {
    const storage = fullStorage();
    start(storage);
    rename('我的修改');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(store().saveState).toBe('failed');
    otherTab(storage, '他们的标题');
    expect(shownNodeOf('plat-membership').title).toBe('我的修改');
    expect(noticeKeys()).toContain('otherTabChanged');
  });

  it('ignores events about other keys and its own writes', () => {
    const storage = memoryStorage();
    start(storage);
    const before = store().chart;
    win.dispatchEvent(new StorageEvent('storage', { key: KEYS.chart('someone-else'), newValue: '{}' }));
    win.dispatchEvent(new StorageEvent('storage', { key: chartKey(), newValue: null }));
    expect(store().chart).toBe(before);
  });
});
