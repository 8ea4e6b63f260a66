import type { KeyValueStorage } from '../../../src/store/storage';

export type FakeStorage = KeyValueStorage & { map: Map<string, string>; writes: string[] };

/** A Map-backed storage that records which keys were written, in order. */
export function memoryStorage(initial: Record<string, string> = {}): FakeStorage {
  const map = new Map(Object.entries(initial));
  const writes: string[] = [];
  return {
    map,
    writes,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      writes.push(key);
      map.set(key, String(value));
    },
    removeItem: (key) => {
      map.delete(key);
    },
  };
}

/** Reads work; writes fail as a full browser storage does, until `full` is set to false. */
export function fullStorage(initial: Record<string, string> = {}): FakeStorage & { full: boolean } {
  const inner = memoryStorage(initial);
  const fake = {
    ...inner,
    full: true,
    setItem: (key: string, value: string) => {
      if (fake.full) throw new DOMException('full', 'QuotaExceededError');
      inner.setItem(key, value);
    },
  };
  return fake;
}

/** Storage switched off by the browser: every access throws. */
export function deniedStorage(): KeyValueStorage {
  const deny = () => {
    throw new DOMException('denied', 'SecurityError');
  };
  return { getItem: deny, setItem: deny, removeItem: deny };
}

/** Storage that hands back junk for every key, whatever was written. */
export function garbageStorage(): FakeStorage {
  const inner = memoryStorage();
  return { ...inner, getItem: () => '\u0000{garbage' };
}

/** Just enough of `window` for autosave: events on it and on its document. */
export function fakeWindow(): Window & { document: Document & { visibilityState: DocumentVisibilityState } } {
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  return Object.assign(new EventTarget(), { document: doc }) as unknown as Window & {
    document: Document & { visibilityState: DocumentVisibilityState };
  };
}
