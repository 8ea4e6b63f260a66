import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importChart } from '../../../src/model/import-chart';
import { LOCALES, type Chart, type ChartNode, type Locale } from '../../../src/model/schema';
import {
  TEMPLATE_IDS,
  isTemplateId,
  loadTemplate,
  templateChart,
  templateTitle,
  type TemplateId,
} from '../../../src/model/templates';

// import.meta.dirname, not new URL(): under jsdom URL is jsdom's, which fileURLToPath rejects.
const TEMPLATE_DIR = join(import.meta.dirname, '../../../src/model/templates');
const CJK = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

/** Read as text and go through the app's only way in, as a file or stored chart would. */
function load(id: TemplateId, locale: Locale): Chart {
  const result = importChart(readFileSync(join(TEMPLATE_DIR, `${id}.${locale}.json`), 'utf8'));
  if (!result.ok) throw new Error(`${id}.${locale}: ${result.error.message}`);
  expect(result.warnings).toEqual([]);
  return result.chart;
}

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
  ['ads-ops', 'supply-side', '商业化运营', 'Ads & monetization ops'],
] as const;

describe('template files', () => {
  it('are exactly one file per template and locale', () => {
    const expected = TEMPLATE_IDS.flatMap((id) => LOCALES.map((locale) => `${id}.${locale}.json`));
    expect(readdirSync(TEMPLATE_DIR).sort()).toEqual([...expected].sort());
  });

  describe.each(TEMPLATE_IDS)('%s', (id) => {
    const zh = load(id, 'zh-CN');
    const en = load(id, 'en');

    it('declares its locale, template and id', () => {
      for (const [chart, locale] of [
        [zh, 'zh-CN'],
        [en, 'en'],
      ] as const) {
        expect(chart).toMatchObject({
          id: `${id}-${locale}`,
          locale,
          template: id,
          direction: 'TB',
          compact: true,
        });
      }
    });

    it('has the same tree shape and links in both languages', () => {
      const shape = (chart: Chart) => chart.nodes.map(({ id, parentId, kind }) => ({ id, parentId, kind }));
      expect(shape(en)).toEqual(shape(zh));
      const links = (chart: Chart) =>
        chart.links.map(({ id, source, target, kind }) => ({ id, source, target, kind }));
      expect(links(en)).toEqual(links(zh));
    });

    it('pairs the names: zh subtitle is the en title and the other way round', () => {
      const enNodes = byId(en);
      for (const node of zh.nodes) {
        const other = enNodes.get(node.id);
        expect(node.subtitle, node.id).toBe(other?.title);
        expect(other?.subtitle, node.id).toBe(node.title);
        expect(node.title, node.id).toMatch(CJK);
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
        for (const text of english) expect(text, node.id).not.toMatch(CJK);
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
    expect(byId(zh).get(id)).toMatchObject({ kind: 'function', parentId, title: zhName, subtitle: enName });
    expect(byId(en).get(id)).toMatchObject({ kind: 'function', parentId, title: enName, subtitle: zhName });
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

describe('templateChart / loadTemplate / templateTitle', () => {
  it.each(TEMPLATE_IDS.flatMap((id) => LOCALES.map((locale) => [id, locale] as const)))(
    'serves %s in %s',
    async (id, locale) => {
      const chart = await loadTemplate(id, locale);
      expect(chart).toEqual(load(id, locale));
      expect(await templateTitle(id, locale)).toBe(chart.title);
      if (id === 'default') expect(templateChart(id, locale)).toEqual(chart);
    },
  );

  it('hands out copies that callers may mutate', () => {
    const first = templateChart('default', 'zh-CN');
    first.nodes[0]!.title = 'changed';
    first.nodes[1]!.metrics.push('changed');
    first.nodes.pop();
    const second = templateChart('default', 'zh-CN');
    expect(second.nodes).toHaveLength(21);
    expect(second.nodes[0]!.title).toBe('电商平台运营');
    expect(second.nodes[1]!.metrics).not.toContain('changed');
  });

  it('recognises template ids', () => {
    expect(TEMPLATE_IDS.every(isTemplateId)).toBe(true);
    expect(isTemplateId('nope')).toBe(false);
    expect(isTemplateId(undefined)).toBe(false);
  });
});
