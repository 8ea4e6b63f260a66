import { exportChartText } from '../model/chart-text';
import { selectShownChart } from '../store/shown-chart';
import { fileNameFor, downloadBlob } from '../export/download';
import { useChartStore, useChartStoreApi, type ChartStore } from '../store/store';
import { useT } from '../store/use-t';
import type { NoticeAction } from '../store/types';
import type { StringKey } from '../i18n/strings';
import type { Locale } from '../model/schema';
import { importErrorDetail } from '../i18n/import-error-notice';

const toneClass = {
  info: 'border-blue-200 bg-blue-50 text-blue-900',
  warning: 'border-amber-300 bg-amber-50 text-amber-900',
  error: 'border-red-300 bg-red-50 text-red-900',
} as const;

const actionLabel: Record<NoticeAction, StringKey> = {
  'export-json': 'exportJson',
  'reload-chart': 'reloadChart',
  'keep-mine': 'keepMine',
  'keep-both': 'keepBoth',
};

export function exportCurrentJson(store: ChartStore) {
  const chart = store.getState().chart;
  const blob = new Blob([exportChartText(chart)], { type: 'application/json' });
  downloadBlob(blob, fileNameFor(selectShownChart(store.getState()).title, 'json'));
}

function runAction(store: ChartStore, action: NoticeAction) {
  if (action === 'export-json') exportCurrentJson(store);
  else void store.getState().resolveConflict(action);
}

const REASONS: Record<string, StringKey> = {
  'storage is full': 'reasonFull',
  'storage is disabled': 'reasonDisabled',
};

/** Storage failure reasons come from the browser in English; the known ones are shown translated. */
function localized(
  t: ReturnType<typeof useT>,
  locale: Locale,
  headline: StringKey,
  params: Record<string, string | number> | undefined,
) {
  if (headline.startsWith('importError_') && params)
    return { ...params, detail: importErrorDetail(locale, params) };
  const reason = params?.reason;
  const key = typeof reason === 'string' ? REASONS[reason] : undefined;
  return key ? { ...params, reason: t(key) } : params;
}

/** Messages about saving, storage and imports: persistent ones stay until their cause is gone. */
export function Notices() {
  const t = useT();
  const notices = useChartStore((s) => s.notices);
  const locale = useChartStore((s) => s.locale);
  const dismiss = useChartStore((s) => s.dismiss);
  const store = useChartStoreApi();
  if (notices.length === 0) return null;
  return (
    <div className="pointer-events-none absolute top-14 left-1/2 z-40 flex w-[min(680px,90vw)] -translate-x-1/2 flex-col gap-2">
      {notices.map((n) => (
        <div
          key={n.id}
          role={n.tone === 'info' ? 'status' : 'alert'}
          className={`pointer-events-auto flex items-start gap-3 rounded-lg border px-3 py-2 text-sm shadow-md ${toneClass[n.tone]}`}
        >
          <p className="flex-1 leading-relaxed">{t(n.key, localized(t, locale, n.key, n.params))}</p>
          {n.actions?.map((a) => (
            <button
              key={a}
              type="button"
              className="shrink-0 rounded-md border border-current px-2 py-0.5 font-medium hover:bg-white/60"
              onClick={() => runAction(store, a)}
            >
              {t(actionLabel[a])}
            </button>
          ))}
          <button
            type="button"
            className="shrink-0 rounded-md px-2 py-0.5 hover:bg-white/60"
            onClick={() => dismiss(n.id)}
          >
            {t('dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
