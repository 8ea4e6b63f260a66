import { Component, type ErrorInfo, type ReactNode } from 'react';
import { exportChartText } from '../model/chart-text';
import { downloadBlob, fileNameFor } from '../export/download';
import { translate } from '../i18n/strings';
import { textIn } from '../model/local-text';
import type { ChartStore } from '../store/store';
import { selectLibrary } from '../store/library-list';

type Props = { store: ChartStore; children: ReactNode };
type State = { error: Error | null };

/** Every chart as its own JSON file: what the tab holds (even unsaved), else what is stored. */
async function downloadEveryChart(store: ChartStore) {
  const s = store.getState();
  for (const entry of selectLibrary(s)) {
    const chart = await s.readDocument(entry.id);
    if (!chart) continue;
    downloadBlob(
      new Blob([exportChartText(chart)], { type: 'application/json' }),
      fileNameFor(textIn(chart.title, s.chartLanguage), 'json'),
    );
  }
}

/**
 * Around the whole app: a render error shows a recovery screen instead of a blank page.
 * Autosave stops at once (the state may be what broke), as tldraw does; the user can
 * download every chart and reload, with or without the chart that was open.
 */
export class CrashBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo) {
    this.props.store.getState().suspendSaving();
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { store } = this.props;
    const locale = store.getState().locale;
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
      translate(locale, key, params);
    const btn = 'rounded-md border px-3 py-1.5 text-sm font-medium';
    return (
      <main role="alert" className="mx-auto flex max-w-xl flex-col gap-4 p-8 text-slate-800">
        <h1 className="text-xl font-semibold">{t('crashTitle')}</h1>
        <p>{t('crashBody')}</p>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={`${btn} border-blue-600 bg-blue-600 text-white`}
            onClick={() => void downloadEveryChart(store)}
          >
            {t('crashDownloadAll')}
          </button>
          <button
            type="button"
            className={`${btn} border-slate-300`}
            onClick={() => {
              store.getState().skipActiveChartOnNextStart();
              window.location.reload();
            }}
          >
            {t('crashReopenWithout')}
          </button>
          <button
            type="button"
            className={`${btn} border-slate-300`}
            onClick={() => window.location.reload()}
          >
            {t('crashReload')}
          </button>
        </div>
        <p className="text-xs break-all text-slate-500">{t('crashDetail', { message: error.message })}</p>
      </main>
    );
  }
}
