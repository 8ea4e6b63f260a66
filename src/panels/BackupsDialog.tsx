import { useEffect, useState } from 'react';
import { downloadBlob, fileNameFor } from '../export/download';
import { shownTitle } from '../model/plain-title';
import type { Backup } from '../store/repo/types';
import { useChartStore, useChartStoreApi } from '../store/store';
import { useT } from '../store/use-t';
import { Dialog } from './Dialog';
import { DialogButton, DialogFooter } from './DialogButton';
import { formatBytes } from './format-bytes';

const btn =
  'rounded-md border border-slate-300 px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50';

/**
 * The repository's backups, the user's to open (as a new chart: nothing is replaced),
 * download or delete (asked twice), with the space storage uses and has left.
 */
export function BackupsDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const store = useChartStoreApi();
  const locale = useChartStore((s) => s.locale);
  const space = useChartStore((s) => s.space);
  const [backups, setBackups] = useState<Backup[] | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const reload = () => void store.getState().listBackups().then(setBackups);
  useEffect(() => {
    reload();
    void store.getState().refreshSpace();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on open
  }, []);

  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const download = async (b: Backup) => {
    const text = await store.getState().readBackupText(b.key);
    if (text === null) return store.getState().notify({ id: 'backup', tone: 'error', key: 'backupGone' });
    const stamp = new Date(b.at).toISOString().slice(0, 16).replace(/[:T]/g, '-');
    downloadBlob(new Blob([text], { type: 'application/json' }), fileNameFor(`${b.title}-${stamp}`, 'json'));
  };

  return (
    <Dialog
      title={t('backupsTitle')}
      description={t('backupsIntro')}
      onClose={onClose}
      className="w-[560px] p-5"
    >
      {space ? (
        <p className="mt-2 text-xs text-slate-600">
          {t('spaceUsed', { used: formatBytes(space.usage), left: formatBytes(space.quota - space.usage) })}
        </p>
      ) : null}
      <div className="mt-3 max-h-[50vh] overflow-auto">
        {backups === null ? (
          <p className="text-sm text-slate-600">{t('backupsLoading')}</p>
        ) : backups.length === 0 ? (
          <p className="text-sm text-slate-600">{t('backupsNone')}</p>
        ) : (
          <ul aria-label={t('backupsTitle')} className="divide-y divide-slate-100">
            {backups.map((b) => {
              const title = shownTitle(b.title, t('untitledChart'));
              return (
                <li key={b.key} aria-label={title} className="flex flex-wrap items-center gap-2 py-2">
                  <div className="min-w-0 flex-1">
                    <p className="truncate text-sm font-medium text-slate-900">{title}</p>
                    <p className="text-xs text-slate-600">
                      {when.format(b.at)} · {formatBytes(b.size)} · {t(`backupReason_${b.reason}`)}
                    </p>
                  </div>
                  <button
                    type="button"
                    className={btn}
                    onClick={async () => {
                      if (await store.getState().openBackup(b.key)) onClose();
                    }}
                  >
                    {t('backupOpen')}
                  </button>
                  <button type="button" className={btn} onClick={() => void download(b)}>
                    {t('backupDownload')}
                  </button>
                  <button
                    type="button"
                    className={
                      confirming === b.key
                        ? 'rounded-md bg-red-600 px-2 py-1 text-xs font-medium text-white hover:bg-red-700'
                        : `${btn} text-red-700`
                    }
                    onClick={async () => {
                      if (confirming !== b.key) return setConfirming(b.key);
                      setConfirming(null);
                      await store.getState().deleteBackup(b.key);
                      reload();
                    }}
                  >
                    {confirming === b.key ? t('backupDeleteConfirm') : t('backupDelete')}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
      <DialogFooter>
        <DialogButton onClick={onClose}>{t('close')}</DialogButton>
      </DialogFooter>
    </Dialog>
  );
}
