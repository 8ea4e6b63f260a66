import { importChart } from '../model/import-chart';
import { newId } from '../model/ids';
import { CHART_VERSION, LOCALES, type ChartDoc, type Locale } from '../model/schema';
import { hasText, localText, textIn, withText, type LocalText } from '../model/local-text';
import { isTemplateId, loadTemplate, templateChart, type TemplateId } from '../model/templates';
import { autosaveControls } from './autosave';
import type { GetState, SetState } from './store';
import type { ChartMeta } from './types';

export type LibraryActions = {
  newChart: (from: TemplateId | 'blank') => Promise<void>;
  switchChart: (id: string) => void;
  duplicateChart: (id: string) => void;
  deleteChart: (id: string) => void;
  renameChartById: (id: string, title: string) => void;
  resetToTemplate: () => Promise<void>;
  /** Adds an imported document as a new chart; the current chart is never replaced. */
  importAsNewChart: (text: string) => boolean;
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

export function createLibraryActions(set: SetState, get: GetState): LibraryActions {
  // Documents opened in this session, so switching back is instant and works without storage.
  const shelf = new Map<string, ChartDoc>();

  const open = (chart: ChartDoc, meta?: Partial<ChartMeta>) => {
    const current = get().chart;
    shelf.set(current.id, current);
    autosaveControls.flush();
    get().load(chart, meta);
  };

  /** The library lists titles in the chart language; a taken one gets " (2)" in every language. */
  const uniqueTitle = (title: LocalText): LocalText => {
    const titles = new Set(get().charts.map((c) => c.title));
    const shown = textIn(title, get().chartLanguage);
    if (!titles.has(shown)) return title;
    let n = 2;
    while (titles.has(`${shown} (${n})`)) n++;
    const out: LocalText = {};
    for (const language of LOCALES) if (hasText(title[language])) out[language] = `${title[language]} (${n})`;
    return out;
  };

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
      const chart = { ...base, id: newId('chart'), title: uniqueTitle(base.title), updatedAt: Date.now() };
      open(chart, from !== 'blank' ? { template: from } : {});
    },
    switchChart: (id) => {
      if (id === get().chart.id) return;
      const chart = shelf.get(id) ?? autosaveControls.readChart(id);
      if (chart) open(chart);
    },
    duplicateChart: (id) => {
      const source = id === get().chart.id ? get().chart : (shelf.get(id) ?? autosaveControls.readChart(id));
      if (!source) return;
      open({ ...source, id: newId('chart'), title: uniqueTitle(source.title), updatedAt: Date.now() });
    },
    deleteChart: (id) => {
      const { charts, chart } = get();
      const rest = charts.filter((c) => c.id !== id);
      shelf.delete(id);
      autosaveControls.removeChart(id);
      if (id !== chart.id) return set({ charts: rest });
      set({ charts: rest });
      const next = rest[0] ? (shelf.get(rest[0].id) ?? autosaveControls.readChart(rest[0].id)) : null;
      get().load(
        next ?? { ...templateChart('default'), id: newId('chart') },
        next ? {} : { template: 'default' },
      );
    },
    renameChartById: (id, title) => {
      const trimmed = title.trim().slice(0, 200);
      if (!trimmed) return;
      if (id === get().chart.id) return get().renameChart(trimmed);
      const stored = shelf.get(id) ?? autosaveControls.readChart(id);
      if (stored) shelf.set(id, { ...stored, title: withText(stored.title, get().chartLanguage, trimmed) });
      set((s) => ({ charts: s.charts.map((c) => (c.id === id ? { ...c, title: trimmed } : c)) }));
    },
    resetToTemplate: async () => {
      const { chart } = get();
      const fresh = await loadTemplate(isTemplateId(chart.template) ? chart.template : 'default');
      get().commit({ ...fresh, id: chart.id, title: chart.title });
    },
    importAsNewChart: (text) => {
      const result = importChart(text);
      if (!result.ok) {
        get().notify({
          id: 'import',
          tone: 'error',
          key: 'importFailed',
          params: { message: result.error.message },
        });
        return false;
      }
      const taken = get().charts.some((c) => c.id === result.chart.id);
      const chart = {
        ...result.chart,
        id: taken ? newId('chart') : result.chart.id,
        title: uniqueTitle(result.chart.title),
      };
      open(chart);
      const title = textIn(chart.title, get().chartLanguage);
      get().notify({ id: 'import', tone: 'info', key: 'importedAsNew', params: { title } });
      return true;
    },
  };
}
