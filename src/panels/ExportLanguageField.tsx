import { LOCALES } from '../model/schema';
import { useChartStore } from '../store/store';
import { useT } from '../store/use-t';
import type { ExportLanguage } from './export-language';
import { languageNameKey } from './language-name';
import { CheckField, SelectField } from './FormFields';

/** The export's chart language (the shown one unless changed) and the bilingual option. */
export function ExportLanguageField({
  settings,
  onChange,
}: {
  settings: ExportLanguage;
  onChange: (patch: Partial<ExportLanguage>) => void;
}) {
  const t = useT();
  const shown = useChartStore((s) => s.chartLanguage);
  return (
    <div className="space-y-2">
      <SelectField
        label={t('exportLanguage')}
        value={settings.chartLanguage ?? shown}
        choices={LOCALES.map((language) => ({ value: language, label: t(languageNameKey(language)) }))}
        onChange={(chartLanguage) => onChange({ chartLanguage })}
      />
      <CheckField
        label={t('exportBilingual')}
        checked={settings.bilingual}
        onChange={(bilingual) => onChange({ bilingual })}
      />
    </div>
  );
}
