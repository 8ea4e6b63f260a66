import { describe, expect, it } from 'vitest';
import { createSheetBuilder } from '../../../src/export/sheet-build-client';
import {
  CREATED_SLICE,
  createBuildHost,
  type SheetBuildResponse,
} from '../../../src/export/sheet-build-host';
import { previewOf, validateBuild } from '../../../src/export/sheet-build';
import { detectMapping } from '../../../src/export/sheet-fields';
import { rowsToChart } from '../../../src/export/sheet-rows';
import { importChart } from '../../../src/model/import-chart';

const options = { title: '团队', locale: 'zh-CN' as const, chartId: 'chart-sheet' };

const rows = [
  ['名称', '上级', '名称'],
  ['运营', '', '重复列'],
  ['用户获取', '运营', ''],
  ['自指', '自指', ''],
  ['孤儿', '不存在', ''],
];
const { mapping } = detectMapping(rows[0]!);

describe('the mapping step built off the main thread', () => {
  it('posts a preview with every bad row exactly as the build lists it', () => {
    const build = rowsToChart(rows, mapping, options);
    const preview = previewOf(build);
    expect(preview).toEqual({
      ok: true,
      shape: 'name',
      count: 2,
      lines: [
        { id: expect.any(String), depth: 0, title: '运营' },
        { id: expect.any(String), depth: 1, title: '用户获取' },
      ],
      problems: [
        { row: 4, reason: 'self-parent', value: '自指' },
        { row: 5, reason: 'unknown-parent', value: '不存在' },
      ],
      newRoot: false,
    });
    expect(build.ok && preview.ok && preview.problems).toBe(build.ok && build.problems);
  });

  it('passes a failed build through with its reason and the first row over the limit', () => {
    const build = rowsToChart([['', '']], mapping, options);
    expect(previewOf(build)).toEqual({ ok: false, reason: 'empty', rows: 0 });
    expect(validateBuild(build).ok).toBe(false);
  });

  it('creates through importChart: the same chart a JSON file of the document gives', () => {
    const build = rowsToChart(rows, mapping, options);
    const created = validateBuild(build);
    expect(created).toEqual(importChart(JSON.stringify(build.ok && build.document)));
    expect(created.ok && created.chart.nodes.map((n) => n.title)).toEqual([
      { 'zh-CN': '运营' },
      { 'zh-CN': '用户获取' },
    ]);
  });

  it('the host builds only the newest of quickly queued mappings', async () => {
    const replies: SheetBuildResponse[] = [];
    const handle = createBuildHost((r) => replies.push(r));
    handle({ type: 'rows', key: 1, rows });
    handle({ type: 'build', id: 2, key: 1, mapping, options });
    handle({ type: 'build', id: 3, key: 1, mapping: mapping.map(() => 'ignore'), options });
    handle({ type: 'build', id: 4, key: 1, mapping, options });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(replies.map((r) => [r.id, r.type])).toEqual([
      [2, 'failed'],
      [3, 'failed'],
      [4, 'preview'],
    ]);
    handle({ type: 'create', id: 5, build: { id: 4, key: 1, mapping, options } });
    expect(replies.slice(3).map((r) => [r.id, r.type])).toEqual([
      [5, 'created-nodes'],
      [5, 'created'],
    ]);
  });

  it('posts a large created chart in slices that the builder puts back together unchanged', async () => {
    const many = [
      ['名称', '上级'],
      ['运营', ''],
      ...Array.from({ length: 2.5 * CREATED_SLICE }, (_, i) => [`团队${i}`, '运营']),
    ];
    const replies: SheetBuildResponse[] = [];
    const handle = createBuildHost((r) => replies.push(r));
    handle({ type: 'rows', key: 1, rows: many });
    handle({ type: 'create', id: 2, build: { id: 1, key: 1, mapping: ['name', 'parent'], options } });
    expect(replies.map((r) => (r.type === 'created-nodes' ? r.nodes.length : r.type))).toEqual([
      CREATED_SLICE,
      CREATED_SLICE,
      CREATED_SLICE / 2 + 1,
      'created',
    ]);
    const builder = createSheetBuilder();
    const shown = await builder.preview({ rows: many, mapping: ['name', 'parent'], options });
    const created = await builder.create(shown!.buildId);
    const direct = validateBuild(rowsToChart(many, ['name', 'parent'], options));
    expect(created).toEqual(direct);
    builder.dispose();
  });

  it('the host refuses to build rows it was never sent', async () => {
    const replies: SheetBuildResponse[] = [];
    const handle = createBuildHost((r) => replies.push(r));
    handle({ type: 'create', id: 1, build: { id: 1, key: 9, mapping, options } });
    expect(replies).toEqual([{ type: 'failed', id: 1, message: 'the rows of this sheet were not sent' }]);
  });

  it('the builder resolves a superseded preview with null and creates the newest', async () => {
    const builder = createSheetBuilder();
    const older = builder.preview({ rows, mapping, options });
    const newer = builder.preview({ rows, mapping: ['name', 'ignore', 'ignore'], options });
    expect(await older).toBeNull();
    const shown = await newer;
    expect(shown?.preview).toMatchObject({ ok: true, shape: 'list', count: 5 });
    const created = await builder.create(shown!.buildId);
    expect(created.ok && created.chart.nodes).toHaveLength(5);
    await expect(builder.create(shown!.buildId - 1)).rejects.toThrow(/replaced/);
    builder.dispose();
  });
});
