import { delMany, get, keys, promisifyRequest, setMany, type UseStore } from 'idb-keyval';
import { broadcastChannel } from './raw-store';
import type { RawStore } from './raw-store';
import { createRepository } from './repository';
import type { ChartRepository } from './types';

export const DB_NAME = 'opschart';
const STORE_NAME = 'charts';

/**
 * idb-keyval's store, plus what it leaves out: a connection that closes itself when
 * another tab deletes or upgrades the database (so that tab is not blocked), and is
 * reopened on the next operation; and an open that reports a blocked upgrade.
 */
function connection(factory: IDBFactory): UseStore {
  let db: Promise<IDBDatabase> | undefined;
  const open = () => {
    if (db) return db;
    const request = factory.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE_NAME);
    db = new Promise<IDBDatabase>((resolve, reject) => {
      request.onblocked = () =>
        reject(new DOMException('another tab keeps the storage open', 'InvalidStateError'));
      promisifyRequest(request).then(resolve, reject);
    });
    db.then(
      (opened) => {
        const forget = () => {
          opened.close();
          db = undefined;
        };
        opened.onversionchange = forget;
        opened.onclose = () => (db = undefined);
      },
      () => (db = undefined),
    );
    return db;
  };
  return async (mode, callback) => {
    const opened = await open();
    try {
      return await callback(opened.transaction(STORE_NAME, mode).objectStore(STORE_NAME));
    } catch (error) {
      // A connection closed under us (database deleted): the next attempt opens a new one.
      if (error instanceof DOMException && error.name === 'InvalidStateError') db = undefined;
      throw error;
    }
  };
}

function idbRaw(store: UseStore): RawStore {
  return {
    get: (key) => get(key, store),
    keys: async () => (await keys(store)).filter((k): k is string => typeof k === 'string'),
    swap: (key, decide) =>
      store('readwrite', (os) => {
        let wrote = false;
        let thrown: unknown = null;
        const request = os.get(key);
        // Stay inside the request callback: the transaction must not commit between read and write.
        request.onsuccess = () => {
          try {
            const entries = decide(request.result);
            if (!entries) return;
            for (const [k, v] of entries) os.put(v, k);
            wrote = true;
          } catch (error) {
            // Keep the real cause (a full disk) rather than the transaction's generic abort.
            thrown = error;
            os.transaction.abort();
          }
        };
        return promisifyRequest(os.transaction).then(
          () => wrote,
          (error: unknown) => {
            throw thrown ?? error;
          },
        );
      }),
    put: (entries) => setMany(entries, store),
    del: (ks) => delMany(ks, store),
  };
}

async function browserEstimate() {
  try {
    const e = await navigator.storage?.estimate?.();
    return e && typeof e.usage === 'number' && typeof e.quota === 'number'
      ? { usage: e.usage, quota: e.quota }
      : null;
  } catch {
    return null;
  }
}

/** The app's repository: IndexedDB through idb-keyval, other tabs told through BroadcastChannel. */
export function createIdbRepo(
  factory: IDBFactory = indexedDB,
  channelName = 'opschart-charts',
): ChartRepository {
  return createRepository(idbRaw(connection(factory)), broadcastChannel(channelName), {
    durable: true,
    estimate: browserEstimate,
  });
}

/** Whether IndexedDB can be opened at all (private modes and locked-down browsers may refuse). */
export async function idbAvailable(factory: IDBFactory | null | undefined): Promise<boolean> {
  if (!factory) return false;
  try {
    const request = factory.open(`${DB_NAME}-probe`);
    const db = await promisifyRequest(request);
    db.close();
    return true;
  } catch {
    return false;
  }
}
