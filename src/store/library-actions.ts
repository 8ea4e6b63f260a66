import { importErrorNotice } from '../i18n/import-error-notice';
import { importChart, type ImportResult } from '../model/import-chart';
import { newId } from '../model/ids';
import { CHART_VERSION, LOCALES, type ChartDoc, type Locale } from '../model/schema';
import { hasText, localText, textIn, withText, type LocalText } from '../model/local-text';
import { isTemplateId, loadTemplate, type TemplateId } from '../model/templates';
import { readFailureNotice, type Persistence } from './persistence';
import { repairNotice } from './repair-notice';
import { selectLibrary } from './library-list';
import type { GetState, SetState } from './store';

export type LibraryActions = {
  newChart: (from: TemplateId | 'blank') => Promise<void>;
  switchChart: (id: string) => Promise<void>;
  duplicateChart: (id: string) => Promise<void>;
  deleteChart: (id: string) => Promise<void>;
  renameChartById: (id: string, title: string) => Promise<void>;
  resetToTemplate: () => Promise<void>;
  /** Adds an imported document as a new chart; the current chart and stored charts are never replaced. */
  importAsNewChart: (text: string) => boolean;
  /** The same for a result `importChart` gave elsewhere (the spreadsheet worker validates its chart). */
  openImported: (result: ImportResult) => boolean;
  /**
   * The chart an import opens as: a new id if its id is taken, a title not yet in the library;
   * the very same object when neither changes (so what was prepared for it, such as its
   * layout, is found when it opens).
   */
  importedChartOf: (chart: ChartDoc) => ChartDoc;
  /** Conflict choice "keep both": the version on screen becomes a new chart of its own. */
  keepBothAsCopy: () => void;
};

/** A new empty chart, named in the language it is shown in. */
export function blankChart(locale: Locale): ChartDoc {
  const title = localText(locale, locale === 'en' ? 'Untitled chart' : '未命名图表');
  return {
    format: 'opschart',
    version: CHART_VERSION,
    id: newId('chart'),
    title,
    direction: 'TB',
    compact: false,
    nodes: [{ id: newId(), parentId: null, kind: 'root', title, responsibilities: [], metrics: [] }],
    links: [],
  };
}

export function createLibraryActions(_set: SetState, get: GetState, p: Persistence): LibraryActions {
  /** The library lists titles in the chart language; a taken one gets " (2)" in every language. */
  const uniqueTitle = (title: LocalText): LocalText => {
    const language = get().chartLanguage;
    const titles = new Set(selectLibrary(get()).map((c) => c.title));
    const shown = textIn(title, language);
    if (!titles.has(shown)) return title;
    let n = 2;
    while (titles.has(`${shown} (${n})`)) n++;
    const out: LocalText = {};
    for (const l of LOCALES) if (hasText(title[l])) out[l] = `${title[l]} (${n})`;
    return out;
  };

  /** The latest document of a chart: on screen, switched away from in this tab, or stored. */
  const documentOf = async (id: string): Promise<ChartDoc | null> => {
    if (get().chart.id === id) return get().chart;
    const session = p.sessions.get(id);
    if (session) return session.chart;
    const read = await p.read(id);
    return read.ok ? read.chart : null;
  };

  const taken = (id: string) => selectLibrary(get()).some((c) => c.id === id) || p.sessions.has(id);

  return {
    newChart: async (from) => {
      const { chartLanguage } = get();
      let base: ChartDoc;
      try {
        base = from === 'blank' ? blankChart(chartLanguage) : await loadTemplate(from);
      } catch {
        get().notify({ id: 'template', tone: 'error', key: 'templateFailed' });
        return;
      }
      p.open({ ...base, id: newId('chart'), title: uniqueTitle(base.title), updatedAt: Date.now() }, null);
    },
    switchChart: async (id) => {
      if (id === get().chart.id) return;
      const session = p.sessions.get(id);
      if (session) return p.open(session.chart, null);
      const read = await p.read(id);
      if (read.ok) return p.open(read.chart, read.revision);
      get().notify(readFailureNotice(id, read));
    },
    duplicateChart: async (id) => {
      const source = await documentOf(id);
      if (!source) return;
      p.open(
        { ...source, id: newId('chart'), title: uniqueTitle(source.title), updatedAt: Date.now() },
        null,
      );
    },
    deleteChart: async (id) => {
      await p.remove(id);
      if (id !== get().chart.id) return;
      const next = selectLibrary(get()).find((c) => c.id !== id);
      if (next) await get().switchChart(next.id);
      if (get().chart.id === id) {
        p.open({ ...(await loadTemplate('default')), id: newId('chart') }, null);
      }
      p.forget(id);
      await p.refreshLibrary();
    },
    renameChartById: async (id, typed) => {
      const trimmed = typed.trim().slice(0, 200);
      if (!trimmed) return;
      if (id === get().chart.id) return get().renameChart(trimmed);
      const source = await documentOf(id);
      if (!source) return;
      const session = p.sessions.get(id);
      const title = withText(source.title, get().chartLanguage, trimmed);
      p.sessions.set(id, { past: [], future: [], ...session, chart: { ...source, title } });
      p.publishLibrary();
      p.markDirty(id);
    },
    resetToTemplate: async () => {
      const { chart } = get();
      const fresh = await loadTemplate(isTemplateId(chart.template) ? chart.template : 'default');
      get().commit({ ...fresh, id: chart.id, title: chart.title });
    },
    importAsNewChart: (text) => get().openImported(importChart(text)),
    openImported: (result) => {
      if (!result.ok) {
        get().notify({ id: 'import', tone: 'error', ...importErrorNotice(result.error) });
        return false;
      }
      const chart = get().importedChartOf(result.chart);
      p.open(chart, null);
      const title = textIn(chart.title, get().chartLanguage);
      // What was repaired or left out is said, not done silently.
      // (An upgrade from an older format version is routine, not a repair.)
      const repairs = result.warnings.filter((w) => !w.startsWith('Upgraded the chart'));
      if (repairs.length > 0) get().notify(repairNotice(title, repairs));
      else get().notify({ id: 'import', tone: 'info', key: 'importedAsNew', params: { title } });
      return true;
    },
    importedChartOf: (imported) => {
      // Same id as a chart already here (last week's export of it): a new chart, never an overwrite.
      const id = taken(imported.id) ? newId('chart') : imported.id;
      const title = uniqueTitle(imported.title);
      return id === imported.id && title === imported.title ? imported : { ...imported, id, title };
    },
    keepBothAsCopy: () => {
      const mine = get().chart;
      p.open({ ...mine, id: newId('chart'), title: uniqueTitle(mine.title), updatedAt: Date.now() }, null);
    },
  };
}
