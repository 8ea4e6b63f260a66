import { useEffect, useState } from 'react';
import { useChartStore } from '../store/store';
import { useShallow } from 'zustand/react/shallow';
import { useChartLayout } from '../store/use-chart-layout';
import { exportSource } from './export-language';
import { renderPng } from '../export/png';
import { exportChartText } from '../model/chart-text';
import { sceneFor, type ExportSettings } from './export-run';

/** Longest side of the preview image in px: enough to judge the picture, cheap at 10,000 nodes. */
const PREVIEW_SIDE = 1400;

/** A live picture of what the file will hold, drawn by the same scene and rasteriser as the PNG export. */
export function ExportPreview({
  settings,
  selectedId,
}: {
  settings: ExportSettings;
  selectedId: string | null;
}) {
  const shown = useChartStore(useShallow((s) => ({ chart: s.chart, chartLanguage: s.chartLanguage })));
  const onScreen = useChartLayout();
  const { chart, layout, doc } = exportSource(shown, settings, onScreen);
  const [url, setUrl] = useState<string | null>(null);
  const json = settings.format === 'json';

  useEffect(() => {
    if (json) return;
    let live = true;
    const scene = sceneFor(chart, layout, settings, selectedId);
    const scale = Math.min(1, PREVIEW_SIDE / Math.max(scene.width, scene.height));
    renderPng(scene, scale)
      .then((png) => live && setUrl(URL.createObjectURL(png.blob)))
      .catch(() => live && setUrl(null));
    return () => {
      live = false;
    };
  }, [chart, layout, settings, selectedId, json]);

  // Revoked only once the <img> shows its successor (or is gone): revoking a URL the image
  // has not finished loading makes the load fail with a console error.
  useEffect(() => {
    if (!url) return;
    return () => URL.revokeObjectURL(url);
  }, [url]);

  if (json) {
    return (
      <pre className="min-h-0 flex-1 overflow-auto rounded-md border border-slate-200 bg-slate-50 p-3 text-xs leading-relaxed text-slate-700">
        {exportChartText(doc).slice(0, 20_000)}
      </pre>
    );
  }
  // A transparent picture for dark slides is previewed on a dark checkerboard, as it will be seen.
  const checker =
    settings.background !== 'transparent'
      ? 'bg-slate-100'
      : settings.lightText
        ? 'bg-[repeating-conic-gradient(#1e293b_0_25%,#334155_0_50%)] bg-[length:16px_16px]'
        : 'bg-[repeating-conic-gradient(#e2e8f0_0_25%,#fff_0_50%)] bg-[length:16px_16px]';
  return (
    <div
      className={`flex min-h-[360px] flex-1 items-center justify-center overflow-hidden rounded-md border border-slate-200 ${checker}`}
    >
      {url ? (
        <img
          src={url}
          alt=""
          data-testid="export-preview"
          className="max-h-[60vh] max-w-full object-contain"
        />
      ) : null}
    </div>
  );
}
