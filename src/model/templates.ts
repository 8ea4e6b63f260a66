import { chartDocSchema, type ChartDoc } from './schema';
import defaultChart from './templates/default.json';

export const TEMPLATE_IDS = ['default', 'shop-path', 'getting-started'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

// The default chart is shown at first paint, so it is bundled; the other templates are
// fetched from the app's own files when a user first asks for one (initial JS budget).
// Each is one bilingual document: the chart language picks what shows.
const LOADERS: Record<Exclude<TemplateId, 'default'>, () => Promise<{ default: unknown }>> = {
  'shop-path': () => import('./templates/shop-path.json'),
  'getting-started': () => import('./templates/getting-started.json'),
};

// Parsed on first use, not at module load, so a start-up that shows one template validates one.
const parsed = new Map<string, ChartDoc>();

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

/** A fresh copy of the default chart; callers may mutate it without touching the shared original. */
export function templateChart(id: 'default'): ChartDoc {
  return parsedCopy(id, () => defaultChart);
}

/** A fresh copy of any built-in chart. */
export async function loadTemplate(id: TemplateId): Promise<ChartDoc> {
  if (id === 'default') return templateChart(id);
  if (!parsed.has(id)) {
    const source = (await LOADERS[id]()).default;
    return parsedCopy(id, () => source);
  }
  return parsedCopy(id, () => undefined);
}
