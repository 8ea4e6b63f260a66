import { useCallback, useSyncExternalStore } from 'react';
import { hasStrings, onStringsLoaded, translate, type StringKey } from '../i18n/strings';
import type { Locale } from '../model/schema';
import { useChartStore } from './store';

/** Whether the UI language's strings have arrived (English is fetched on first use). */
export function useStringsReady(locale: Locale): boolean {
  return useSyncExternalStore(onStringsLoaded, () => hasStrings(locale));
}

/** The current UI language's `translate`, re-rendering when the language or its strings change. */
export function useT() {
  const locale = useChartStore((s) => s.locale);
  const ready = useStringsReady(locale);
  return useCallback(
    (key: StringKey, params?: Record<string, string | number>) => translate(locale, key, params),
    // `ready` is a dependency so that components re-render in English once English arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [locale, ready],
  );
}
