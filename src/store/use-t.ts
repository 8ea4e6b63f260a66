import { useCallback } from 'react';
import { translate, type StringKey } from '../i18n/strings';
import { useChartStore } from './store';

/** The current UI language's `translate`, re-rendering only when the language changes. */
export function useT() {
  const locale = useChartStore((s) => s.locale);
  return useCallback(
    (key: StringKey, params?: Record<string, string | number>) => translate(locale, key, params),
    [locale],
  );
}
