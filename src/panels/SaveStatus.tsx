import { useShallow } from 'zustand/react/shallow';
import { exportChartText } from '../model/chart-text';
import { downloadBlob, fileNameFor } from '../export/download';
import { useChartStore, useChartStoreApi, type ChartStore } from '../store/store';
import type { SaveFailure } from '../store/types';
import { useT } from '../store/use-t';
import { formatBytes } from './format-bytes';
import { textIn } from '../model/local-text';

function exportJsonOf(store: ChartStore, id: string) {
  const chart = store.getState().openDocument(id);
  if (!chart) return;
  downloadBlob(
    new Blob([exportChartText(chart)], { type: 'application/json' }),
    fileNameFor(textIn(chart.title, store.getState().chartLanguage), 'json'),
  );
}

/** Always in the toolbar: "Saved", "Saving…" or "Not saved" — never silently nothing. */
export function SaveIndicator() {
  const t = useT();
  const state = useChartStore((s) =>
    s.save.failures.length > 0 ? 'failed' : s.save.pending ? 'saving' : 'saved',
  );
  const tone = { saved: 'text-slate-500', saving: 'text-slate-500', failed: 'font-medium text-red-700' }[
    state
  ];
  const label = { saved: t('saved'), saving: t('saving'), failed: t('notSaved') }[state];
  return (
    // Not a live region: "Saving… Saved" on every edit would be noise; failures are announced by SaveProblems.
    <span
      role="status"
      aria-live="off"
      aria-label={t('saveStatus')}
      className={`px-2 text-xs whitespace-nowrap ${tone}`}
    >
      {label}
    </span>
  );
}

const btn = 'shrink-0 rounded-md border border-current px-2 py-0.5 font-medium hover:bg-white/60';

function Problem({ failure, current }: { failure: SaveFailure; current: boolean }) {
  const t = useT();
  const store = useChartStoreApi();
  const a = store.getState();
  const why = t(`saveReason_${failure.reason}`, { message: failure.message || '—' });
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center gap-2 border-b border-red-300 bg-red-50 px-3 py-1.5 text-sm text-red-900"
    >
      <p className="min-w-0 flex-1">
        <strong className="font-semibold">{t('notSavedTitle', { title: failure.title })}</strong> — {why}
      </p>
      {failure.reason === 'conflict' && current ? (
        <>
          <button type="button" className={btn} onClick={() => void a.resolveConflict('reload-chart')}>
            {t('reloadChart')}
          </button>
          <button type="button" className={btn} onClick={() => void a.resolveConflict('keep-mine')}>
            {t('keepMine')}
          </button>
          <button type="button" className={btn} onClick={() => void a.resolveConflict('keep-both')}>
            {t('keepBoth')}
          </button>
        </>
      ) : null}
      {['full', 'unavailable', 'failed'].includes(failure.reason) ? (
        <button type="button" className={btn} onClick={() => void a.flushSave()}>
          {t('retrySave')}
        </button>
      ) : null}
      <button type="button" className={btn} onClick={() => exportJsonOf(store, failure.chartId)}>
        {t('exportJson')}
      </button>
    </div>
  );
}

/**
 * Every chart that is not saved, with why and what to do. There is no dismiss: the bar
 * goes away only when that chart has been saved (or the user chose in a conflict).
 */
export function SaveProblems() {
  const failures = useChartStore(useShallow((s) => s.save.failures));
  const currentId = useChartStore((s) => s.chart.id);
  const space = useChartStore((s) => s.space);
  const t = useT();
  const nearlyFull = space && space.quota > 0 && space.usage / space.quota > 0.9;
  if (failures.length === 0 && !nearlyFull) return null;
  return (
    <div className="z-30 shrink-0">
      {failures.map((f) => (
        <Problem key={f.chartId} failure={f} current={f.chartId === currentId} />
      ))}
      {nearlyFull ? (
        <p role="alert" className="border-b border-amber-300 bg-amber-50 px-3 py-1.5 text-sm text-amber-900">
          {t('spaceNearlyFull', {
            used: formatBytes(space.usage),
            left: formatBytes(space.quota - space.usage),
          })}
        </p>
      ) : null}
    </div>
  );
}
