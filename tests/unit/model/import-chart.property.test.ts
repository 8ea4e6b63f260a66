import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportChartText } from '../../../src/model/chart-text';
import { importChart } from '../../../src/model/import-chart';
import { validateChart } from '../../../src/model/validate';
import { chartArb } from './chart-arbitraries';

const CODES = new Set([
  'too-large',
  'malformed-json',
  'wrong-format',
  'newer-version',
  'migration-failed',
  'too-many-nodes',
  'invalid-field',
  'duplicate-id',
  'no-root',
  'several-roots',
  'missing-parent',
  'cycle',
  'too-deep',
  'unexpected',
]);

/** Whatever comes in, the answer is a well-formed result, and an accepted chart keeps every invariant. */
function expectWellFormed(text: string) {
  const result = importChart(text);
  if (result.ok) {
    expect(validateChart(result.chart)).toBeNull();
  } else {
    expect(CODES.has(result.error.code)).toBe(true);
    expect(result.error.message.length).toBeGreaterThan(10);
    // Anything but the catch-all means we understood the problem.
    expect(result.error.code).not.toBe('unexpected');
  }
}

describe('importChart properties', () => {
  it('round-trips exportChartText to an equal chart', () => {
    fc.assert(
      fc.property(chartArb(), (chart) => {
        expect(importChart(exportChartText(chart))).toEqual({ ok: true, chart, warnings: [] });
      }),
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), expectWellFormed));
  });

  it('never throws on arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectWellFormed(JSON.stringify(value))));
  });

  it('never throws on arbitrary values inside an otherwise valid envelope', () => {
    const envelope = fc.record(
      {
        format: fc.constant('opschart'),
        version: fc.oneof(fc.constantFrom(0, 1), fc.jsonValue()),
        id: fc.jsonValue(),
        title: fc.jsonValue(),
        nodes: fc.oneof(
          fc.array(
            fc.dictionary(
              fc.constantFrom(
                'id',
                'parentId',
                'parent',
                'kind',
                'type',
                'title',
                'name',
                'position',
                '__proto__',
              ),
              fc.jsonValue(),
            ),
          ),
          fc.jsonValue(),
        ),
        links: fc.jsonValue(),
      },
      { requiredKeys: ['format', 'version'] },
    );
    fc.assert(fc.property(envelope, (value) => expectWellFormed(JSON.stringify(value))));
  });

  it('never throws when one field of a valid chart is replaced by any JSON value', () => {
    const fields = [
      'id',
      'parentId',
      'kind',
      'title',
      'responsibilities',
      'headcount',
      'color',
      'position',
      'collapsed',
    ];
    fc.assert(
      fc.property(
        chartArb(8),
        fc.nat(),
        fc.constantFrom(...fields),
        fc.jsonValue(),
        (chart, at, field, value) => {
          const raw = JSON.parse(exportChartText(chart)) as { nodes: Record<string, unknown>[] };
          const target = raw.nodes[at % raw.nodes.length] as Record<string, unknown>;
          target[field] = value;
          expectWellFormed(JSON.stringify(raw));
        },
      ),
    );
  });
});
