import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importChart } from '../../../src/model/import-chart';
import { localizeChart } from '../../../src/model/localize-chart';
import {
  LOCALES,
  chartDocSchema,
  type Chart,
  type ChartDoc,
  type ChartNode,
  type Locale,
} from '../../../src/model/schema';
import {
  TEMPLATE_IDS,
  isTemplateId,
  loadTemplate,
  startingChart,
  templateChart,
  type TemplateId,
} from '../../../src/model/templates';
import type { LocalText } from '../../../src/model/local-text';

// import.meta.dirname, not new URL(): under jsdom URL is jsdom's, which fileURLToPath rejects.
const TEMPLATE_DIR = join(import.meta.dirname, '../../../src/model/templates');
const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

/** Read as text and go through the app's only way in, as a file or stored chart would. */
function loadDoc(id: TemplateId): ChartDoc {
  const result = importChart(readFileSync(join(TEMPLATE_DIR, `${id}.json`), 'utf8'));
  if (!result.ok) throw new Error(`${id}: ${result.error.message}`);
  expect(result.warnings).toEqual([]);
  return result.chart;
}

/** One bilingual template, as the chart shows it in `locale`. */
const load = (id: TemplateId, locale: Locale): Chart => localizeChart(loadDoc(id), locale);

/** Every LocalText of a document (chart title, node texts, list items, link labels). */
function texts(doc: ChartDoc): [string, LocalText][] {
  const out: [string, LocalText][] = [['chart title', doc.title]];
  for (const n of doc.nodes) {
    for (const field of ['title', 'subtitle', 'goal', 'description'] as const) {
      const text = n[field];
      if (text) out.push([`${n.id}.${field}`, text]);
    }
    n.responsibilities.forEach((t, i) => out.push([`${n.id}.responsibilities[${i}]`, t]));
    n.metrics.forEach((t, i) => out.push([`${n.id}.metrics[${i}]`, t]));
  }
  for (const l of doc.links) if (l.label) out.push([`${l.id}.label`, l.label]);
  return out;
}

// English may name a Chinese account type or book in brackets after its English name.
const GLOSS = /[（(]《?[\u3400-\u9fff]+》?[)）]/g;
const englishWithoutGlosses = (text: string) => text.replace(GLOSS, '');

const functions = (chart: Chart) => chart.nodes.filter((n) => n.kind === 'function');
const byId = (chart: Chart) => new Map(chart.nodes.map((n) => [n.id, n]));
const childIds = (chart: Chart, parentId: string) =>
  chart.nodes.filter((n) => n.parentId === parentId).map((n) => n.id);

// The 14 functions of the outline's default chart: id, parent, Chinese name, English name.
const OUTLINE_FUNCTIONS = [
  ['acq-channel', 'acquisition', '渠道/推广运营', 'Channel & promotion ops'],
  ['acq-campaign', 'acquisition', '活动运营', 'Campaign ops'],
  ['acq-content', 'acquisition', '内容运营', 'Content ops'],
  ['acq-product', 'acquisition', '产品运营', 'Product ops'],
  ['plat-campaign', 'platform-ops', '活动运营', 'Campaign ops'],
  ['plat-strategy', 'platform-ops', '策略运营', 'Strategy ops'],
  ['plat-category', 'platform-ops', '品类运营', 'Category ops'],
  ['plat-product', 'platform-ops', '产品运营', 'Product ops'],
  ['plat-membership', 'platform-ops', '会员运营', 'Membership ops'],
  ['user-ops-core', 'user-ops', '用户运营', 'User ops'],
  ['user-community', 'user-ops', '社区/社群运营', 'Community ops'],
  ['user-new-media', 'user-ops', '新媒体运营', 'New-media ops'],
  ['merchant-ops', 'supply-side', '商家运营', 'Merchant ops'],
  ['ads-ops', 'supply-side', '商业化运营', 'Ads & monetisation ops'],
] as const;

describe('template files', () => {
  it('are exactly one bilingual file per template', () => {
    expect(readdirSync(TEMPLATE_DIR).sort()).toEqual(TEMPLATE_IDS.map((id) => `${id}.json`).sort());
  });

  describe.each(TEMPLATE_IDS)('%s', (id) => {
    const doc = loadDoc(id);
    const zh = load(id, 'zh-CN');
    const en = load(id, 'en');

    it('declares its template and id', () => {
      expect(doc).toMatchObject({ id, template: id, direction: 'TB', compact: true, version: 2 });
    });

    it('holds every text in both languages: Chinese in zh-CN, no Chinese in en but glosses', () => {
      for (const [where, text] of texts(doc)) {
        expect(text['zh-CN']?.trim(), where).toBeTruthy();
        expect(text.en?.trim(), where).toBeTruthy();
        expect(englishWithoutGlosses(text.en ?? ''), where).not.toMatch(CJK);
      }
      for (const node of doc.nodes) expect(node.title['zh-CN'], node.id).toMatch(CJK);
    });

    it('falls back nowhere, in either language', () => {
      for (const chart of [zh, en]) {
        expect(chart.titleFellBack).toBeUndefined();
        for (const node of chart.nodes) expect(node.fallbacks, node.id).toBeUndefined();
      }
    });

    it('translates every list item for item, and keeps English free of Chinese', () => {
      const enNodes = byId(en);
      for (const node of zh.nodes) {
        const other = enNodes.get(node.id) as ChartNode;
        expect(other.responsibilities.length, node.id).toBe(node.responsibilities.length);
        expect(other.metrics.length, node.id).toBe(node.metrics.length);
        const english = [
          other.title,
          other.goal ?? '',
          other.description ?? '',
          ...other.responsibilities,
          ...other.metrics,
        ];
        for (const text of english) expect(englishWithoutGlosses(text), node.id).not.toMatch(CJK);
      }
      expect(en.title).not.toMatch(CJK);
    });

    it('describes every node, and gives chains and sides a goal', () => {
      for (const chart of [zh, en]) {
        for (const node of chart.nodes) {
          expect(node.description?.length ?? 0, node.id).toBeGreaterThan(0);
          if (node.kind === 'chain' || node.kind === 'side')
            expect(node.goal?.length ?? 0, node.id).toBeGreaterThan(0);
        }
      }
    });

    it('gives every function 1–5 responsibilities and metric chips short enough for a card', () => {
      for (const chart of [zh, en]) {
        const limit = chart.locale === 'en' ? 24 : 12;
        for (const node of functions(chart)) {
          expect(node.responsibilities.length, node.id).toBeGreaterThanOrEqual(1);
          expect(node.responsibilities.length, node.id).toBeLessThanOrEqual(5);
          if (id !== 'getting-started') expect(node.metrics.length, node.id).toBeGreaterThanOrEqual(1);
          for (const metric of node.metrics)
            expect(metric.length, `${node.id}: ${metric}`).toBeLessThanOrEqual(limit);
        }
      }
    });
  });
});

describe('default template', () => {
  const zh = load('default', 'zh-CN');
  const en = load('default', 'en');

  it('has the 21 nodes and 14 functions of the outline', () => {
    expect(zh.nodes).toHaveLength(21);
    expect(functions(zh)).toHaveLength(14);
    expect(childIds(zh, 'root')).toEqual(['acquisition', 'maintenance']);
    expect(childIds(zh, 'maintenance')).toEqual(['platform-side', 'supply-side']);
    expect(childIds(zh, 'platform-side')).toEqual(['platform-ops', 'user-ops']);
    const kinds = Object.fromEntries(zh.nodes.map((n) => [n.id, n.kind]));
    expect(kinds).toMatchObject({ root: 'root', acquisition: 'chain', maintenance: 'chain' });
    expect(kinds).toMatchObject({
      'platform-side': 'side',
      'supply-side': 'side',
      'platform-ops': 'group',
      'user-ops': 'group',
    });
    expect(byId(zh).get('acquisition')?.goal).toBe('拉新');
  });

  it.each(OUTLINE_FUNCTIONS)('names %s: %s → %s / %s', (id, parentId, zhName, enName) => {
    expect(byId(zh).get(id)).toMatchObject({ kind: 'function', parentId, title: zhName });
    expect(byId(en).get(id)).toMatchObject({ kind: 'function', parentId, title: enName });
  });

  it('keeps repeated names as distinct nodes told apart by their descriptions', () => {
    for (const name of ['活动运营', '产品运营', '用户运营']) {
      const nodes = zh.nodes.filter((n) => n.title === name);
      expect(nodes.length, name).toBeGreaterThan(1);
      expect(new Set(nodes.map((n) => n.id)).size, name).toBe(nodes.length);
      expect(new Set(nodes.map((n) => n.description)).size, name).toBe(nodes.length);
    }
  });

  it('carries the outline metrics', () => {
    const metrics = (id: string) => byId(zh).get(id)?.metrics;
    expect(metrics('acq-channel')).toEqual(
      expect.arrayContaining(['下载量', '装机量', '活跃用户数', '市场份额']),
    );
    expect(metrics('plat-category')).toEqual(expect.arrayContaining(['品类规模', 'GMV']));
    expect(metrics('plat-membership')).toEqual(
      expect.arrayContaining(['会员数', '会员留存率', '付费会员数', '转化率']),
    );
    expect(metrics('merchant-ops')).toContain('GMV');
    expect(metrics('ads-ops')).toEqual(expect.arrayContaining(['广告收入', '投放转化率']));
  });

  it('links merchant ops with ads ops, which one team often holds', () => {
    const link = { id: 'link-merchant-ads', source: 'merchant-ops', target: 'ads-ops', kind: 'works-with' };
    expect(zh.links).toEqual([{ ...link, label: '常由同一团队负责' }]);
    expect(en.links).toEqual([{ ...link, label: 'often one team' }]);
  });
});

describe('templateChart / loadTemplate', () => {
  it.each(TEMPLATE_IDS)('serves %s', async (id) => {
    const chart = await loadTemplate(id);
    expect(chart).toEqual(loadDoc(id));
    if (id === 'default') expect(templateChart(id)).toEqual(chart);
  });

  it('hands out copies that callers may mutate', async () => {
    await loadTemplate('default');
    const first = templateChart('default');
    first.nodes[0]!.title = { en: 'changed' };
    first.nodes[1]!.metrics.push({ en: 'changed' });
    first.nodes.pop();
    const second = templateChart('default');
    expect(second.nodes).toHaveLength(21);
    expect(second.nodes[0]!.title['zh-CN']).toBe('电商平台运营');
    expect(second.nodes[1]!.metrics).not.toContainEqual({ en: 'changed' });
  });
});

describe('startingChart', () => {
  it('is a valid stored document of one card, the app name in both languages', () => {
    const chart = chartDocSchema.parse(startingChart());
    expect(chart.nodes).toHaveLength(1);
    expect(chart.title).toEqual({ 'zh-CN': '运营分工图', en: 'OpsChart' });
  });
});

describe('mends from a reading against the outline', () => {
  const zh = load('default', 'zh-CN');
  const en = load('default', 'en');
  const node = (chart: Chart, id: string) => byId(chart).get(id) as ChartNode;
  const allText = (n: ChartNode) =>
    [n.title, n.subtitle, n.goal, n.description, ...n.responsibilities, ...n.metrics].join(' ');

  it('glosses ASO as app-store optimisation, not only SEO', () => {
    expect(allText(node(zh, 'acq-channel'))).toContain('应用商店优化（ASO）');
    expect(allText(node(zh, 'acq-channel'))).toContain('搜索引擎优化（SEO）');
    expect(allText(node(en, 'acq-channel'))).toMatch(/app-store optimisation/);
  });

  it('asks for enough high-quality supply', () => {
    expect(node(en, 'supply-side').goal).toBe('Enough high-quality supply when demand comes');
  });

  it('calls 企鹅号 "Penguin accounts (企鹅号)"', () => {
    expect(allText(node(en, 'user-new-media'))).toContain('Penguin accounts (企鹅号)');
    expect(JSON.stringify(loadDoc('default'))).not.toContain("Tencent's Penguin");
  });

  it('names both books on the Books card, in both languages', () => {
    const books = (locale: Locale) => node(load('getting-started', locale), 'gs-books').description ?? '';
    for (const locale of LOCALES) {
      expect(books(locale), locale).toContain('运营之光');
      expect(books(locale), locale).toContain('从零开始做运营');
    }
    expect(books('en')).toMatch(/Huang Youcan.*Zhang Liang/);
  });

  it('defines operations (§一) in the root description', () => {
    expect(node(zh, 'root').description).toMatch(/^运营，是帮助产品与用户建立联系、维持关系的一切策略/);
    expect(node(en, 'root').description).toMatch(
      /^Operations is every strategy that helps a product build and keep a relationship with its users/,
    );
  });

  it.each(TEMPLATE_IDS)('%s spells English the British way, as the interface does ("Colour")', (id) => {
    const english = texts(loadDoc(id))
      .map(([, t]) => t.en ?? '')
      .join(' ');
    // -ize/-ization words, except the few that are -ize in British English too.
    expect(english).not.toMatch(/\b(?!(?:size|prize|seize)\b)\w+iz(?:e|es|ed|ing|ation|ations)\b/i);
    expect(english).not.toMatch(/\b(?:program|color|behavior|center)s?\b/i);
  });

  it('recognises template ids', () => {
    expect(TEMPLATE_IDS.every(isTemplateId)).toBe(true);
    expect(isTemplateId('nope')).toBe(false);
    expect(isTemplateId(undefined)).toBe(false);
  });
});
