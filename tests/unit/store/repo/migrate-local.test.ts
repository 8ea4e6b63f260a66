import { describe, expect, it } from 'vitest';
import legacy from '../fixtures/legacy-opschart.v1.json';
import { migrateFromLocalStorage, type LocalLike } from '../../../../src/store/repo/migrate-local';
import { createMemoryBackend, createMemoryRepo } from '../../../../src/store/repo/memory-repo';

function local(initial: Record<string, string>): LocalLike & { map: Map<string, string> } {
  const map = new Map(Object.entries(initial));
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

const libraryOf = (activeId: string) =>
  JSON.stringify({ storageVersion: 1, activeId, charts: [{ id: activeId, title: 'x', updatedAt: 1 }] });

describe('migrateFromLocalStorage', () => {
  it('moves a library of today’s version into the repository and clears it once read back equal', async () => {
    const storage = local({
      'opschart:library': libraryOf(legacy.id),
      [`opschart:chart:${legacy.id}`]: JSON.stringify(legacy),
      'opschart:prefs': '{"locale":"en"}',
    });
    const repo = createMemoryRepo();
    const report = await migrateFromLocalStorage(storage, repo);
    expect(report).toEqual({ moved: 1, failed: [], activeId: legacy.id });
    const read = await repo.read(legacy.id);
    expect(read.ok && read.chart.title).toEqual({ 'zh-CN': legacy.title });
    expect(storage.map.has(`opschart:chart:${legacy.id}`)).toBe(false);
    expect(storage.map.get('opschart:prefs')).toBe('{"locale":"en"}');
  });

  it('leaves an unreadable chart in localStorage and keeps a copy as a backup', async () => {
    const storage = local({ 'opschart:chart:bad': '{"nodes": [' });
    const repo = createMemoryRepo();
    const report = await migrateFromLocalStorage(storage, repo);
    expect(report.failed).toEqual(['opschart:chart:bad']);
    expect(storage.map.get('opschart:chart:bad')).toBe('{"nodes": [');
    expect(await repo.listBackups()).toMatchObject([{ reason: 'migration' }]);
  });

  it('keeps localStorage when the repository cannot store the copy', async () => {
    const storage = local({ [`opschart:chart:${legacy.id}`]: JSON.stringify(legacy) });
    const backend = createMemoryBackend();
    backend.fault = (_key, write) => (write ? new DOMException('full', 'QuotaExceededError') : null);
    const report = await migrateFromLocalStorage(storage, createMemoryRepo(backend)).catch(() => null);
    expect(report?.moved ?? 0).toBe(0);
    expect(storage.map.has(`opschart:chart:${legacy.id}`)).toBe(true);
  });

  it('never writes an old copy over a newer stored chart with the same id', async () => {
    const repo = createMemoryRepo();
    const newer = { ...legacy, title: 'Edited since' };
    await repo.write({ id: legacy.id, title: newer.title, updatedAt: 2, text: JSON.stringify(newer) }, null);
    const storage = local({ [`opschart:chart:${legacy.id}`]: JSON.stringify(legacy) });
    await migrateFromLocalStorage(storage, repo);
    const read = await repo.read(legacy.id);
    expect(read.ok && read.chart.title).toEqual({ 'zh-CN': 'Edited since' });
    expect(await repo.listBackups()).toMatchObject([{ chartId: legacy.id, reason: 'migration' }]);
  });
});
