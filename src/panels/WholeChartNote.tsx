import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useChartLayout } from '../store/use-chart-layout';
import { useChartStore } from '../store/store';
import { exportSource } from './export-language';
import { useT } from '../store/use-t';
import { wholeChartFit } from '../export/whole-chart-fit';
import { pageFormatOf } from './export-pages';
import { sceneFor, type ExportSettings } from './export-run';

type Props = {
  settings: ExportSettings;
  selectedId: string | null;
  set: <K extends keyof ExportSettings>(key: K, value: ExportSettings[K]) => void;
};

/**
 * Says what the whole-chart picture really is before it is made: the scale the canvas allows
 * (the 1×–4× choice cannot always be honoured) and, when its text would fall under the minimum
 * on a page, a warning with the way out (pages).
 */
export function WholeChartNote({ settings, selectedId, set }: Props) {
  const t = useT();
  const shown = useChartStore(useShallow((s) => ({ chart: s.chart, chartLanguage: s.chartLanguage })));
  const onScreen = useChartLayout();
  const { chart, layout } = exportSource(shown, settings, onScreen);
  const fit = useMemo(
    () =>
      wholeChartFit(sceneFor(chart, layout, settings, selectedId), settings.scale, pageFormatOf(settings)),
    [chart, layout, settings, selectedId],
  );
  const png = settings.format === 'png';
  const tooSmall = fit.smallestPtOnPage < settings.minTextPt;
  return (
    <div className="space-y-1 text-sm" data-testid="whole-chart-note">
      {png ? (
        <p className={fit.scaledDown ? 'text-amber-800' : 'text-slate-600'}>
          {fit.scaledDown
            ? t('wholeScaledDown', {
                scale: fit.scale.toFixed(2),
                width: fit.width,
                height: fit.height,
                asked: settings.scale,
              })
            : t('wholeScale', { width: fit.width, height: fit.height, scale: settings.scale })}
        </p>
      ) : null}
      {tooSmall ? (
        <p role="alert" className="flex flex-wrap items-center gap-2 text-amber-800">
          {t('wholeTooSmall', {
            format: t(`page_${settings.pageFormat}`),
            pt: fit.smallestPtOnPage.toFixed(1),
            min: settings.minTextPt,
          })}
          <button
            type="button"
            className="rounded border border-amber-600 px-2 py-0.5 text-amber-900 hover:bg-amber-50"
            onClick={() => (png ? set('pngPages', true) : set('format', 'pdf'))}
          >
            {png ? t('usePages') : t('usePdf')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
