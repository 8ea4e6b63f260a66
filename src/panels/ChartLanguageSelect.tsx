import { LOCALES, type Locale } from '../model/schema';
import { useChartStore } from '../store/store';
import { useT } from '../store/use-t';
import { languageNameKey } from './language-name';

/**
 * The chart language on its own: a Chinese interface can show, edit and export an English
 * chart. The interface language switch sets both.
 */
export function ChartLanguageSelect() {
  const t = useT();
  const language = useChartStore((s) => s.chartLanguage);
  const setChartLanguage = useChartStore((s) => s.setChartLanguage);
  return (
    <select
      aria-label={t('chartLanguage')}
      title={t('chartLanguageHint')}
      className="h-8 rounded-md border border-slate-200 bg-white px-1.5 text-xs text-slate-700 hover:border-slate-300"
      value={language}
      onChange={(e) => setChartLanguage(e.target.value as Locale)}
    >
      {LOCALES.map((l) => (
        <option key={l} value={l}>
          {t('chartLanguageShort')}: {t(languageNameKey(l))}
        </option>
      ))}
    </select>
  );
}
