import { useRef, useState } from 'react';
import { useChartStore, useChartStoreApi } from '../store/store';
import { selectSelectedId } from '../store/selectors';
import { useT } from '../store/use-t';
import { downloadBlob } from '../export/download';
import { copyPngToClipboard } from '../export/clipboard';
import { encodeShareFragment } from '../export/share-link';
import {
  DATA_FORMATS,
  DEFAULT_SETTINGS,
  FORMATS,
  SCALES,
  documentTitle,
  exportedBranch,
  makeExportFile,
  usesPages,
  type ExportSettings,
} from './export-run';
import { ExportEmbedOptions } from './ExportEmbedOptions';
import { ExportPageOptions } from './ExportPageOptions';
import { ExportPreview } from './ExportPreview';
import { exportSource } from './export-language';
import { ExportLanguageField } from './ExportLanguageField';
import { PagePreview } from './PagePreview';
import { WholeChartNote } from './WholeChartNote';
import { printPlan } from './print-pages';
import { usePagePlan } from './use-page-plan';
import { Icon } from './Icon';
import { Dialog, DialogTitle } from './Dialog';

/** Longest share link we hand out; Chromium accepts about 2 MB URLs, others less. */
const MAX_LINK = 2_000_000;

export function ExportDialog() {
  const t = useT();
  const [settings, setSettings] = useState<ExportSettings>(DEFAULT_SETTINGS);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const close = useChartStore((s) => s.closeExport);
  const store = useChartStoreApi();
  const selectedId = useChartStore(selectSelectedId);
  const first = useRef<HTMLSelectElement>(null);
  const set = <K extends keyof ExportSettings>(key: K, value: ExportSettings[K]) =>
    setSettings((s) => ({ ...s, [key]: value }));
  const image = !DATA_FORMATS.has(settings.format);
  const paged = usesPages(settings);
  const outcome = usePagePlan(settings, selectedId, paged);
  const plan = outcome?.ok ? outcome.plan : undefined;

  const printPdf = () => {
    const { chart } = exportSource(store.getState(), settings, store.layouts.current());
    if (!outcome) return setMessage(t('planning'));
    if (!outcome.ok) return setMessage(t('planError', { message: outcome.message }));
    setMessage(t('pdfPrinting', { pages: outcome.plan.pages.length }));
    printPlan(outcome.plan, documentTitle(chart, exportedBranch(settings, selectedId)));
  };

  const run = async (copy: boolean) => {
    if (settings.format === 'pdf') return printPdf();
    const { chart, layout, doc } = exportSource(store.getState(), settings, store.layouts.current());
    setBusy(true);
    setMessage(null);
    const making = makeExportFile(chart, layout, settings, selectedId, doc, plan);
    const png = making.then((f) => f.blob);
    // A failed export is reported below; this copy of the promise must not also be "unhandled".
    png.catch(() => {});
    // Started before any await, while the click still counts as a user gesture.
    const copying = copy ? copyPngToClipboard(png) : null;
    try {
      const file = await making;
      const notes: string[] = [];
      if (file.png?.scaledDown) {
        notes.push(
          t('scaledDown', {
            scale: file.png.scaledDown.to.toFixed(2),
            width: file.png.width,
            height: file.png.height,
          }),
        );
      }
      if (file.slides && file.slides > 1) notes.push(t('pptxSplit'));
      if (file.pages) notes.push(t('pngPagesDone', { pages: file.pages.count, ...file.pages }));
      if (file.dropped) notes.push(t(file.dropped));
      // The clipboard keeps only pixels (browsers re-encode the image), so the chart never travels.
      if (copying) notes.push((await copying) === 'copied' ? t('pngCopiedNoChart') : t('clipboardRefused'));
      else downloadBlob(file.blob, file.name);
      setMessage(notes.join(' ') || null);
    } catch (error) {
      setMessage(t('exportFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const copyLink = async () => {
    const { chart } = store.getState();
    const url = `${location.origin}${location.pathname}${encodeShareFragment(JSON.stringify(chart))}`;
    if (url.length > MAX_LINK) return setMessage(t('linkTooLong'));
    try {
      await navigator.clipboard.writeText(url);
      setMessage(t('linkCopied'));
    } catch {
      setMessage(t('clipboardRefused'));
    }
  };

  const label = 'mb-1 block text-xs font-semibold tracking-wide text-slate-500';
  const select = 'h-8 w-full rounded-md border border-slate-300 bg-white px-2 text-sm';
  const check = (
    key: 'includeCollapsed' | 'showTitle' | 'showLegend' | 'showRegions',
    text: string,
    disabled = false,
  ) => (
    <label className={`flex items-center gap-2 text-sm ${disabled ? 'opacity-40' : ''}`}>
      <input
        type="checkbox"
        checked={settings[key]}
        disabled={disabled}
        onChange={(e) => set(key, e.target.checked)}
      />
      {text}
    </label>
  );

  return (
    <Dialog
      onClose={close}
      initialFocus={first}
      className="flex max-h-[calc(100vh-3rem)] w-[min(1100px,96vw)] flex-col shadow-2xl"
    >
      <div className="flex items-center border-b border-slate-100 px-5 py-3">
        <DialogTitle className="flex-1 text-base font-semibold">{t('exportTitle')}</DialogTitle>
        <button
          type="button"
          aria-label={t('cancel')}
          className="rounded p-1 text-slate-500 hover:bg-slate-100"
          onClick={close}
        >
          <Icon name="close" />
        </button>
      </div>
      <div className="flex min-h-0 flex-1 gap-5 p-5">
        <form className="w-64 shrink-0 space-y-4 overflow-y-auto pr-1" onSubmit={(e) => e.preventDefault()}>
          <div>
            <label className={label} htmlFor="export-format">
              {t('format')}
            </label>
            <select
              id="export-format"
              ref={first}
              className={select}
              value={settings.format}
              onChange={(e) => set('format', e.target.value as ExportSettings['format'])}
            >
              {FORMATS.map((f) => (
                <option key={f} value={f}>
                  {f.toUpperCase()}
                </option>
              ))}
            </select>
          </div>
          <fieldset disabled={!image} className="space-y-2 disabled:opacity-40">
            <legend className={label}>{t('scope')}</legend>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="scope"
                checked={!settings.subtree}
                onChange={() => set('subtree', false)}
              />
              {t('wholeChart')}
            </label>
            <label className={`flex items-center gap-2 text-sm ${selectedId ? '' : 'opacity-40'}`}>
              <input
                type="radio"
                name="scope"
                disabled={!selectedId}
                checked={settings.subtree}
                onChange={() => set('subtree', true)}
              />
              {t('selectedSubtree')}
            </label>
            {check('includeCollapsed', t('includeCollapsed'))}
          </fieldset>
          <div className={settings.format === 'png' ? '' : 'opacity-40'}>
            <label className={label} htmlFor="export-scale">
              {t('scale')}
            </label>
            <select
              id="export-scale"
              className={select}
              disabled={settings.format !== 'png'}
              value={settings.scale}
              onChange={(e) => set('scale', Number(e.target.value))}
            >
              {SCALES.map((s) => (
                <option key={s} value={s}>
                  {s}×
                </option>
              ))}
            </select>
          </div>
          <div className={image ? '' : 'opacity-40'}>
            <label className={label} htmlFor="export-bg">
              {t('background')}
            </label>
            <select
              id="export-bg"
              className={select}
              disabled={!image}
              value={settings.background}
              onChange={(e) => set('background', e.target.value as ExportSettings['background'])}
            >
              <option value="white">{t('bgWhite')}</option>
              <option value="transparent">{t('bgTransparent')}</option>
              <option value="dark">{t('bgDark')}</option>
            </select>
          </div>
          <ExportLanguageField
            settings={settings}
            onChange={(patch) => setSettings((s) => ({ ...s, ...patch }))}
          />
          <div className="space-y-2">
            {check('showTitle', t('showTitle'), !image)}
            {check('showLegend', t('showLegend'), !image)}
            {check('showRegions', t('showRegions'), !image)}
          </div>
          <ExportEmbedOptions settings={settings} set={set} branch={settings.subtree && !!selectedId} />
          {image && settings.format !== 'svg' ? <ExportPageOptions settings={settings} set={set} /> : null}
        </form>
        <div className="flex min-w-0 flex-1 flex-col gap-2">
          <h3 className={label}>{paged ? t('pagePreview') : t('preview')}</h3>
          {paged ? (
            <PagePreview outcome={outcome} minTextPt={settings.minTextPt} />
          ) : (
            <>
              <ExportPreview settings={settings} selectedId={selectedId} />
              {settings.format === 'png' || settings.format === 'svg' ? (
                <WholeChartNote settings={settings} selectedId={selectedId} set={set} />
              ) : null}
            </>
          )}
        </div>
      </div>
      <div className="flex items-center gap-2 border-t border-slate-100 px-5 py-3">
        <p role="status" className="min-w-0 flex-1 text-sm text-slate-700">
          {busy ? t('exporting') : message}
        </p>
        <button
          type="button"
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50"
          onClick={copyLink}
        >
          {t('copyLink')}
        </button>
        {settings.format === 'png' && !settings.pngPages ? (
          <button
            type="button"
            disabled={busy}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50"
            onClick={() => run(true)}
          >
            {t('copyPng')}
          </button>
        ) : null}
        <button
          type="button"
          disabled={busy}
          className="rounded-md bg-blue-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-50"
          onClick={() => run(false)}
        >
          {settings.format === 'pdf' ? t('savePdf') : `${t('download')} ${settings.format.toUpperCase()}`}
        </button>
      </div>
    </Dialog>
  );
}
