import { describe, expect, it } from 'vitest';
import { exportChartText, parseJsonText, stripUnsafeKeys } from '../../../src/model/chart-text';
import { makeChart, makeNode } from './make-chart';

describe('exportChartText', () => {
  const chart = {
    ...makeChart([makeNode('r', null), makeNode('a', 'r', { metrics: ['GMV'], subtitle: 'Sub' })]),
    links: [{ id: 'l1', source: 'r', target: 'a', kind: 'works-with' as const }],
  };
  // Build with the envelope last to prove the exporter reorders it.
  const shuffled = Object.fromEntries(Object.entries(chart).reverse()) as typeof chart;

  it('puts the envelope first, then nodes, then links', () => {
    const keys = Object.keys(JSON.parse(exportChartText(shuffled)) as object);
    expect(keys).toEqual(['format', 'version', 'id', 'title', 'direction', 'compact', 'nodes', 'links']);
  });

  it('is pretty-printed with two spaces and ends with a newline', () => {
    const text = exportChartText(chart);
    expect(text.startsWith('{\n  "format": "opschart",\n  "version": 2,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('writes node fields in schema order and omits undefined ones', () => {
    const node = {
      subtitle: { en: 'Sub' },
      title: { en: 'A' },
      id: 'a',
      parentId: 'r',
      kind: 'function' as const,
      metrics: [],
      responsibilities: [],
      owner: undefined,
    };
    const text = exportChartText(makeChart([makeNode('r', null), node]));
    const written = (JSON.parse(text) as { nodes: object[] }).nodes[1] as object;
    expect(Object.keys(written)).toEqual([
      'id',
      'parentId',
      'kind',
      'title',
      'subtitle',
      'responsibilities',
      'metrics',
    ]);
  });

  it('keeps optional envelope fields when set', () => {
    const text = exportChartText({ ...chart, template: 'default', updatedAt: 5 });
    expect(JSON.parse(text)).toMatchObject({ template: 'default', updatedAt: 5 });
  });
});

describe('parseJsonText', () => {
  it('reports the line and column of a syntax error', () => {
    const result = parseJsonText('{\n  "a": 1,\n  oops\n}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/line 3, column 3/);
  });

  it('removes prototype keys at every depth', () => {
    const result = parseJsonText(
      '{"__proto__":{"x":1},"a":[{"constructor":1,"prototype":2,"b":{"__proto__":3}}]}',
    );
    expect(result).toEqual({ ok: true, value: { a: [{ b: {} }] } });
  });
});

describe('stripUnsafeKeys', () => {
  it('copes with very deep nesting without overflowing the stack', () => {
    const deep = JSON.parse('['.repeat(100_000) + '{"__proto__":1}' + ']'.repeat(100_000)) as unknown;
    expect(() => stripUnsafeKeys(deep)).not.toThrow();
  });
});
