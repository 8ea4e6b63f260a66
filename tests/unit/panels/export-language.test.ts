import { describe, expect, it } from 'vitest';
import { templateChart } from '../../../src/model/templates';
import { localizeChart } from '../../../src/model/localize-chart';
import { layoutOf } from '../../../src/store/derive-layout';
import { exportSource } from '../../../src/panels/export-language';

const doc = templateChart('default');
const shown = { chart: doc, chartLanguage: 'zh-CN' as const };
const onScreen = layoutOf(localizeChart(doc, 'zh-CN'));
const node = (chart: { nodes: { id: string; title: string; subtitle?: string }[] }, id: string) =>
  chart.nodes.find((n) => n.id === id)!;

describe('what an export draws', () => {
  it('by default: the chart as shown, with the layout on screen, and the stored document', () => {
    const out = exportSource(shown, { chartLanguage: null, bilingual: false }, onScreen);
    expect(out.doc).toBe(doc);
    expect(out.layout).toBe(onScreen);
    expect(node(out.chart, 'plat-membership').title).toBe('会员运营');
  });

  it('in the other language: its own text, laid out for it; the file still carries both languages', () => {
    const out = exportSource(shown, { chartLanguage: 'en', bilingual: false }, onScreen);
    expect(out.doc).toBe(doc);
    expect(out.chart.title).toBe('E-commerce platform operations: division of functions');
    expect(node(out.chart, 'plat-membership').title).toBe('Membership ops');
    expect(out.layout).not.toBe(onScreen);
    expect(exportSource(shown, { chartLanguage: 'en', bilingual: false }, onScreen).layout).toBe(out.layout);
  });

  it('bilingual: each title with the other language underneath', () => {
    const out = exportSource(shown, { chartLanguage: 'zh-CN', bilingual: true }, onScreen);
    expect(node(out.chart, 'plat-membership')).toMatchObject({
      title: '会员运营',
      subtitle: 'Membership ops',
    });
  });
});
