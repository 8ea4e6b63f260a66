import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bilingualRows, chartToRows } from '../../../src/export/sheet-export';
import { detectMapping, fieldOfHeader } from '../../../src/export/sheet-fields';
import { rowsToChart } from '../../../src/export/sheet-rows';
import { parseDelimited, writeDelimited } from '../../../src/export/sheet-text';
import { importChart } from '../../../src/model/import-chart';
import { hasText } from '../../../src/model/local-text';
import { localizeChart } from '../../../src/model/localize-chart';
import type { ChartDoc, DocNode, Locale } from '../../../src/model/schema';
import { templateChart } from '../../../src/model/templates';
import { chartArb } from '../model/chart-arbitraries';

/** CSV text → stored document, through detection, placement and importChart, as the app does. */
function read(csv: string, locale: Locale = 'zh-CN'): ChartDoc {
  const rows = parseDelimited(csv);
  const { mapping } = detectMapping(rows[0] ?? []);
  const built = rowsToChart(rows, mapping, { title: 'T', locale, chartId: 'c' });
  if (!built.ok) throw new Error(built.reason);
  if (built.problems.length > 0) throw new Error(JSON.stringify(built.problems));
  const imported = importChart(JSON.stringify(built.document));
  if (!imported.ok) throw new Error(imported.error.message);
  return imported.chart;
}

describe('headers naming a language', () => {
  it.each([
    ['名称', 'name'],
    ['Title (en)', 'name@en'],
    ['Title (EN)', 'name@en'],
    ['名称（英文）', 'name@en'],
    ['英文名称', 'name@en'],
    ['name (English)', 'name@en'],
    ['名称 (zh-CN)', 'name@zh-CN'],
    ['中文名称', 'name@zh-CN'],
    ['description_zh', 'description@zh-CN'],
    ['职责（英文）', 'responsibilities@en'],
    ['KPI (en)', 'metrics@en'],
    ['副标题 (Chinese)', 'subtitle@zh-CN'],
    // Only text takes a language; a tagged owner or id is nothing known.
    ['负责人（英文）', 'ignore'],
    ['id (en)', 'ignore'],
    ['上级', 'parent'],
  ])('%s → %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });
});

describe('a sheet in both languages', () => {
  const csv = [
    '名称,Title (en),上级,职责,Responsibilities (en)',
    '运营,Operations,,a；b,A',
    '会员运营,,运营,c,',
  ].join('\n');

  it('puts each column in its language; an untranslated cell stays untranslated', () => {
    const doc = read(csv);
    const [root, member] = doc.nodes;
    expect(root!.title).toEqual({ 'zh-CN': '运营', en: 'Operations' });
    expect(root!.responsibilities).toEqual([{ 'zh-CN': 'a', en: 'A' }, { 'zh-CN': 'b' }]);
    expect(member!.title).toEqual({ 'zh-CN': '会员运营' });
    expect(member!.parentId).toBe(root!.id);
    expect(localizeChart(doc, 'en').nodes[1]!.fallbacks).toEqual(['title', 'responsibilities']);
  });

  it('an unnamed column is the chart language, or the other one when a named column has that', () => {
    // Imported in English: "名称" would be English, but "Title (en)" is; so 名称 is Chinese.
    expect(read(csv, 'en').nodes[0]!.title).toEqual({ 'zh-CN': '运营', en: 'Operations' });
    // A one-language sheet is read as before: everything in the chart language.
    expect(read('名称,上级\nOps,\n', 'en').nodes[0]!.title).toEqual({ en: 'Ops' });
  });

  it('a row named only in the other language is placed by that name', () => {
    const doc = read(['名称,Title (en),上级', '运营,Operations,', ',Growth,运营'].join('\n'));
    expect(doc.nodes[1]!.title).toEqual({ en: 'Growth' });
    expect(doc.nodes[1]!.parentId).toBe(doc.nodes[0]!.id);
  });
});

/**
 * What a sheet can carry of a document: single-line, non-blank list items; blank texts are
 * no text. The writers keep everything else exactly.
 */
function sheetFormDoc(doc: ChartDoc): ChartDoc {
  const text = (t: Record<string, string | undefined> | undefined) => {
    if (!t) return undefined;
    const out = Object.fromEntries(Object.entries(t).filter(([, v]) => hasText(v)));
    return Object.keys(out).length ? out : undefined;
  };
  const list = (items: DocNode['metrics']) =>
    items
      .map((i) =>
        Object.fromEntries(
          Object.entries(i)
            .map(([k, v]) => [k, v?.replace(/[\r\n]+/g, ' ').trim()])
            .filter(([, v]) => v),
        ),
      )
      .filter((i) => Object.keys(i).length > 0);
  const nodes = doc.nodes.map((n) => {
    const out: DocNode = {
      ...n,
      subtitle: text(n.subtitle),
      goal: text(n.goal),
      description: text(n.description),
      notes: n.notes || undefined,
      owner: n.owner?.trim() || undefined,
      responsibilities: list(n.responsibilities),
      metrics: list(n.metrics),
      collapsed: n.collapsed || undefined,
    };
    for (const key of Object.keys(out) as (keyof DocNode)[]) if (out[key] === undefined) delete out[key];
    return out;
  });
  return { ...doc, nodes, links: [] };
}

/** Each language's text of every node (list items by language: a sheet pairs them by position). */
const perLanguage = (doc: ChartDoc) =>
  doc.nodes.map((n) => ({
    ...n,
    responsibilities: (['zh-CN', 'en'] as const).map((l) => n.responsibilities.flatMap((i) => i[l] ?? [])),
    metrics: (['zh-CN', 'en'] as const).map((l) => n.metrics.flatMap((i) => i[l] ?? [])),
  }));

describe('chart → bilingual CSV → chart', () => {
  it.each(['zh-CN', 'en'] as const)(
    'keeps both languages of every text (headers in %s)',
    (locale) => {
      fc.assert(
        fc.property(chartArb(20), (generated) => {
          const doc = sheetFormDoc(generated);
          const csv = writeDelimited(bilingualRows(doc, locale));
          const back = read(csv, locale);
          expect(perLanguage(back)).toEqual(perLanguage(doc));
        }),
        { numRuns: 60 },
      );
    },
    30_000,
  );

  it('the default chart: headers in both languages, readable back', () => {
    const doc = templateChart('default');
    const rows = bilingualRows(doc, 'zh-CN');
    expect(rows[0]!.slice(0, 5)).toEqual(['编号', '上级编号', '类型', '名称（中文）', '名称（英文）']);
    const membership = rows.find((r) => r[0] === 'plat-membership')!;
    expect(membership.slice(3, 5)).toEqual(['会员运营', 'Membership ops']);
    expect(perLanguage(read(writeDelimited(rows)))).toEqual(perLanguage(sheetFormDoc({ ...doc, links: [] })));
    // The one-language sheet is unchanged: one name column in the chart language.
    expect(chartToRows(localizeChart(doc, 'en'), 'en')[0]!.slice(0, 4)).toEqual([
      'id',
      'parent id',
      'kind',
      'name',
    ]);
  });
});
