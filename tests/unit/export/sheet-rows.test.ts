import { readFileSync } from 'node:fs';
import { shownPlain } from '../model/doc-of';
import { describe, expect, it } from 'vitest';
import { importChart } from '../../../src/model/import-chart';
import { LIMITS } from '../../../src/model/schema';
import { detectMapping, headerKey, remapColumn, type SheetField } from '../../../src/export/sheet-fields';
import { rowsToChart, type RowProblem, type SheetShape } from '../../../src/export/sheet-rows';
import { decodeSheetBytes, parseDelimited } from '../../../src/export/sheet-text';
import { escapeFormula, splitList, unescapeFormula } from '../../../src/export/sheet-cells';

const options = { title: 'Imported', locale: 'zh-CN' as const, chartId: 'c1' };

/** Reads a CSV text through the whole pipeline: parse, detect, build, importChart. */
function readCsv(text: string) {
  const rows = parseDelimited(text);
  const { mapping, notes } = detectMapping(rows[0] ?? []);
  const built = rowsToChart(rows, mapping, options);
  if (!built.ok) return { built, mapping, notes, tree: '' };
  const imported = importChart(JSON.stringify(built.document));
  if (!imported.ok) throw new Error(imported.error.message);
  const chart = shownPlain(imported.chart);
  const byId = new Map(chart.nodes.map((n) => [n.id, n]));
  const depth = (id: string | null): number => (id === null ? 0 : 1 + depth(byId.get(id)?.parentId ?? null));
  const tree = chart.nodes.map((n) => `${'  '.repeat(depth(n.parentId))}${n.title}`).join('\n');
  return { built, mapping, notes, tree, chart };
}

const TREE = ['运营', '  用户获取', '    渠道运营', '  用户维护', '    会员运营'].join('\n');

describe('reader shapes', () => {
  const cases: { name: string; csv: string; shape: SheetShape; tree: string }[] = [
    {
      name: 'id + parent id (English headers)',
      csv: 'id,parent id,name\n1,,运营\n2,1,用户获取\n3,2,渠道运营\n4,1,用户维护\n5,4,会员运营',
      shape: 'id',
      tree: TREE,
    },
    {
      name: 'name + parent name (Chinese headers, any order)',
      csv: '上级部门,部门\n,运营\n运营,用户获取\n用户获取,渠道运营\n运营,用户维护\n用户维护,会员运营',
      shape: 'name',
      tree: TREE,
    },
    {
      name: 'path with /',
      csv: '路径\n运营\n运营/用户获取/渠道运营\n运营/用户维护/会员运营',
      shape: 'path',
      tree: TREE,
    },
    {
      name: 'path with > and a name column',
      csv: 'path,title\n运营 > 用户获取,渠道运营\n运营 > 用户维护,会员运营',
      shape: 'path',
      tree: TREE,
    },
    {
      name: 'level column',
      csv: '层级,名称\n1,运营\n2,用户获取\n3,渠道运营\n2,用户维护\n3,会员运营',
      shape: 'level',
      tree: TREE,
    },
    {
      name: 'a name used in two branches resolves to the nearest row above',
      csv: 'name,parent\n运营,\n用户获取,运营\n产品运营,用户获取\n用户维护,运营\n产品运营,用户维护\n细分,产品运营',
      shape: 'name',
      tree: ['运营', '  用户获取', '    产品运营', '  用户维护', '    产品运营', '      细分'].join('\n'),
    },
  ];
  it.each(cases)('$name', ({ csv, shape, tree }) => {
    const result = readCsv(csv);
    expect(result.built.ok && result.built.shape).toBe(shape);
    expect(result.tree).toBe(tree);
    expect(result.built.ok && result.built.problems).toEqual([]);
  });
});

describe('header synonyms', () => {
  const cases: [string, SheetField][] = [
    ['名称', 'name'],
    ['部门', 'name'],
    ['团队', 'name'],
    ['职能', 'name'],
    ['Name', 'name'],
    ['Title', 'name'],
    ['上级', 'parent'],
    ['上级部门', 'parent'],
    ['汇报对象', 'parent'],
    ['Parent', 'parent'],
    ['Manager', 'parent'],
    ['Reports To', 'parent'],
    ['reports_to', 'parent'],
    ['PID', 'parent'],
    ['负责人', 'owner'],
    ['Owner', 'owner'],
    ['人数', 'headcount'],
    ['编制', 'headcount'],
    ['Headcount', 'headcount'],
    ['说明', 'description'],
    ['描述', 'description'],
    ['Description', 'description'],
    ['职责', 'responsibilities'],
    ['Responsibilities', 'responsibilities'],
    ['指标', 'metrics'],
    ['KPI', 'metrics'],
    ['Metrics', 'metrics'],
    ['路径', 'path'],
    ['层级', 'level'],
    ['Level', 'level'],
    ['ID', 'id'],
    ['备注', 'notes'],
    ['what is this', 'ignore'],
  ];
  it.each(cases)('%s → %s', (header, field) => {
    expect(detectMapping(['x-unknown-first', header]).mapping[1]).toBe(field);
  });

  it('keeps the first of two columns both named "name" and says so', () => {
    const { mapping, notes } = detectMapping(['name', 'parent', 'name']);
    expect(mapping).toEqual(['name', 'parent', 'ignore']);
    expect(notes).toEqual([{ kind: 'duplicate-header', column: 2, firstColumn: 0, header: 'name' }]);
  });

  it('moves a field when the user maps it to another column', () => {
    expect(remapColumn(['name', 'parent', 'ignore'], 2, 'name')).toEqual(['ignore', 'parent', 'name']);
  });

  it('takes the first column as the name when no header names the teams', () => {
    expect(detectMapping(['团队清单', '上级']).mapping).toEqual(['name', 'parent']);
  });

  it('ignores case, spaces and punctuation in headers', () => {
    expect(headerKey(' Reports-To ')).toBe(headerKey('reportsto'));
  });
});

describe('rows that cannot be placed', () => {
  const cases: { name: string; csv: string; problems: RowProblem[]; tree: string }[] = [
    {
      name: 'a row whose parent is itself',
      csv: 'id,parent,name\n1,,运营\n2,2,自指\n3,1,用户获取',
      problems: [{ row: 3, reason: 'self-parent', value: '2' }],
      tree: '运营\n  用户获取',
    },
    {
      name: 'an unknown parent, and the row under it',
      csv: 'id,parent,name\n1,,运营\n2,9,孤儿\n3,2,孤儿之下',
      problems: [
        { row: 3, reason: 'unknown-parent', value: '9' },
        { row: 4, reason: 'parent-skipped', value: '2' },
      ],
      tree: '运营',
    },
    {
      name: 'a cycle',
      csv: 'id,parent,name\n1,,运营\n2,3,甲\n3,2,乙',
      problems: [
        { row: 3, reason: 'cycle', value: '3' },
        { row: 4, reason: 'cycle', value: '2' },
      ],
      tree: '运营',
    },
    {
      name: 'a duplicate id keeps the first row',
      csv: 'id,parent,name\n1,,运营\n2,1,甲\n2,1,乙',
      problems: [{ row: 4, reason: 'duplicate-id', value: '2' }],
      tree: '运营\n  甲',
    },
    {
      name: 'several roots get one new root',
      csv: 'id,parent,name\n1,,运营\n2,,销售\n3,2,大客户',
      problems: [
        { row: 2, reason: 'several-roots' },
        { row: 3, reason: 'several-roots' },
      ],
      tree: 'Imported\n  运营\n  销售\n    大客户',
    },
    {
      name: 'empty rows are skipped, row numbers stay those of the sheet',
      csv: 'id,parent,name\n\n1,,运营\n,,\n2,1,甲\n3,1,',
      problems: [{ row: 6, reason: 'no-name' }],
      tree: '运营\n  甲',
    },
  ];
  it.each(cases)('$name', ({ csv, problems, tree }) => {
    const result = readCsv(csv);
    expect(result.built.ok && result.built.problems).toEqual(problems);
    expect(result.tree).toBe(tree);
  });

  it('refuses a sheet with more rows than a chart holds, before building, naming the first row over', () => {
    const over = LIMITS.nodes + 1;
    const rows = [['name'], ...Array.from({ length: over }, (_, i) => [`t${i}`])];
    expect(rowsToChart(rows, ['name'], options)).toEqual({
      ok: false,
      reason: 'too-many-rows',
      rows: over,
      firstOver: over + 1,
    });
    // Blank rows above the header and among the teams move the row where it stops fitting.
    const spaced = [[''], ['name'], [''], ...rows.slice(1)];
    expect(rowsToChart(spaced, ['name'], options)).toMatchObject({ rows: over, firstOver: over + 3 });
  });

  // Builds and validates the largest chart there is: seconds on a busy machine.
  it(
    'does not count blank rows: a sheet of exactly the largest chart with a trailing blank row imports',
    {
      timeout: 30_000,
    },
    () => {
      const teams = Array.from({ length: LIMITS.nodes - 1 }, (_, i) => [`t${i}`, 'root']);
      const rows = [['name', 'parent'], ['root', ''], ...teams, [''], []];
      const built = rowsToChart(rows, ['name', 'parent'], options);
      expect(built.ok && built.drafts.length).toBe(LIMITS.nodes);
      // …and the chart it makes passes importChart (one root, not a new one over the top).
      expect(built.ok && importChart(JSON.stringify(built.document)).ok).toBe(true);
    },
  );

  it('refuses a sheet whose rows fit only without the new root it needs', () => {
    const rows = [['name'], ...Array.from({ length: LIMITS.nodes }, (_, i) => [`t${i}`])];
    expect(rowsToChart(rows, ['name'], options)).toEqual({
      ok: false,
      reason: 'too-many-nodes',
      rows: LIMITS.nodes + 1,
    });
  });

  it('says an empty sheet is empty', () => {
    expect(rowsToChart([[''], ['', '']], ['name'], options)).toMatchObject({ ok: false, reason: 'empty' });
  });
});

describe('fields and cells', () => {
  it('reads every field, lists split on ; ； 、 and line breaks', () => {
    const csv =
      '名称,上级,负责人,人数,说明,职责,指标\n运营,,王芳,120,"全平台\n运营","拉新；促活","GMV;DAU、留存"\n甲,运营,,abc,,"一\n二",';
    const result = readCsv(csv);
    const [root, child] = result.chart!.nodes;
    expect(root).toMatchObject({
      title: '运营',
      owner: '王芳',
      headcount: 120,
      description: '全平台\n运营',
      responsibilities: ['拉新', '促活'],
      metrics: ['GMV', 'DAU', '留存'],
    });
    expect(child?.responsibilities).toEqual(['一', '二']);
    expect(result.built.ok && result.built.problems).toEqual([
      { row: 3, reason: 'bad-number', value: 'abc' },
    ]);
  });

  it('keeps =HYPERLINK(...) and HTML as plain text', () => {
    const result = readCsv('name,description\nA,"=HYPERLINK(""http://x"",""y"")"\n');
    expect(result.chart!.nodes[0]?.description).toBe('=HYPERLINK("http://x","y")');
    const html = readCsv('name,description\n<b>A</b>,<img src=x onerror=alert(1)>');
    expect(html.chart!.nodes[0]).toMatchObject({
      title: '<b>A</b>',
      description: '<img src=x onerror=alert(1)>',
    });
  });

  it.each([
    ['=1+2', "'=1+2"],
    ['+86 138', "'+86 138"],
    ['-rf', "'-rf"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-12.5', '-12.5'],
    ["'=x", "''=x"],
    ['plain', 'plain'],
  ])('escapes %s as %s and reads it back', (text, escaped) => {
    expect(escapeFormula(text)).toBe(escaped);
    expect(unescapeFormula(escapeFormula(text))).toBe(text);
  });

  it.each([
    ['a;b', ['a', 'b']],
    ['a；b、c', ['a', 'b', 'c']],
    ['a、b\n', ['a、b']],
    [' a \n\n b ', ['a', 'b']],
    ['', []],
  ])('splits %j', (cell, items) => expect(splitList(cell)).toEqual(items));
});

describe('encodings', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  it.each([
    ['UTF-8', utf8('名称\n运营'), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('名称\n运营')]), 'utf-8'],
    [
      'UTF-16LE with BOM',
      new Uint8Array([0xff, 0xfe, 0x0d, 0x54, 0xf0, 0x79, 0x0a, 0x00, 0xd0, 0x8f, 0x25, 0x84]),
      'utf-16le',
    ],
  ])('%s', (_name, bytes, encoding) => {
    const decoded = decodeSheetBytes(bytes);
    expect(decoded).toEqual({ ok: true, text: '名称\n运营', encoding });
  });

  it('detects GBK (read as GB18030) from a file Excel wrote on a Chinese Windows', () => {
    const bytes = new Uint8Array(readFileSync('tests/unit/export/fixtures/teams-gbk.csv'));
    const decoded = decodeSheetBytes(bytes);
    expect(decoded.ok && decoded.encoding).toBe('gb18030');
    const result = readCsv(decoded.ok ? decoded.text : '');
    expect(result.tree).toBe('电商平台运营\n  用户获取\n    渠道/推广运营');
    expect(result.chart!.nodes[2]).toMatchObject({
      owner: '韩梅梅',
      responsibilities: ['应用商店', 'SEO/ASO'],
    });
  });

  it('refuses bytes that are not text (a PNG named .csv)', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(decodeSheetBytes(png)).toEqual({ ok: false, reason: 'binary' });
  });
});
