import { describe, expect, it } from 'vitest';
import { MIGRATION_V1_V2 } from '../../../src/model/migrations';
import { chartDocSchema } from '../../../src/model/schema';
import zhV1 from './fixtures/default-chart.v1.zh-CN.json?raw';
import zhV2 from './fixtures/default-chart.v1.zh-CN.expected-v2.json?raw';
import enV1 from './fixtures/default-chart.v1.en.json?raw';
import enV2 from './fixtures/default-chart.v1.en.expected-v2.json?raw';

const up = (raw: unknown) => MIGRATION_V1_V2.up(raw as Record<string, unknown>);
const v1 = (node: Record<string, unknown>, locale = 'zh-CN') => ({
  format: 'opschart',
  version: 1,
  id: 'c',
  title: 'T',
  locale,
  nodes: [{ id: 'r', parentId: null, kind: 'root', responsibilities: [], metrics: [], ...node }],
});
const firstNode = (raw: unknown) => chartDocSchema.parse(up(raw)).nodes[0] as object;

describe('v1 → v2 migration', () => {
  it.each([
    ['zh-CN', zhV1, zhV2],
    ['en', enV1, enV2],
  ])('the v1 default chart (%s) matches the golden fixture', (_, before, after) => {
    expect(chartDocSchema.parse(up(JSON.parse(before)))).toEqual(JSON.parse(after));
  });

  it.each([
    // [chart language, title, subtitle, expected title, expected subtitle]
    ['zh-CN', '用户维护', 'User retention', { 'zh-CN': '用户维护', en: 'User retention' }, undefined],
    ['en', 'User retention', '用户维护', { en: 'User retention', 'zh-CN': '用户维护' }, undefined],
    ['zh-CN', '用户维护', '促活、留存', { 'zh-CN': '用户维护' }, { 'zh-CN': '促活、留存' }],
    ['en', 'User retention', 'Keep users', { en: 'User retention' }, { en: 'Keep users' }],
    // Latin words under a Latin title in a Chinese chart are a subtitle, not a translation.
    [
      'zh-CN',
      'SEO',
      'Search engine optimisation',
      { 'zh-CN': 'SEO' },
      { 'zh-CN': 'Search engine optimisation' },
    ],
    ['zh-CN', '增长', '2024', { 'zh-CN': '增长' }, { 'zh-CN': '2024' }],
  ])('%s chart: title %j with subtitle %j', (locale, title, subtitle, wantTitle, wantSubtitle) => {
    const node = firstNode(v1({ title, subtitle }, locale)) as Record<string, unknown>;
    expect(node.title).toEqual(wantTitle);
    expect(node.subtitle).toEqual(wantSubtitle);
  });

  it('puts every text and list item in the chart language and drops the chart language', () => {
    const doc = chartDocSchema.parse(
      up({
        ...v1(
          { title: 'A', goal: 'G', description: 'D', responsibilities: ['r1'], metrics: ['m1', 'm2'] },
          'en',
        ),
        title: 'Chart',
      }),
    );
    expect(doc).not.toHaveProperty('locale');
    expect(doc.title).toEqual({ en: 'Chart' });
    expect(doc.nodes[0]).toMatchObject({
      goal: { en: 'G' },
      description: { en: 'D' },
      responsibilities: [{ en: 'r1' }],
      metrics: [{ en: 'm1' }, { en: 'm2' }],
    });
  });

  it('a chart without a language was Chinese (the v1 default)', () => {
    expect(chartDocSchema.parse(up(v1({ title: '甲' }, undefined as unknown as string))).title).toEqual({
      'zh-CN': 'T',
    });
  });

  it('refuses a language it does not know instead of guessing', () => {
    expect(() => up(v1({ title: 'A' }, 'fr'))).toThrow(/fr/);
  });

  it('leaves garbage for the schema to report', () => {
    expect(up({ version: 1, title: 5, nodes: [3, null, { title: 7 }] })).toMatchObject({
      title: 5,
      nodes: [3, null, { title: 7 }],
    });
    expect(up({ version: 1, nodes: 'none' })).toMatchObject({ nodes: 'none' });
  });

  it('is pure: the input is not modified', () => {
    const input = JSON.parse(zhV1) as unknown;
    const before = structuredClone(input);
    up(input);
    expect(input).toEqual(before);
  });
});
