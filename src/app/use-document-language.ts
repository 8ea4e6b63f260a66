import { useEffect } from 'react';
import { useChartStore } from '../store/store';
import { selectShownChart } from '../store/shown-chart';
import { useT } from '../store/use-t';
import { linkOf, unsavedToFile } from '../store/file-actions';
import { shownTitle } from '../model/plain-title';

/** Keeps <html lang> and the tab title in the UI language, for screen readers and CJK font choice. */
export function useDocumentLanguage() {
  const locale = useChartStore((s) => s.locale);
  const t = useT();
  const title = useChartStore((s) => selectShownChart(s).title);
  const unsaved = useChartStore((s) =>
    unsavedToFile(s.lastEdited(s.chart.id), linkOf(s.fileLinks, s.chart.id)),
  );
  useEffect(() => {
    document.documentElement.lang = locale;
    // "● " as editors do: the chart has changes its file does not have yet.
    const mark = unsaved ? '● ' : '';
    document.title = `${mark}${shownTitle(title, t('untitledChart'))} · ${t('appName')}`;
  }, [locale, title, unsaved, t]);
}
