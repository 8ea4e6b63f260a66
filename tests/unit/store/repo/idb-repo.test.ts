import { IDBFactory } from 'fake-indexeddb';
import { createStore, del, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIdbRepo, DB_NAME, idbAvailable } from '../../../../src/store/repo/idb-repo';
import { classifyError } from '../../../../src/store/repo/repository';
import { chartWrite, repositoryContract } from './repo-contract';

let run = 0;
const realIndexedDB = globalThis.indexedDB;
afterEach(() => {
  globalThis.indexedDB = realIndexedDB;
});

repositoryContract('IndexedDB', () => {
  const factory = new IDBFactory();
  const channel = `test-${++run}`;
  let full = false;
  // idb-keyval's helpers open the global factory; point it at this test's database.
  globalThis.indexedDB = factory;
  const raw = createStore(DB_NAME, 'charts');
  const proxy: IDBFactory = {
    open: (...args: Parameters<IDBFactory['open']>) => {
      const request = factory.open(...args);
      // A disk that fills up: once `full`, every put of this connection throws, as Chromium's quota does.
      request.addEventListener('success', () => {
        const db = request.result;
        const transaction = db.transaction.bind(db);
        db.transaction = ((...t: Parameters<IDBDatabase['transaction']>) => {
          const tx = transaction(...t);
          const objectStore = tx.objectStore.bind(tx);
          tx.objectStore = (n: string) => {
            const os = objectStore(n);
            const put = os.put.bind(os);
            os.put = (...p: Parameters<IDBObjectStore['put']>) => {
              if (full) throw new DOMException('quota', 'QuotaExceededError');
              return put(...p);
            };
            return os;
          };
          return tx;
        }) as IDBDatabase['transaction'];
      });
      return request;
    },
    deleteDatabase: (name: string) => factory.deleteDatabase(name),
    cmp: (a: unknown, b: unknown) => factory.cmp(a, b),
    databases: () => factory.databases(),
  };
  return {
    open: () => createIdbRepo(proxy, channel),
    tamper: async (key, value) => {
      if (value === undefined) await del(key, raw);
      else await set(key, value, raw);
    },
    fillUp: () => {
      full = true;
    },
  };
});

describe('IndexedDB faults', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  it('keeps working after the database is deleted while open, without reviving unseen revisions', async () => {
    const factory = globalThis.indexedDB;
    const repo = createIdbRepo(factory, 'fault-1');
    await repo.write(chartWrite('c1'), null);
    await new Promise<void>((resolve, reject) => {
      const request = factory.deleteDatabase(DB_NAME);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    expect(await repo.list()).toEqual([]);
    // This tab still holds revision 1: writing it back is a conflict the user decides.
    expect(await repo.write(chartWrite('c1'), 1)).toMatchObject({ ok: false, reason: 'conflict' });
    expect(await repo.write(chartWrite('c1'), null)).toEqual({ ok: true, revision: 1 });
  });

  it('reports a database upgraded by a newer version instead of failing silently', async () => {
    const factory = globalThis.indexedDB;
    await new Promise<void>((resolve) => {
      const request = factory.open(DB_NAME, 5);
      request.onupgradeneeded = () => request.result.createObjectStore('charts');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    const repo = createIdbRepo(factory, 'fault-2');
    const result = await repo.write(chartWrite('c1'), null);
    expect(result).toMatchObject({ ok: false, reason: 'unavailable' });
  });

  it('knows when there is no IndexedDB at all', async () => {
    expect(await idbAvailable(null)).toBe(false);
    expect(await idbAvailable(new IDBFactory())).toBe(true);
  });

  it('names the errors browsers raise', () => {
    expect(classifyError(new DOMException('x', 'QuotaExceededError')).reason).toBe('full');
    expect(classifyError(new DOMException('x', 'InvalidStateError')).reason).toBe('unavailable');
    expect(classifyError(new Error('boom')).reason).toBe('failed');
  });
});
