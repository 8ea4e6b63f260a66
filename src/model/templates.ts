import { chartDocSchema, type ChartDoc } from './schema';

export const TEMPLATE_IDS = ['default', 'shop-path', 'getting-started'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

// Every template, the default chart too, is fetched from the app's own files when first needed
// (initial JS budget): a returning user opens a stored chart and never loads the default one.
// Each is one bilingual document: the chart language picks what shows.
const LOADERS: Record<TemplateId, () => Promise<{ default: unknown }>> = {
  default: () => import('./templates/default.json'),
  'shop-path': () => import('./templates/shop-path.json'),
  'getting-started': () => import('./templates/getting-started.json'),
};

// Parsed on first use, not at module load, so a start-up that shows one template validates one.
const parsed = new Map<string, ChartDoc>();
const sources = new Map<TemplateId, unknown>();

export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && (TEMPLATE_IDS as readonly string[]).includes(value);
}

function parsedCopy(key: string, source: () => unknown): ChartDoc {
  let chart = parsed.get(key);
  if (!chart) {
    chart = chartDocSchema.parse(source());
    parsed.set(key, chart);
  }
  return structuredClone(chart);
}

/**
 * A fresh copy of the default chart, once `loadTemplate('default')` has fetched it; callers may
 * mutate it without touching the shared original.
 */
export function templateChart(id: 'default'): ChartDoc {
  if (!sources.has(id))
    throw new Error('The default chart is not loaded: await loadTemplate("default") first.');
  return parsedCopy(id, () => sources.get(id));
}

/** A fresh copy of any built-in chart. */
export async function loadTemplate(id: TemplateId): Promise<ChartDoc> {
  if (!sources.has(id)) sources.set(id, (await LOADERS[id]()).default);
  return parsedCopy(id, () => sources.get(id));
}

/**
 * What the app holds before storage has answered: one card with the app's name. It is on
 * screen only when storage does not answer at all; otherwise a stored chart or the default
 * template replaces it before the first paint.
 */
export function startingChart(): ChartDoc {
  const name = { 'zh-CN': '运营分工图', en: 'OpsChart' };
  return {
    format: 'opschart',
    version: 2,
    id: 'starting',
    title: name,
    direction: 'TB',
    compact: false,
    nodes: [{ id: 'root', parentId: null, kind: 'root', title: name, responsibilities: [], metrics: [] }],
    links: [],
  };
}
