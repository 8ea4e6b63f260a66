import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVE_DELAY_MS, autosaveControls, startAutosave } from '../../../src/store/autosave';
import { KEYS, type KeyValueStorage } from '../../../src/store/storage';
import { useChartStore } from '../../../src/store/store';
import { deniedStorage, fakeWindow, fullStorage, memoryStorage } from './fake-storage';
import { noticeKeys, resetStore, store, shownNodeOf } from './store-helpers';

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

describe('debounced saving', () => {
  it('writes once after several quick edits', () => {
    const storage = memoryStorage();
    start(storage);
    for (let i = 0; i < 5; i++) {
      rename(`会员 ${i}`);
      vi.advanceTimersByTime(SAVE_DELAY_MS / 3);
    }
    expect(storage.writes.filter((k) => k === chartKey())).toHaveLength(0);
    expect(store().saveState).toBe('pending');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(storage.writes.filter((k) => k === chartKey())).toHaveLength(1);
    expect(JSON.parse(storage.map.get(chartKey())!)).toEqual(store().chart);
    expect(JSON.parse(storage.map.get(KEYS.library)!)).toMatchObject({ activeId: store().chart.id });
    expect(store().saveState).toBe('saved');
  });

  it('flushes at once on pagehide and when the tab is hidden', () => {
    const storage = memoryStorage();
    start(storage);
    rename('会员 A');
    win.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(storage.map.get(chartKey())!).nodes).toEqual(store().chart.nodes);
    rename('会员 B');
    win.document.visibilityState = 'hidden';
    win.document.dispatchEvent(new Event('visibilitychange'));
    expect(storage.map.get(chartKey())).toContain('会员 B');
  });

  it('does not write on hydration, only after a change', () => {
    const storage = memoryStorage();
    start(storage);
    vi.advanceTimersByTime(SAVE_DELAY_MS * 10);
    expect(storage.writes).toEqual([]);
  });
});

describe('failed saving', () => {
  it('reports a full storage with a persistent notice offering a JSON export, and keeps working', () => {
    const storage = fullStorage();
    start(storage);
    rename('会员 A');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(store().saveState).toBe('failed');
    const notice = store().notices.find((n) => n.key === 'saveFailed');
    expect(notice?.persistent).toBe(true);
    expect(notice?.actions).toEqual(['export-json']);
    expect(notice?.params?.reason).toBe('storage is full');
    rename('会员 B');
    store().undo();
    expect(shownNodeOf('plat-membership').title).toBe('会员 A');
    expect(store().saveState).toBe('failed');

    storage.full = false;
    rename('会员 C');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(store().saveState).toBe('saved');
    expect(noticeKeys()).not.toContain('saveFailed');
    expect(storage.map.get(chartKey())).toContain('会员 C');
  });

  it('reports storage that the browser has switched off', () => {
    start(deniedStorage());
    rename('会员 A');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(store().saveState).toBe('failed');
    expect(store().saveError).toBe('storage is disabled');
    expect(noticeKeys()).toContain('saveFailed');
  });
});

describe('stopping', () => {
  it('flushes pending work and stops listening', () => {
    const storage = memoryStorage();
    start(storage);
    rename('最后的修改');
    stop?.();
    stop = null;
    expect(storage.map.get(chartKey())).toContain('最后的修改');
    const writes = storage.writes.length;
    rename('之后的修改');
    autosaveControls.flush();
    win.dispatchEvent(new Event('pagehide'));
    vi.advanceTimersByTime(SAVE_DELAY_MS * 2);
    expect(storage.writes).toHaveLength(writes);
  });
});
