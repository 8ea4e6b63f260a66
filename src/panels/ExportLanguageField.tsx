import { useId } from 'react';
import { LOCALES } from '../model/schema';
import { useChartStore } from '../store/store';
import { useT } from '../store/use-t';
import type { ExportLanguage } from './export-language';
import { languageNameKey } from './language-name';

/** The export's chart language (the shown one unless changed) and the bilingual option. */
export function ExportLanguageField({
  settings,
  onChange,
}: {
  settings: ExportLanguage;
  onChange: (patch: Partial<ExportLanguage>) => void;
}) {
  const t = useT();
  const id = useId();
  const shown = useChartStore((s) => s.chartLanguage);
  return (
    <div className="space-y-2">
      <div>
        <label className="mb-1 block text-xs font-semibold tracking-wide text-slate-500" htmlFor={id}>
          {t('exportLanguage')}
        </label>
        <select
          id={id}
          className="h-8 w-full rounded-md border border-slate-300 bg-white px-2 text-sm"
          value={settings.chartLanguage ?? shown}
          onChange={(e) => onChange({ chartLanguage: e.target.value as ExportLanguage['chartLanguage'] })}
        >
          {LOCALES.map((language) => (
            <option key={language} value={language}>
              {t(languageNameKey(language))}
            </option>
          ))}
        </select>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={settings.bilingual}
          onChange={(e) => onChange({ bilingual: e.target.checked })}
        />
        {t('exportBilingual')}
      </label>
    </div>
  );
}
