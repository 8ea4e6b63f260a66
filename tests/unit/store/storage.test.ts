import { describe, expect, it } from 'vitest';
import { loadTemplate } from '../../../src/model/templates';
import {
  KEYS,
  STORAGE_VERSION,
  backUp,
  describeStorageError,
  migrateStorage,
  readStored,
  safeGet,
  safeSet,
  writeLibrary,
} from '../../../src/store/storage';
import legacyText from './fixtures/legacy-opschart.v1.json?raw';
import { MIGRATION_V1_V2 } from '../../../src/model/migrations';
import { chartDocSchema } from '../../../src/model/schema';

/** The legacy v1 chart as the app reads it: migrated to v2 (its English subtitles became English titles). */
const migratedLegacy = chartDocSchema.parse(
  MIGRATION_V1_V2.up(JSON.parse(legacyText) as Record<string, unknown>),
);
import { deniedStorage, fullStorage, garbageStorage, memoryStorage } from './fake-storage';

const legacy = JSON.parse(legacyText) as { id: string; title: string; updatedAt: number };
const backups = (map: Map<string, string>) =>
  [...map.entries()].filter(([k]) => k.startsWith('opschart:backup:'));

describe('storage errors', () => {
  it('names a full and a disabled storage', () => {
    expect(describeStorageError(new DOMException('full', 'QuotaExceededError'))).toBe('storage is full');
    expect(describeStorageError(new DOMException('no', 'SecurityError'))).toBe('storage is disabled');
    expect(describeStorageError(new Error('boom'))).toBe('boom');
  });

  it('safeGet / safeSet never throw', () => {
    expect(safeGet(deniedStorage(), 'k')).toBeNull();
    expect(safeSet(deniedStorage(), 'k', 'v')).toEqual({ ok: false, reason: 'storage is disabled' });
    expect(safeSet(fullStorage(), 'k', 'v')).toEqual({ ok: false, reason: 'storage is full' });
  });

  it('backUp keeps the value under a new key, or says it could not', () => {
    const storage = memoryStorage();
    const key = backUp(storage, KEYS.library, 'precious', Date.UTC(2030, 0, 2));
    expect(key).toBe(`opschart:backup:2030-01-02T00:00:00.000Z:${KEYS.library}`);
    expect(storage.map.get(key!)).toBe('precious');
    expect(backUp(fullStorage(), KEYS.library, 'precious')).toBeNull();
  });
});

describe('readStored', () => {
  it('reads nothing from an empty, a disabled and a junk storage, without throwing', () => {
    expect(readStored(memoryStorage())).toEqual({ library: null, active: null, problems: [] });
    expect(readStored(deniedStorage())).toEqual({ library: null, active: null, problems: [] });
    const junk = readStored(garbageStorage());
    expect(junk.active).toBeNull();
    expect(junk.problems[0]?.key).toBe(KEYS.library);
  });

  it('reads back what writeLibrary and the chart key hold', async () => {
    const storage = memoryStorage();
    const chart = { ...(await loadTemplate('shop-path')), id: 'c1' };
    storage.setItem(KEYS.chart('c1'), JSON.stringify(chart));
    const meta = [{ id: 'c1', title: chart.title.en ?? '', updatedAt: 5, template: 'shop-path' }];
    expect(writeLibrary(storage, 'c1', meta)).toEqual({ ok: true });
    const read = readStored(storage);
    expect(read.problems).toEqual([]);
    expect(read.library).toEqual({ storageVersion: STORAGE_VERSION, activeId: 'c1', charts: meta });
    expect(read.active).toEqual(chart);
  });

  it('backs up an unreadable library and reports it', () => {
    const storage = memoryStorage({ [KEYS.library]: '{"storageVersion": 1, "charts": [' });
    const read = readStored(storage);
    expect(read.library).toBeNull();
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]?.backupKey).toBeTruthy();
    expect(storage.map.get(read.problems[0]!.backupKey!)).toBe('{"storageVersion": 1, "charts": [');
  });

  it('treats a library from a newer app as unreadable rather than overwriting it', () => {
    const newer = JSON.stringify({ storageVersion: STORAGE_VERSION + 1, activeId: null, charts: [] });
    const storage = memoryStorage({ [KEYS.library]: newer });
    const read = readStored(storage);
    expect(read.library).toBeNull();
    expect(backups(storage.map).map(([, v]) => v)).toEqual([newer]);
  });

  it('backs up an unreadable chart, leaving the original in place', () => {
    const broken = '{"format":"opschart","version":1,"id":"c1","nodes":[';
    const storage = memoryStorage({
      [KEYS.library]: JSON.stringify({
        storageVersion: 1,
        activeId: 'c1',
        charts: [{ id: 'c1', title: 'Mine', updatedAt: 1 }],
      }),
      [KEYS.chart('c1')]: broken,
    });
    const read = readStored(storage);
    expect(read.active).toBeNull();
    expect(read.library?.charts.map((c) => c.id)).toEqual(['c1']);
    expect(read.problems[0]?.key).toBe(KEYS.chart('c1'));
    expect(storage.map.get(KEYS.chart('c1'))).toBe(broken);
    expect(backups(storage.map).map(([, v]) => v)).toEqual([broken]);
  });
});

describe('storage migration from version 0', () => {
  it('turns the legacy single chart into a library with that chart active (golden fixture)', () => {
    const storage = memoryStorage({ [KEYS.legacyChart]: legacyText });
    const read = readStored(storage);
    expect(read.problems).toEqual([]);
    expect(read.active).toEqual(migratedLegacy);
    expect(read.library).toEqual({
      storageVersion: STORAGE_VERSION,
      activeId: legacy.id,
      charts: [{ id: legacy.id, title: legacy.title, updatedAt: legacy.updatedAt }],
    });
    // The legacy value stays until the user has the new format safely, so a downgrade still finds it.
    expect(storage.map.get(KEYS.legacyChart)).toBe(legacyText);
  });

  it('runs once: an existing library wins over the legacy key', () => {
    const storage = memoryStorage({ [KEYS.legacyChart]: legacyText });
    migrateStorage(storage);
    const writes = storage.writes.length;
    migrateStorage(storage);
    expect(storage.writes).toHaveLength(writes);
  });

  it('leaves an unreadable legacy value where it is', () => {
    const storage = memoryStorage({ [KEYS.legacyChart]: 'not json' });
    readStored(storage);
    expect(storage.map.get(KEYS.legacyChart)).toBe('not json');
    expect(storage.map.has(KEYS.library)).toBe(false);
  });
});
