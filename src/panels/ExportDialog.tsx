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
import { DialogButton } from './DialogButton';
import { CheckField, RadioField, SelectField, fieldLabel } from './FormFields';

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

  const check = (
    key: 'includeCollapsed' | 'showTitle' | 'showLegend' | 'showRegions',
    text: string,
    disabled = false,
  ) => (
    <CheckField label={text} checked={settings[key]} disabled={disabled} onChange={(on) => set(key, on)} />
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
          <SelectField
            id="export-format"
            selectRef={first}
            label={t('format')}
            value={settings.format}
            choices={FORMATS.map((f) => ({ value: f, label: f.toUpperCase() }))}
            onChange={(format) => set('format', format)}
          />
          <RadioField
            legend={t('scope')}
            name="scope"
            disabled={!image}
            value={settings.subtree}
            choices={[
              { value: false, label: t('wholeChart') },
              { value: true, label: t('selectedSubtree'), disabled: !selectedId },
            ]}
            onChange={(subtree) => set('subtree', subtree)}
          >
            {check('includeCollapsed', t('includeCollapsed'))}
          </RadioField>
          <SelectField
            id="export-scale"
            label={t('scale')}
            disabled={settings.format !== 'png'}
            value={settings.scale}
            choices={SCALES.map((s) => ({ value: s, label: `${s}×` }))}
            onChange={(scale) => set('scale', scale)}
          />
          <SelectField
            id="export-bg"
            label={t('background')}
            disabled={!image}
            value={settings.background}
            choices={[
              { value: 'white', label: t('bgWhite') },
              { value: 'transparent', label: t('bgTransparent') },
              { value: 'dark', label: t('bgDark') },
            ]}
            onChange={(background) => set('background', background)}
          />
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
          <h3 className={fieldLabel}>{paged ? t('pagePreview') : t('preview')}</h3>
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
        <DialogButton tone="outline" onClick={copyLink}>
          {t('copyLink')}
        </DialogButton>
        {settings.format === 'png' && !settings.pngPages ? (
          <DialogButton tone="outline" disabled={busy} onClick={() => run(true)}>
            {t('copyPng')}
          </DialogButton>
        ) : null}
        <DialogButton tone="primary" disabled={busy} onClick={() => run(false)}>
          {settings.format === 'pdf' ? t('savePdf') : `${t('download')} ${settings.format.toUpperCase()}`}
        </DialogButton>
      </div>
    </Dialog>
  );
}
