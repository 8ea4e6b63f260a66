import { useEffect } from 'react';
import { useChartStore } from '../store/store';
import { selectShownChart } from '../store/shown-chart';
import { translate } from '../i18n/strings';

/** Keeps <html lang> and the tab title in the UI language, for screen readers and CJK font choice. */
export function useDocumentLanguage() {
  const locale = useChartStore((s) => s.locale);
  const title = useChartStore((s) => selectShownChart(s).title);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${title} · ${translate(locale, 'appName')}`;
  }, [locale, title]);
}
