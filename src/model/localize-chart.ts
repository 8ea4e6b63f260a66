import { otherLanguage, pickText, type LocalField, type LocalText } from './local-text';
import {
  SHOWN_VERSION,
  type Chart,
  type ChartDoc,
  type ChartLink,
  type ChartNode,
  type DocLink,
  type DocNode,
  type Locale,
} from './schema';

/** `localizeChart` shows each text in one language; `bilingual` also puts the other language's title underneath. */
export type ShowMode = 'single' | 'bilingual';

type PerLanguage<T> = Partial<Record<string, T>>;
const cacheKey = (language: Locale, mode: ShowMode) => `${language}/${mode}`;

// Stored nodes are immutable, so a shown node stays valid for as long as its stored node lives:
// an edit makes one new stored node, so exactly one card gets a new object to draw.
const nodeCache = new WeakMap<DocNode, PerLanguage<ChartNode>>();
const chartCache = new WeakMap<ChartDoc, PerLanguage<Chart>>();
const linksCache = new WeakMap<readonly DocLink[], PerLanguage<ChartLink[]>>();

/** Links change rarely, so the shown list is kept per stored list. */
function showLinks(links: readonly DocLink[], language: Locale): ChartLink[] {
  let entry = linksCache.get(links);
  if (!entry) {
    entry = {};
    linksCache.set(links, entry);
  }
  let shown = entry[language];
  if (!shown) {
    shown = links.map(({ label, ...rest }) => {
      const text = pickText(label, language)?.text;
      return text === undefined ? rest : { ...rest, label: text };
    });
    entry[language] = shown;
  }
  return shown;
}

function showNode(node: DocNode, language: Locale, mode: ShowMode): ChartNode {
  const fallbacks: LocalField[] = [];
  const one = (field: LocalField, text: LocalText | undefined): string | undefined => {
    const picked = pickText(text, language);
    if (picked?.fellBack) fallbacks.push(field);
    return picked?.text;
  };
  const list = (field: LocalField, items: readonly LocalText[]): string[] => {
    let fell = false;
    const out: string[] = [];
    for (const item of items) {
      const picked = pickText(item, language);
      if (!picked) continue;
      fell ||= picked.fellBack;
      out.push(picked.text);
    }
    if (fell) fallbacks.push(field);
    return out;
  };
  const { title, subtitle, goal, description, responsibilities, metrics, ...rest } = node;
  const shown: ChartNode = { ...rest, title: one('title', title) ?? '', responsibilities: [], metrics: [] };
  let shownSubtitle = one('subtitle', subtitle);
  if (mode === 'bilingual') {
    // Title in one language, the other language's title underneath (where it has one).
    const other = title[otherLanguage(language)];
    if (other && other.trim() && other !== shown.title) shownSubtitle = other;
  }
  if (shownSubtitle !== undefined) shown.subtitle = shownSubtitle;
  const shownGoal = one('goal', goal);
  if (shownGoal !== undefined) shown.goal = shownGoal;
  const shownDescription = one('description', description);
  if (shownDescription !== undefined) shown.description = shownDescription;
  shown.responsibilities = list('responsibilities', responsibilities);
  shown.metrics = list('metrics', metrics);
  if (fallbacks.length > 0) shown.fallbacks = fallbacks;
  return shown;
}

/** One stored node as shown in `language`; the same object for the same stored node. */
export function localizeNode(node: DocNode, language: Locale, mode: ShowMode = 'single'): ChartNode {
  const key = cacheKey(language, mode);
  let entry = nodeCache.get(node);
  if (!entry) {
    entry = {};
    nodeCache.set(node, entry);
  }
  let shown = entry[key];
  if (!shown) {
    shown = showNode(node, language, mode);
    entry[key] = shown;
  }
  return shown;
}

/**
 * The stored bilingual document as shown in `language`: today's monolingual chart (plain
 * strings), each text falling back to the other language where it has no translation,
 * with `fallbacks` naming those fields. Pure and cached per stored node, so unchanged
 * nodes are the very same objects from one call to the next (layout and cards compare by
 * `===`), and calling it twice with the same document returns the same chart.
 */
export function localizeChart(doc: ChartDoc, language: Locale, mode: ShowMode = 'single'): Chart {
  const key = cacheKey(language, mode);
  let entry = chartCache.get(doc);
  if (!entry) {
    entry = {};
    chartCache.set(doc, entry);
  }
  const cached = entry[key];
  if (cached) return cached;
  const title = pickText(doc.title, language);
  const chart: Chart = {
    format: doc.format,
    version: SHOWN_VERSION,
    id: doc.id,
    title: title?.text ?? '',
    locale: language,
    direction: doc.direction,
    compact: doc.compact,
    ...(doc.template !== undefined ? { template: doc.template } : {}),
    ...(doc.updatedAt !== undefined ? { updatedAt: doc.updatedAt } : {}),
    nodes: doc.nodes.map((node) => localizeNode(node, language, mode)),
    links: showLinks(doc.links, language),
    ...(title?.fellBack ? { titleFellBack: true } : {}),
  };
  entry[key] = chart;
  return chart;
}
