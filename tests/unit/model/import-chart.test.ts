import { describe, expect, it } from 'vitest';
import { exportChartText } from '../../../src/model/chart-text';
import { importChart, type ImportErrorCode } from '../../../src/model/import-chart';
import { LIMITS } from '../../../src/model/schema';
import { makeChart, makeNode } from './make-chart';

type RawNode = Record<string, unknown>;
const node = (id: string, parentId: string | null, extra: RawNode = {}): RawNode => ({
  id,
  parentId,
  kind: parentId === null ? 'root' : 'function',
  title: id,
  ...extra,
});
const file = (nodes: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'opschart', version: 1, id: 'c1', title: 'Chart', nodes, ...extra });
const valid = [node('r', null), node('a', 'r'), node('b', 'r')];

type RefusalCase = {
  name: string;
  text: string;
  code: ImportErrorCode;
  message: RegExp;
  nodeId?: string;
  field?: string;
};

const chain = (length: number) =>
  Array.from({ length }, (_, i) => node(`n${i}`, i === 0 ? null : `n${i - 1}`));
const longTitled = Array.from({ length: 13 }, (_, i) => node(`n${i}`, i === 0 ? null : 'n0'));
longTitled[12] = node('n12', 'n0', { title: 'x'.repeat(LIMITS.title + 1) });

const refusals: RefusalCase[] = [
  {
    name: 'malformed JSON',
    text: '{"format": "opschart",',
    code: 'malformed-json',
    message: /not valid JSON/,
  },
  {
    name: 'malformed JSON names the line',
    text: '{\n  "format": "opschart",\n}',
    code: 'malformed-json',
    message: /line 3/,
  },
  { name: 'empty text', text: '', code: 'malformed-json', message: /not valid JSON/ },
  {
    name: 'a JSON array',
    text: '[1, 2]',
    code: 'wrong-format',
    message: /not an OpsChart file: it holds a list/,
  },
  { name: 'a JSON number', text: '42', code: 'wrong-format', message: /not an OpsChart file/ },
  { name: 'JSON null', text: 'null', code: 'wrong-format', message: /not an OpsChart file/ },
  {
    name: 'wrong format',
    text: JSON.stringify({ format: 'drawio', version: 1 }),
    code: 'wrong-format',
    message: /This is not an OpsChart file/,
    field: 'format',
  },
  {
    name: 'missing version',
    text: JSON.stringify({ format: 'opschart', nodes: valid }),
    code: 'wrong-format',
    message: /version/,
    field: 'version',
  },
  {
    name: 'string version',
    text: file(valid, { version: '1' }),
    code: 'wrong-format',
    message: /version/,
    field: 'version',
  },
  {
    name: 'negative version',
    text: file(valid, { version: -1 }),
    code: 'wrong-format',
    message: /version/,
    field: 'version',
  },
  {
    name: 'newer version',
    text: file(valid, { version: 3 }),
    code: 'newer-version',
    message: /made by a newer OpsChart \(version 3\); this app reads up to version 2/,
    field: 'version',
  },
  {
    name: 'too many nodes',
    text: file(Array.from({ length: LIMITS.nodes + 1 }, (_, i) => ({ id: `n${i}` }))),
    code: 'too-many-nodes',
    message: /20001 nodes; at most 20000/,
    field: 'nodes',
  },
  {
    name: 'too large',
    text: ' '.repeat(LIMITS.fileBytes + 1),
    code: 'too-large',
    message: /larger than 20 MB/,
  },
  {
    name: 'over-long title',
    text: file(longTitled),
    code: 'invalid-field',
    // A v1 file: its titles became the zh-CN text of v2 titles.
    message: /^Node "n12" \(#13\): title\.zh-CN is longer than 200 characters\.$/,
    nodeId: 'n12',
    field: 'title.zh-CN',
  },
  {
    name: '1e999 headcount',
    text: file(valid).replace('"title":"a"', '"title":"a","headcount":1e999'),
    code: 'invalid-field',
    message: /Node "a" \(#2\): headcount is not a finite number/,
    nodeId: 'a',
    field: 'headcount',
  },
  {
    name: 'fractional headcount',
    text: file(valid).replace('"title":"a"', '"title":"a","headcount":2.5'),
    code: 'invalid-field',
    message: /^Node "a" \(#2\): headcount should be a whole number\.$/,
    nodeId: 'a',
    field: 'headcount',
  },
  {
    name: 'negative headcount',
    text: file(valid).replace('"title":"a"', '"title":"a","headcount":-3'),
    code: 'invalid-field',
    message: /^Node "a" \(#2\): headcount should be at least 0\.$/,
  },
  {
    name: 'unknown field in a pinned position',
    text: file(valid).replace('"title":"b"', '"title":"b","position":{"x":1,"y":0,"z":2}'),
    code: 'invalid-field',
    message: /^Node "b" \(#3\): position has unknown field "z"\.$/,
  },
  {
    name: 'bad colour',
    text: file(valid).replace('"title":"b"', '"title":"b","color":"red"'),
    code: 'invalid-field',
    message: /^Node "b" \(#3\): color is not a #rrggbb colour\.$/,
  },
  {
    name: '-1e999 pinned position',
    text: file(valid).replace('"title":"b"', '"title":"b","position":{"x":-1e999,"y":0}'),
    code: 'invalid-field',
    message: /Node "b" \(#3\): position\.x is not a finite number/,
    nodeId: 'b',
    field: 'position.x',
  },
  {
    name: 'blank title',
    text: file([node('r', null, { title: '   ' })]),
    code: 'invalid-field',
    message: /Node "r" \(#1\): title is empty/,
  },
  {
    name: 'missing title',
    text: file([node('r', null, { title: undefined })]),
    code: 'invalid-field',
    message: /title is missing/,
  },
  {
    name: 'unknown kind',
    text: file([node('r', null, { kind: 'boss' })]),
    code: 'invalid-field',
    message: /kind should be one of "root"/,
  },
  {
    name: 'bad colour',
    text: file([node('r', null, { color: 'red' })]),
    code: 'invalid-field',
    message: /color is not a #rrggbb colour/,
  },
  {
    name: 'too many list items',
    text: file([node('r', null, { metrics: Array.from({ length: 51 }, () => 'm') })]),
    code: 'invalid-field',
    message: /metrics has more than 50 items/,
    field: 'metrics',
  },
  {
    name: 'a node that is not an object',
    text: file([node('r', null), 7]),
    code: 'invalid-field',
    message: /^Node \(#2\) should be an object\.$/,
  },
  {
    name: 'no nodes',
    text: file([]),
    code: 'invalid-field',
    message: /^The chart has no nodes\.$/,
    field: 'nodes',
  },
  {
    name: 'nodes not a list',
    text: file({}),
    code: 'invalid-field',
    message: /^Chart nodes should be an array\.$/,
  },
  {
    name: 'chart title missing',
    text: file(valid, { title: undefined }),
    code: 'invalid-field',
    message: /^Chart title is missing\.$/,
    field: 'title',
  },
  { name: 'missing root', text: file([node('a', 'b'), node('b', 'a')]), code: 'no-root', message: /no root/ },
  {
    name: 'several roots',
    text: file([node('r', null), node('r2', null), node('a', 'r')]),
    code: 'several-roots',
    message: /Several nodes have no parent \("r", "r2"\)/,
    nodeId: 'r2',
  },
  {
    name: 'missing parent',
    text: file([node('r', null), node('a', 'ghost')]),
    code: 'missing-parent',
    message: /Node "a" names the parent "ghost", which does not exist/,
    nodeId: 'a',
    field: 'parentId',
  },
  {
    name: 'cycle',
    text: file([node('r', null), node('a', 'c'), node('b', 'a'), node('c', 'b'), node('d', 'c')]),
    code: 'cycle',
    message: /Node "[abc]" is its own ancestor/,
  },
  {
    name: 'own parent',
    text: file([node('r', null), node('a', 'a')]),
    code: 'cycle',
    message: /Node "a"/,
    nodeId: 'a',
  },
  {
    name: 'duplicate ids',
    text: file([node('r', null), node('a', 'r'), node('a', 'r')]),
    code: 'duplicate-id',
    message: /share the id "a" \(#2 and #3\)/,
    nodeId: 'a',
    field: 'id',
  },
  {
    name: 'too deep',
    text: file(chain(LIMITS.depth + 2)),
    code: 'too-deep',
    message: /more than 200 levels/,
    nodeId: `n${LIMITS.depth + 1}`,
  },
];

describe('importChart refusals', () => {
  it.each(refusals)('$name → $code', ({ text, code, message, nodeId, field }) => {
    const result = importChart(text);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.code).toBe(code);
    expect(result.error.message).toMatch(message);
    if (nodeId !== undefined) expect(result.error.nodeId).toBe(nodeId);
    if (field !== undefined) expect(result.error.field).toBe(field);
  });

  it('names a node on the cycle', () => {
    const result = importChart(
      file([node('r', null), node('x', 'r'), node('a', 'c'), node('b', 'a'), node('c', 'b'), node('d', 'c')]),
    );
    expect(result.ok ? null : result.error.nodeId).toMatch(/^[abc]$/);
  });

  it('accepts a chain exactly at the depth limit', () => {
    expect(importChart(file(chain(LIMITS.depth + 1))).ok).toBe(true);
  });

  it('refuses input that is not text at all', () => {
    const result = importChart(null as unknown as string);
    expect(result.ok ? null : result.error.code).toBe('wrong-format');
  });
});

describe('importChart accepts', () => {
  it('a minimal file and fills in defaults', () => {
    const result = importChart(file(valid));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.warnings).toEqual(['Upgraded the chart from format version 1 to 2.']);
    expect(result.chart).toMatchObject({
      title: { 'zh-CN': 'Chart' },
      direction: 'TB',
      compact: false,
      links: [],
    });
    expect(result.chart).not.toHaveProperty('locale');
    expect(result.chart.nodes[1]).toEqual({
      ...valid[1],
      title: { 'zh-CN': 'a' },
      responsibilities: [],
      metrics: [],
    });
  });

  it('an exported chart, unchanged', () => {
    const chart = makeChart([
      makeNode('r', null, { position: { x: 1.5, y: -2 } }),
      makeNode('a', 'r', { color: '#aabbcc' }),
    ]);
    const result = importChart(exportChartText(chart));
    expect(result).toEqual({ ok: true, chart, warnings: [] });
  });

  it('drops links to missing nodes, repeated link ids and self links, with a warning for each', () => {
    const links = [
      { id: 'l1', source: 'a', target: 'b', kind: 'works-with' },
      { id: 'l2', source: 'a', target: 'ghost' },
      { id: 'l3', source: 'nobody', target: 'b' },
      { id: 'l1', source: 'b', target: 'a' },
      { id: 'l4', source: 'a', target: 'a' },
    ];
    const result = importChart(file(valid, { links }));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.chart.links).toEqual([{ id: 'l1', source: 'a', target: 'b', kind: 'works-with' }]);
    expect(result.warnings).toEqual([
      'Upgraded the chart from format version 1 to 2.',
      'Dropped link "l2": its target node "ghost" does not exist.',
      'Dropped link "l3": its source node "nobody" does not exist.',
      'Dropped link "l1": its id repeats an earlier link.',
      'Dropped link "l4": it connects node "a" to itself.',
    ]);
  });

  it('upgrades an old version and says so', () => {
    const v0 = {
      format: 'opschart',
      version: 0,
      title: 'Old',
      nodes: [{ id: 'r', parent: null, type: 'root', name: 'Root' }],
    };
    const result = importChart(JSON.stringify(v0));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.chart.nodes[0]?.title).toEqual({ 'zh-CN': 'Root' });
    expect(result.warnings).toEqual(['Upgraded the chart from format version 0 to 2.']);
  });
});

describe('importChart and prototype keys', () => {
  const hostile = `{
    "__proto__": { "polluted": "yes" },
    "constructor": { "prototype": { "polluted": "yes" } },
    "format": "opschart", "version": 1, "id": "c1", "title": "Chart",
    "nodes": [
      { "id": "r", "parentId": null, "kind": "root", "title": "R", "__proto__": { "isAdmin": true },
        "position": { "x": 1, "y": 2, "__proto__": { "z": 3 } } }
    ],
    "links": [{ "__proto__": {}, "id": "l", "source": "r", "target": "r" }]
  }`;

  it('neither pollutes Object.prototype nor leaks into the chart', () => {
    const result = importChart(hostile);
    if (!result.ok) throw new Error(result.error.message);
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(result.chart)).toBe(Object.prototype);
    const root = result.chart.nodes[0];
    expect(root && Object.getPrototypeOf(root)).toBe(Object.prototype);
    expect(root && Object.hasOwn(root, '__proto__')).toBe(false);
    expect(root?.position).toEqual({ x: 1, y: 2 });
    expect(JSON.stringify(result.chart)).not.toMatch(/__proto__|polluted|isAdmin/);
  });
});
