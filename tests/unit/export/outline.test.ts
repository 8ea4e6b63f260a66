import { readFileSync } from 'node:fs';
import { shownPlain } from '../model/doc-of';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importChart } from '../../../src/model/import-chart';
import { indexChart } from '../../../src/model/tree';
import { readOutline, type OutlineItem } from '../../../src/export/outline-read';
import { addOutlineUnder, outlineToDocument } from '../../../src/export/outline-chart';
import { subtreeOutline } from '../../../src/export/outline-write';
import { chartArb } from '../model/chart-arbitraries';
import { makeChart } from '../model/make-chart';

/** Items as an indented picture: two spaces per level. */
function picture(items: readonly OutlineItem[]): string {
  const depth = (i: number): number => (items[i]!.parent < 0 ? 0 : 1 + depth(items[i]!.parent));
  return items.map((it, i) => `${'  '.repeat(depth(i))}${it.title}`).join('\n');
}

const TREE = ['运营', '  用户获取', '    渠道运营', '  用户维护', '    会员运营'].join('\n');

describe('outline shapes', () => {
  const cases: [string, string][] = [
    ['Markdown list, 2 spaces', '- 运营\n  - 用户获取\n    - 渠道运营\n  - 用户维护\n    - 会员运营'],
    [
      'Markdown list, 4 spaces, * bullets',
      '* 运营\n    * 用户获取\n        * 渠道运营\n    * 用户维护\n        * 会员运营',
    ],
    [
      'tab indentation (cells pasted from columns)',
      '运营\n\t用户获取\n\t\t渠道运营\n\t用户维护\n\t\t会员运营',
    ],
    ['plain text, 2 spaces', '运营\n  用户获取\n    渠道运营\n  用户维护\n    会员运营'],
    [
      'numbered 1. / 1.1 without indentation',
      '1. 运营\n1.1 用户获取\n1.1.1 渠道运营\n1.2 用户维护\n1.2.1 会员运营',
    ],
    ['headings with a list', '# 运营\n## 用户获取\n- 渠道运营\n## 用户维护\n- 会员运营'],
    ['a plain title line over bullets', '运营\n- 用户获取\n  - 渠道运营\n- 用户维护\n  - 会员运营'],
    ['tree text', '运营\n├── 用户获取\n│   └── 渠道运营\n└── 用户维护\n    └── 会员运营'],
    ['ASCII tree text', '运营\n|-- 用户获取\n|   `-- 渠道运营\n`-- 用户维护\n    `-- 会员运营'],
    [
      'blank lines and CRLF',
      '- 运营\r\n\r\n  - 用户获取\r\n    - 渠道运营\r\n  - 用户维护\r\n\r\n    - 会员运营\r\n',
    ],
  ];
  it.each(cases)('%s', (_name, text) => {
    const result = readOutline(text);
    expect(result.ok && picture(result.items)).toBe(TREE);
  });

  it('reads the source outline (tree text with continuation lines and goals)', () => {
    // The tree-text block of the seed article's outline (../shared/seed/OUTLINE.md), kept in
    // the repository so a fresh clone can read it.
    const block = readFileSync('tests/unit/export/fixtures/source-outline.txt', 'utf8');
    const result = readOutline(block);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.items[0]?.title).toBe('电商平台运营 Platform operations');
    const acquisition = result.items.find((it) => it.title.startsWith('用户获取'));
    expect(acquisition).toMatchObject({ title: '用户获取 User acquisition', goal: '拉新 acquire new users' });
    const channel = result.items.find((it) => it.title.startsWith('渠道/推广运营'));
    expect(channel?.description).toMatch(/^app stores, SEO\/ASO/);
    expect(picture(result.items).split('\n').slice(0, 3)).toEqual([
      '电商平台运营 Platform operations',
      '  用户获取 User acquisition',
      '    渠道/推广运营 Channel & promotion ops',
    ]);
  });
});

describe('outline bad input', () => {
  it.each([
    [
      'indentation that matches no line above',
      '- A\n    - B\n  - C',
      { reason: 'inconsistent-indent', line: 3 },
    ],
    ['tabs and spaces in one line', '- A\n \t- B', { reason: 'mixed-indent', line: 2 }],
    ['tabs on one line, spaces on another', 'A\n\tB\n  C', { reason: 'mixed-indent', line: 3, other: 2 }],
    ['nothing but blank lines', '\n  \n', { reason: 'empty', line: 0 }],
  ])('%s', (_name, text, expected) => {
    expect(readOutline(text)).toEqual({ ok: false, ...expected });
  });
});

describe('outline into charts', () => {
  it('makes a chart; several top items get one new root', () => {
    const result = readOutline('甲\n  乙\n丙');
    if (!result.ok) throw new Error('not read');
    const imported = importChart(
      JSON.stringify(outlineToDocument(result.items, { id: 'c', title: '大纲', locale: 'zh-CN' })),
    );
    if (!imported.ok) throw new Error(imported.error.message);
    const shown = shownPlain(imported.chart);
    expect(shown.title).toBe('大纲');
    expect(shown.nodes.map((n) => [n.title, n.kind])).toEqual([
      ['大纲', 'root'],
      ['甲', 'group'],
      ['乙', 'function'],
      ['丙', 'function'],
    ]);
  });

  it('adds the outline under a node as one new document, fresh ids', () => {
    const chart = makeChart('r\n  a');
    const result = readOutline('- x\n  - y\n- z');
    if (!result.ok) throw new Error('not read');
    const added = addOutlineUnder(chart, 'a', result.items);
    if (!added.ok) throw new Error(added.reason);
    const index = indexChart(added.chart);
    // Added in the chart language (zh-CN by default), so the text lands in zh-CN.
    const under = (id: string) => (index.childrenOf.get(id) ?? []).map((n) => n.title['zh-CN']);
    expect(under('a')).toEqual(['x', 'z']);
    const x = index.childrenOf.get('a')![0]!;
    expect(under(x.id)).toEqual(['y']);
    expect(added.focusId).toBe(x.id);
    expect(chart.nodes).toHaveLength(2);
  });
});

describe('chart → outline → chart', () => {
  it('keeps structure and titles', () => {
    fc.assert(
      fc.property(chartArb(30), (doc) => {
        const chart = shownPlain(doc);
        const root = indexChart(chart).root;
        const text = subtreeOutline(chart.nodes, root.id);
        const result = readOutline(text);
        if (!result.ok) throw new Error(`${JSON.stringify(result)}\n${text}`);
        const index = indexChart(chart);
        const expected: string[] = [];
        const walk = (id: string, depth: number) => {
          const node = index.byId.get(id)!;
          expected.push(`${'  '.repeat(depth)}${node.title.replace(/\s*[\r\n]+\s*/g, ' ')}`);
          for (const child of index.childrenOf.get(id) ?? []) walk(child.id, depth + 1);
        };
        walk(root.id, 0);
        expect(picture(result.items)).toBe(expected.join('\n'));
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
