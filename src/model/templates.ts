import { chartSchema, type Chart, type Locale } from './schema';
import defaultEn from './templates/default.en.json';
import defaultZh from './templates/default.zh-CN.json';
import gettingStartedEn from './templates/getting-started.en.json';
import gettingStartedZh from './templates/getting-started.zh-CN.json';
import shopPathEn from './templates/shop-path.en.json';
import shopPathZh from './templates/shop-path.zh-CN.json';

export const TEMPLATE_IDS = ['default', 'shop-path', 'getting-started'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

// Static imports keep templateChart synchronous: the default chart must be there at first paint,
// and all six files together are a few tens of kB, less than a lazy chunk's round trip is worth.
const SOURCES: Record<TemplateId, Record<Locale, unknown>> = {
  default: { 'zh-CN': defaultZh, en: defaultEn },
  'shop-path': { 'zh-CN': shopPathZh, en: shopPathEn },
  'getting-started': { 'zh-CN': gettingStartedZh, en: gettingStartedEn },
};

const TITLES: Record<TemplateId, Record<Locale, string>> = {
  default: { 'zh-CN': defaultZh.title, en: defaultEn.title },
  'shop-path': { 'zh-CN': shopPathZh.title, en: shopPathEn.title },
  'getting-started': { 'zh-CN': gettingStartedZh.title, en: gettingStartedEn.title },
};

// Parsed on first use, not at module load, so a start-up that shows one template validates one.
const parsed = new Map<string, Chart>();

export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && (TEMPLATE_IDS as readonly string[]).includes(value);
}

/** A fresh copy of a built-in chart; callers may mutate it without touching the shared original. */
export function templateChart(id: TemplateId, locale: Locale): Chart {
  const key = `${id}/${locale}`;
  let chart = parsed.get(key);
  if (!chart) {
    chart = chartSchema.parse(SOURCES[id][locale]);
    parsed.set(key, chart);
  }
  return structuredClone(chart);
}

export function templateTitle(id: TemplateId, locale: Locale): string {
  return TITLES[id][locale];
}
