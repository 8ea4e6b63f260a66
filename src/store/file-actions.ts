import { createMemoryFileLinks, type FileLink, type FileLinkStore } from './repo/file-links';
import type { SetState } from './store';

/** Which file each chart was last saved to or opened from (source state: nothing derived). */
export type FileSlice = { fileLinks: Record<string, FileLink> };

export type FileActions = {
  /** Reads the links kept from earlier visits; charts linked in this tab meanwhile keep theirs. */
  loadFileLinks: () => Promise<void>;
  /** The chart was written to (or read from) this file as it was at `link.savedAt`. */
  linkFile: (chartId: string, link: FileLink) => void;
};

/** A chart's file link; an own property only (a chart id may be `constructor` or `toString`). */
export function linkOf(links: Record<string, FileLink>, chartId: string): FileLink | undefined {
  return Object.hasOwn(links, chartId) ? links[chartId] : undefined;
}

/**
 * Whether the chart changed since it was last written to its file (false when it has no file):
 * `lastEdited` is the store's `lastEdited(id)`, the time written into the file as `updatedAt`.
 */
export function unsavedToFile(lastEdited: number, link: FileLink | undefined): boolean {
  return link !== undefined && lastEdited !== link.savedAt;
}

export function createFileActions(
  set: SetState,
  links: FileLinkStore = createMemoryFileLinks(),
): FileActions {
  return {
    loadFileLinks: async () => {
      let kept: Record<string, FileLink>;
      try {
        kept = await links.all();
      } catch {
        // Links are a convenience: without them Ctrl+S asks where to save, nothing is lost.
        return;
      }
      set((s) => ({ fileLinks: { ...kept, ...s.fileLinks } }));
    },
    linkFile: (chartId, link) => {
      set((s) => ({ fileLinks: { ...s.fileLinks, [chartId]: link } }));
      void links.put(chartId, link).catch(() => {
        // As above: the file itself was written; only the link is not remembered for next time.
      });
    },
  };
}
