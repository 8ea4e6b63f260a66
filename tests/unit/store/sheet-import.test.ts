import { beforeEach, describe, expect, it } from 'vitest';
import { validateBuild } from '../../../src/export/sheet-build';
import { rowsToChart } from '../../../src/export/sheet-rows';
import { WORKER_THRESHOLD } from '../../../src/layout/layout-client';
import type { ImportResult } from '../../../src/model/import-chart';
import { localizeChart } from '../../../src/model/localize-chart';
import { knownLayout } from '../../../src/store/derive-layout';
import { resetStore, store, testStore } from './store-helpers';

beforeEach(() => resetStore('zh-CN'));

/** A validated chart of `teams` teams under one root, as the sheet-build worker hands it over. */
function sheetResult(teams: number, title = '团队表'): ImportResult {
  const rows = [
    ['名称', '上级'],
    ['运营', ''],
    ...Array.from({ length: teams - 1 }, (_, i) => [`团队${i}`, '运营']),
  ];
  return validateBuild(
    rowsToChart(rows, ['name', 'parent'], { title, locale: 'zh-CN', chartId: 'chart-sheet' }),
  );
}

describe('creating the chart of the mapping step', () => {
  it('lays a large chart out before it opens, for the very object that opens', async () => {
    const result = sheetResult(WORKER_THRESHOLD + 500);
    const open = store().openImported;
    let laidOutBeforeOpening = false;
    testStore().setState({
      openImported: (r) => {
        laidOutBeforeOpening = r.ok && knownLayout(localizeChart(r.chart, 'zh-CN')) !== undefined;
        return open(r);
      },
    });
    expect(await store().importSheetResult(result)).toBe(true);
    expect(laidOutBeforeOpening).toBe(true);
    expect(store().chart).toBe(result.ok && result.chart);
    expect(testStore().layouts.current()).toBe(knownLayout(localizeChart(store().chart, 'zh-CN')));
    expect(store().sheetImport).toBeNull();
  });

  it('a title already in the library gets a number; the chart is then a new object', async () => {
    const first = sheetResult(3);
    await store().importSheetResult(first);
    const second = sheetResult(3);
    expect(await store().importSheetResult(second)).toBe(true);
    expect(store().chart.title).toEqual({ 'zh-CN': '团队表 (2)' });
    expect(store().chart).not.toBe(second.ok && second.chart);
  });

  it('a refused result opens nothing and says why', async () => {
    const before = store().chart;
    const refused: ImportResult = { ok: false, error: { code: 'too-many-nodes', message: 'too many' } };
    expect(await store().importSheetResult(refused)).toBe(false);
    expect(store().chart).toBe(before);
    expect(store().notices.find((n) => n.id === 'import')).toMatchObject({
      tone: 'error',
      key: 'importError_too-many-nodes',
    });
  });
});
