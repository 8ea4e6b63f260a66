import { textIn } from '../model/local-text';
import type { Locale } from '../model/schema';
import type { ChartMeta } from './types';

/** One chart of the library as listed: its title in the chart language. */
export type LibraryEntry = Omit<ChartMeta, 'title'> & { title: string };

// Per library list and language, so the selector returns the same array until either changes.
const cache = new WeakMap<readonly ChartMeta[], Partial<Record<Locale, LibraryEntry[]>>>();

/** The chart library in the chart language (a title without that language shows the other). */
export function selectLibrary(s: { charts: readonly ChartMeta[]; chartLanguage: Locale }): LibraryEntry[] {
  let entry = cache.get(s.charts);
  if (!entry) {
    entry = {};
    cache.set(s.charts, entry);
  }
  return (entry[s.chartLanguage] ??= s.charts.map((c) => ({
    ...c,
    title: textIn(c.title, s.chartLanguage),
  })));
}
