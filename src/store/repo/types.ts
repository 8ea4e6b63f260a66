/**
 * The one persistence interface the store is created with. It stores document *text*
 * (whatever the schema version) and hands back charts only through `importChart`.
 */
import type { ChartDoc as Chart } from '../../model/schema';
import type { LocalText } from '../../model/local-text';

/** Bumped when the stored record shape changes; an older app refuses to write a newer store. */
export const STORE_FORMAT = 1;

/** What the library index shows for one chart; derived from the stored chart itself. */
export type StoredMeta = {
  id: string;
  /** The title in one language (backups, older entries); `titles` holds both where written. */
  title: string;
  titles?: LocalText;
  updatedAt: number;
  /** Increases by one on every write; a write must name the revision it replaces. */
  revision: number;
  format: number;
  /** Characters of stored text, for the space shown in the library. */
  size: number;
};

export type ChartWrite = { id: string; title: string; titles?: LocalText; updatedAt: number; text: string };

export type ReadResult =
  | { ok: true; chart: Chart; revision: number; warnings: string[] }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'newer'; message: string }
  | { ok: false; reason: 'unreadable'; message: string; backupKey: string | null };

export type WriteFailure =
  /** Someone (another tab, an import, an older copy) wrote a revision this tab has not seen. */
  | { ok: false; reason: 'conflict'; revision: number }
  /** The stored chart was written by a newer app; this one must not overwrite it. */
  | { ok: false; reason: 'newer'; message: string }
  | { ok: false; reason: 'full' | 'unavailable' | 'failed'; message: string };

export type WriteResult = { ok: true; revision: number } | WriteFailure;

export type BackupReason = 'unreadable' | 'conflict' | 'migration' | 'replaced' | 'deleted';

export type Backup = {
  key: string;
  chartId: string;
  title: string;
  at: number;
  reason: BackupReason;
  size: number;
};

export type ExternalChange = { id: string; revision: number | null };

export type SpaceEstimate = { usage: number; quota: number };

export type ChartRepository = {
  /** The library index, derived from the stored charts (rebuilt from a chart when its entry is missing). */
  list: () => Promise<StoredMeta[]>;
  read: (id: string) => Promise<ReadResult>;
  /**
   * Stores a chart if the stored revision is still `baseRevision` (`null`: the chart must
   * not exist yet). Never overwrites a revision the caller has not seen.
   */
  write: (chart: ChartWrite, baseRevision: number | null) => Promise<WriteResult>;
  /** Removes a chart; its last text is kept as a backup first. */
  remove: (id: string) => Promise<void>;
  /** Keeps a value aside; one backup per distinct value, so repeated attempts do not pile up. */
  backUp: (backup: {
    chartId: string;
    title: string;
    text: string;
    reason: BackupReason;
  }) => Promise<string | null>;
  listBackups: () => Promise<Backup[]>;
  readBackup: (key: string) => Promise<string | null>;
  removeBackup: (key: string) => Promise<void>;
  /** Another tab (or another store on the same backend) wrote or removed a chart. */
  onExternalChange: (listener: (change: ExternalChange) => void) => () => void;
  estimate: () => Promise<SpaceEstimate | null>;
  /** `true` when charts stay on this device; `false` when they only live in memory (no IndexedDB). */
  durable: boolean;
};
