import type { Backup, ChartRepository } from './repo/types';
import type { GetState, SetState } from './store';

/** The library's backups: what the repository kept aside, now the user's to open, download or delete. */
export type BackupActions = {
  /** Newest first. Read on demand by the backups dialog; nothing is held in the store. */
  listBackups: () => Promise<Backup[]>;
  /** The backup's text as stored (for a download), or null when it is gone. */
  readBackupText: (key: string) => Promise<string | null>;
  /** Opens a backup as a new chart; the chart it was taken from is never replaced. */
  openBackup: (key: string) => Promise<boolean>;
  deleteBackup: (key: string) => Promise<void>;
  /** Asks the browser again how much space is used and left (shown with the backups). */
  refreshSpace: () => Promise<void>;
};

export function createBackupActions(set: SetState, get: GetState, repo: ChartRepository): BackupActions {
  const readBackupText = async (key: string) => {
    try {
      return await repo.readBackup(key);
    } catch {
      return null;
    }
  };
  return {
    listBackups: async () => {
      try {
        return (await repo.listBackups()).sort((a, b) => b.at - a.at);
      } catch {
        return [];
      }
    },
    readBackupText,
    openBackup: async (key) => {
      const text = await readBackupText(key);
      if (text === null) {
        get().notify({ id: 'backup', tone: 'error', key: 'backupGone' });
        return false;
      }
      // Through importChart like any file: an unreadable value is reported, never half-opened.
      return get().importAsNewChart(text);
    },
    deleteBackup: async (key) => {
      try {
        await repo.removeBackup(key);
      } catch {
        get().notify({ id: 'backup', tone: 'error', key: 'backupDeleteFailed' });
      }
      await get().refreshSpace();
    },
    refreshSpace: async () => {
      try {
        const space = await repo.estimate();
        if (space) set({ space });
      } catch {
        // The browser would not say; the last figure stays.
      }
    },
  };
}
