import type { zhStorage } from './storage';

/** English strings of this area, loaded only when the UI is in English (see strings.ts). */
export const enStorage: Record<keyof typeof zhStorage, string> = {
  chartMissing: 'This chart is no longer in browser storage (it may have been deleted in another tab).',
  chartNewer:
    'This chart was saved by a newer version of OpsChart; this version cannot open or overwrite it. Update the app.',
  keepBoth: 'Keep both',
  saveStatus: 'Save status',
  notSavedTitle: 'Not saved: {title}',
  saveReason_conflict:
    'Another tab changed this chart. Choose which version to keep; "Keep both" saves the one on screen as a copy.',
  saveReason_newer: 'A newer version of OpsChart saved this chart; this version will not overwrite it.',
  saveReason_full: 'Browser storage is full. Delete charts or backups you no longer need, or export JSON.',
  saveReason_unavailable:
    'Browser storage is unavailable ({message}). Your changes are only on this page: export JSON.',
  saveReason_failed: 'Saving failed ({message}); retrying shortly.',
  retrySave: 'Retry',
  spaceUsed: '{used} used, {left} left',
  spaceNearlyFull:
    'Browser storage is nearly full ({used} used, {left} left). Delete charts or backups you no longer need.',
  crashTitle: 'Something went wrong and the page cannot go on',
  crashBody:
    'Autosave has stopped so that possibly damaged data is not saved. Download every chart first, then reopen.',
  crashDownloadAll: 'Download every chart (JSON)',
  crashReopenWithout: 'Reload without this chart',
  crashReload: 'Reload',
  crashDetail: 'Error: {message}',
  panelFailed: 'This panel could not be shown ({message}). The chart itself is unaffected.',
  closePanel: 'Close panel',
  backups: 'Backups and storage…',
  backupsTitle: 'Backups',
  backupsIntro:
    'Whatever storage moved aside or replaced is kept here: open it as a new chart, download it or delete it.',
  backupsNone: 'No backups.',
  backupOpen: 'Open as a new chart',
  backupDownload: 'Download',
  backupDelete: 'Delete',
  backupDeleteConfirm: 'Confirm delete',
  backupReason_unreadable: 'The stored value could not be read and was kept as it was',
  backupReason_conflict: 'The version kept when another tab changed the chart',
  backupReason_migration: 'Kept when moving from the old version (localStorage)',
  backupReason_replaced: 'The version replaced by "Keep mine"',
  backupReason_deleted: 'The last version before the chart was deleted',
  backupGone: 'This backup is no longer in storage (it may have been deleted in another tab).',
  backupDeleteFailed: 'This backup could not be deleted; try again shortly.',
  backupsLoading: 'Reading backups…',
  importedWithRepairs:
    'Imported as a new chart: {title}. {count} thing(s) were repaired or left out: {details}',
  saveToFile: 'Save to file',
  rescueKeptAside:
    'Changes not yet saved when the page last closed clash with changes from another tab; they are kept as a backup (see Backups in the chart library).',
  keySaveFileAs: 'Save to a new file (choose where)',
  keyOpenFile: 'Open file',
  fileNoPermission: 'The browser does not allow writing to {name}; choose where to save.',
  fileSaveFailed:
    'Could not write the file {name} ({message}). The chart is still saved in the browser; press Ctrl+Shift+S to save it somewhere else.',
  fileOpenFailed: 'Could not open the file ({message}).',
  fileSaved: 'Save to the file {name} (up to date)',
  fileUnsaved: 'Save to the file {name} (has unsaved changes)',
  fileDownloadedState: 'Download {name} again (this browser cannot write back to a file)',
  fileDownloadedUnsaved: 'Download {name} again (changed since the last download)',
};
