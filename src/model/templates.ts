import { chartSchema, type Chart, type Locale } from './schema';
import defaultEn from './templates/default.en.json';
import defaultZh from './templates/default.zh-CN.json';

export const TEMPLATE_IDS = ['default', 'shop-path', 'getting-started'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

// The default chart is shown at first paint, so it is bundled; the other templates are
// fetched from the app's own files when a user first asks for one (initial JS budget).
const DEFAULTS: Record<Locale, unknown> = { 'zh-CN': defaultZh, en: defaultEn };
const LOADERS: Record<Exclude<TemplateId, 'default'>, Record<Locale, () => Promise<{ default: unknown }>>> = {
  'shop-path': {
    'zh-CN': () => import('./templates/shop-path.zh-CN.json'),
    en: () => import('./templates/shop-path.en.json'),
  },
  'getting-started': {
    'zh-CN': () => import('./templates/getting-started.zh-CN.json'),
    en: () => import('./templates/getting-started.en.json'),
  },
};

// Parsed on first use, not at module load, so a start-up that shows one template validates one.
const parsed = new Map<string, Chart>();

export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && (TEMPLATE_IDS as readonly string[]).includes(value);
}

function parsedCopy(key: string, source: () => unknown): Chart {
  let chart = parsed.get(key);
  if (!chart) {
    chart = chartSchema.parse(source());
    parsed.set(key, chart);
  }
  return structuredClone(chart);
}

/** A fresh copy of the default chart; callers may mutate it without touching the shared original. */
export function templateChart(id: 'default', locale: Locale): Chart {
  return parsedCopy(`${id}/${locale}`, () => DEFAULTS[locale]);
}

/** A fresh copy of any built-in chart. */
export async function loadTemplate(id: TemplateId, locale: Locale): Promise<Chart> {
  if (id === 'default') return templateChart(id, locale);
  const key = `${id}/${locale}`;
  if (!parsed.has(key)) {
    const source = (await LOADERS[id][locale]()).default;
    return parsedCopy(key, () => source);
  }
  return parsedCopy(key, () => undefined);
}

/** The title of a built-in chart, for menus. */
export async function templateTitle(id: TemplateId, locale: Locale): Promise<string> {
  return (await loadTemplate(id, locale)).title;
}
