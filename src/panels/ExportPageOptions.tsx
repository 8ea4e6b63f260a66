import { useT } from '../store/use-t';
import type { PageFormatId, CardDetail } from '../export/page-types';
import { CARD_DETAILS, PAGE_FORMAT_IDS } from './export-pages';
import type { ExportSettings } from './export-run';

type Props = {
  settings: ExportSettings;
  set: <K extends keyof ExportSettings>(key: K, value: ExportSettings[K]) => void;
};

const label = 'mb-1 block text-xs font-semibold tracking-wide text-slate-600';
const field = 'h-8 w-full rounded-md border border-slate-300 bg-white px-2 text-sm';

/** Page format, smallest text and card detail: what the page planner works to (PDF, PNG pages). */
export function ExportPageOptions({ settings, set }: Props) {
  const t = useT();
  const png = settings.format === 'png';
  const number = (
    key: 'customWidth' | 'customHeight' | 'minTextPt',
    text: string,
    min: number,
    max: number,
  ) => (
    <div className="min-w-0 flex-1">
      <label className={label} htmlFor={`export-${key}`}>
        {text}
      </label>
      <input
        id={`export-${key}`}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={key === 'minTextPt' ? 0.5 : 1}
        className={field}
        value={settings[key]}
        onChange={(e) => {
          const value = Number(e.target.value);
          if (Number.isFinite(value)) set(key, value);
        }}
      />
    </div>
  );
  return (
    <div className="space-y-3">
      {png ? (
        <fieldset className="space-y-1">
          <legend className={label}>{t('pngLayout')}</legend>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="png-layout"
              checked={!settings.pngPages}
              onChange={() => set('pngPages', false)}
            />
            {t('pngWhole')}
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="png-layout"
              checked={settings.pngPages}
              onChange={() => set('pngPages', true)}
            />
            {t('pngPages')}
          </label>
        </fieldset>
      ) : null}
      <div>
        <label className={label} htmlFor="export-page-format">
          {t('pageFormat')}
        </label>
        <select
          id="export-page-format"
          className={field}
          value={settings.pageFormat}
          onChange={(e) => set('pageFormat', e.target.value as PageFormatId)}
        >
          {PAGE_FORMAT_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`page_${id}`)}
            </option>
          ))}
        </select>
      </div>
      {settings.pageFormat === 'custom' ? (
        <div className="flex gap-2">
          {number('customWidth', t('customWidth'), 1, 20000)}
          {number('customHeight', t('customHeight'), 1, 20000)}
        </div>
      ) : null}
      <div className="flex gap-2">
        {number('minTextPt', t('minTextPt'), 4, 72)}
        <div className="min-w-0 flex-1">
          <label className={label} htmlFor="export-detail">
            {t('cardDetail')}
          </label>
          <select
            id="export-detail"
            className={field}
            value={settings.detail}
            onChange={(e) => set('detail', e.target.value as CardDetail)}
          >
            {CARD_DETAILS.map((d) => (
              <option key={d} value={d}>
                {t(`detail_${d}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}
