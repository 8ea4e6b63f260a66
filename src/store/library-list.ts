import { textIn } from '../model/local-text';
import type { ChartDoc, Locale } from '../model/schema';
import type { ChartMeta } from './types';

/** One chart of the library as listed: its title in the chart language. */
export type LibraryEntry = Omit<ChartMeta, 'title'> & { title: string };

type Source = { stored: readonly ChartMeta[]; chart: ChartDoc; chartLanguage: Locale };

// A memo keyed on the repository's listing: the last answer for it, and what it was made from.
const cache = new WeakMap<
  readonly ChartMeta[],
  { language: Locale; id: string; title: ChartDoc['title']; updatedAt: unknown; entries: LibraryEntry[] }
>();

/**
 * The chart library, derived: what the repository lists (`stored`, read back after every
 * save), plus the chart on screen, whose title always comes from its document (renamed and
 * not saved yet, or never saved at all). Titles in the chart language (a title without it
 * shows the other). The same array comes back until one of those changes.
 */
export function selectLibrary(s: Source): LibraryEntry[] {
  const { stored, chart, chartLanguage } = s;
  const listed = stored.some((c) => c.id === chart.id);
  // A listed chart shows when it was stored; only a chart not stored yet shows its own time.
  const updatedAt = listed ? null : chart.updatedAt;
  const last = cache.get(stored);
  if (
    last &&
    last.language === chartLanguage &&
    last.id === chart.id &&
    last.title === chart.title &&
    last.updatedAt === updatedAt
  )
    return last.entries;
  const onScreen = { id: chart.id, title: chart.title, updatedAt: chart.updatedAt ?? 0 };
  const entries = [
    ...stored.map((c) => (c.id === chart.id ? { ...c, title: chart.title } : c)),
    ...(listed ? [] : [onScreen]),
  ].map((c) => ({ ...c, title: textIn(c.title, chartLanguage) }));
  cache.set(stored, { language: chartLanguage, id: chart.id, title: chart.title, updatedAt, entries });
  return entries;
}
