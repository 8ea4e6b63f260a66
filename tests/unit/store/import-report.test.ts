import { beforeEach, describe, expect, it } from 'vitest';
import { exportChartText } from '../../../src/model/chart-text';
import { templateChart } from '../../../src/model/templates';
import { resetStore, store } from './store-helpers';

beforeEach(() => resetStore('zh-CN'));

describe('an import says what it repaired', () => {
  it('a file with unknown fields and a broken link opens, with both reported in one lasting notice', () => {
    const chart = JSON.parse(exportChartText(templateChart('default')));
    chart.id = 'other';
    chart.theme = 'dark';
    chart.links.push({ id: 'to-nowhere', source: chart.nodes[1].id, target: 'ghost', kind: 'works-with' });
    expect(store().importAsNewChart(JSON.stringify(chart))).toBe(true);
    const notice = store().notices.find((n) => n.id === 'import');
    expect(notice).toMatchObject({ key: 'importedWithRepairs', tone: 'warning', persistent: true });
    expect(notice?.params?.count).toBe(2);
    expect(String(notice?.params?.details)).toMatch(/theme.*to-nowhere/s);
  });

  it('a clean file is just imported', () => {
    const chart = { ...templateChart('default'), id: 'clean' };
    store().importAsNewChart(exportChartText(chart));
    expect(store().notices.find((n) => n.id === 'import')?.key).toBe('importedAsNew');
  });
});
