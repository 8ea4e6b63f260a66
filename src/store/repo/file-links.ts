import { createStore, del, entries, set } from 'idb-keyval';

/**
 * The part of a File System Access file handle we use. Typed here because the TypeScript DOM
 * library has the handle but neither the pickers nor the permission calls.
 */
export type FileHandle = {
  kind: 'file';
  name: string;
  getFile: () => Promise<File>;
  createWritable: () => Promise<{
    write: (data: string | Blob) => Promise<void>;
    close: () => Promise<void>;
  }>;
  isSameEntry?: (other: FileHandle) => Promise<boolean>;
  queryPermission?: (options: { mode: 'readwrite' }) => Promise<PermissionState>;
  requestPermission?: (options: { mode: 'readwrite' }) => Promise<PermissionState>;
};

/**
 * The file a chart was last saved to or opened from. `handle` is null where the browser
 * has no File System Access API (the file was downloaded): Ctrl+S then downloads again.
 * `savedAt` is the `updatedAt` of the document written, so "changed since" survives a reload.
 */
export type FileLink = { name: string; handle: FileHandle | null; savedAt: number };

/** Where file links are kept between visits: IndexedDB in the app (handles are structured-cloneable). */
export type FileLinkStore = {
  all: () => Promise<Record<string, FileLink>>;
  put: (chartId: string, link: FileLink) => Promise<void>;
  remove: (chartId: string) => Promise<void>;
};

export function createMemoryFileLinks(): FileLinkStore {
  const links = new Map<string, FileLink>();
  return {
    all: async () => Object.fromEntries(links),
    put: async (id, link) => void links.set(id, link),
    remove: async (id) => void links.delete(id),
  };
}

/** A database of its own, so the charts database's version and upgrade path stay untouched. */
export function createIdbFileLinks(): FileLinkStore {
  const store = createStore('opschart-files', 'links');
  return {
    all: async () => {
      const out: Record<string, FileLink> = {};
      for (const [key, value] of await entries<string, unknown>(store)) {
        if (typeof key === 'string' && isFileLink(value)) out[key] = value;
      }
      return out;
    },
    put: (id, link) => set(id, link, store),
    remove: (id) => del(id, store),
  };
}

function isFileLink(value: unknown): value is FileLink {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.name === 'string' && typeof v.savedAt === 'number' && 'handle' in v;
}
