import { createRepository } from './repository';
import type { ChangeChannel, RawStore } from './raw-store';
import type { ChartRepository } from './types';

/** One simulated browser profile: several repositories (tabs) on it see each other's writes. */
export type MemoryBackend = {
  data: Map<string, unknown>;
  bus: Set<(m: { id: string; revision: number | null }, from: object) => void>;
  /** Set to make operations fail, as a full or broken IndexedDB would; given the key written or read. */
  fault: null | ((key: string | null, write: boolean) => Error | null);
};

export const createMemoryBackend = (): MemoryBackend => ({ data: new Map(), bus: new Set(), fault: null });

function memoryRaw(backend: MemoryBackend): RawStore {
  const check = (key: string | null = null, write = false) => {
    const error = backend.fault?.(key, write);
    if (error) throw error;
  };
  // Values are copied in and out, as IndexedDB's structured clone does.
  const copy = <T>(v: T): T => (v === undefined ? v : structuredClone(v));
  return {
    get: async (key) => (check(key), copy(backend.data.get(key))),
    keys: async () => (check(), [...backend.data.keys()]),
    swap: async (key, decide) => {
      check(key, true);
      const entries = decide(copy(backend.data.get(key)));
      if (!entries) return false;
      for (const [k, v] of entries) backend.data.set(k, copy(v));
      return true;
    },
    put: async (entries) => {
      for (const [k] of entries) check(k, true);
      for (const [k, v] of entries) backend.data.set(k, copy(v));
    },
    del: async (keys) => {
      for (const k of keys) check(k, true);
      for (const k of keys) backend.data.delete(k);
    },
  };
}

function memoryChannel(backend: MemoryBackend): ChangeChannel {
  const me = {};
  return {
    post: (message) => {
      for (const deliver of [...backend.bus]) deliver(message, me);
    },
    subscribe: (listener) => {
      const deliver = (m: { id: string; revision: number | null }, from: object) => {
        if (from !== me) queueMicrotask(() => listener(m));
      };
      backend.bus.add(deliver);
      return () => backend.bus.delete(deliver);
    },
  };
}

/**
 * A repository in memory: for tests (two stores on one backend are two tabs, `durable`
 * stands in for IndexedDB) and, not durable, when the browser has no IndexedDB.
 */
export function createMemoryRepo(
  backend: MemoryBackend = createMemoryBackend(),
  options: { durable?: boolean } = {},
): ChartRepository {
  return createRepository(memoryRaw(backend), memoryChannel(backend), { durable: options.durable ?? true });
}
