import { useT } from '../store/use-t';
import { CARD_DETAILS, PAGE_FORMAT_IDS } from './export-pages';
import type { ExportSettings } from './export-run';
import { NumberField, RadioField, SelectField } from './FormFields';

type Props = {
  settings: ExportSettings;
  set: <K extends keyof ExportSettings>(key: K, value: ExportSettings[K]) => void;
};

/** Page format, smallest text and card detail: what the page planner works to (PDF, PNG pages). */
export function ExportPageOptions({ settings, set }: Props) {
  const t = useT();
  return (
    <div className="space-y-3">
      {settings.format === 'png' ? (
        <RadioField
          legend={t('pngLayout')}
          name="png-layout"
          value={settings.pngPages}
          choices={[
            { value: false, label: t('pngWhole') },
            { value: true, label: t('pngPages') },
          ]}
          onChange={(pages) => set('pngPages', pages)}
        />
      ) : null}
      <SelectField
        id="export-page-format"
        label={t('pageFormat')}
        value={settings.pageFormat}
        choices={PAGE_FORMAT_IDS.map((id) => ({ value: id, label: t(`page_${id}`) }))}
        onChange={(id) => set('pageFormat', id)}
      />
      {settings.pageFormat === 'custom' ? (
        <div className="flex gap-2">
          <NumberField
            id="export-customWidth"
            className="min-w-0 flex-1"
            label={t('customWidth')}
            value={settings.customWidth}
            min={1}
            max={20000}
            onChange={(v) => set('customWidth', v)}
          />
          <NumberField
            id="export-customHeight"
            className="min-w-0 flex-1"
            label={t('customHeight')}
            value={settings.customHeight}
            min={1}
            max={20000}
            onChange={(v) => set('customHeight', v)}
          />
        </div>
      ) : null}
      <div className="flex gap-2">
        <NumberField
          id="export-minTextPt"
          className="min-w-0 flex-1"
          label={t('minTextPt')}
          value={settings.minTextPt}
          min={4}
          max={72}
          step={0.5}
          onChange={(v) => set('minTextPt', v)}
        />
        <SelectField
          id="export-detail"
          className="min-w-0 flex-1"
          label={t('cardDetail')}
          value={settings.detail}
          choices={CARD_DETAILS.map((d) => ({ value: d, label: t(`detail_${d}`) }))}
          onChange={(d) => set('detail', d)}
        />
      </div>
    </div>
  );
}
