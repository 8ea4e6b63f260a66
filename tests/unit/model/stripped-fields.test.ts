import { describe, expect, it } from 'vitest';
import { importChart } from '../../../src/model/import-chart';
import { strippedFields } from '../../../src/model/stripped-fields';

const base = {
  format: 'opschart',
  version: 1,
  id: 'c',
  title: 'T',
  locale: 'en',
  direction: 'TB',
  nodes: [
    { id: 'r', parentId: null, kind: 'root', title: 'Root', responsibilities: [], metrics: [] },
    { id: 'a', parentId: 'r', kind: 'function', title: 'A', responsibilities: [], metrics: [] },
  ],
  links: [{ id: 'l1', source: 'a', target: 'r', kind: 'works-with' }],
};

describe('import reports what it repaired or left out (issue 9 point 8)', () => {
  it('a clean file has nothing to report', () => {
    const result = importChart(JSON.stringify(base));
    // A version-1 file is upgraded (said separately, not a repair); nothing else is reported.
    expect(result.ok && result.warnings.filter((w) => !w.startsWith('Upgraded'))).toEqual([]);
  });

  it.each([
    ['an unknown envelope field', { ...base, theme: 'dark' }, /1 field.*theme/],
    [
      'an unknown node field',
      { ...base, nodes: [base.nodes[0], { ...base.nodes[1], avatar: 'x.png' }] },
      /1 field.*nodes\[a\]\.avatar/,
    ],
    [
      'a link to a missing node',
      { ...base, links: [{ id: 'l2', source: 'a', target: 'ghost', kind: 'works-with' }] },
      /Dropped link "l2"/,
    ],
  ])('%s', (_name, file, expected) => {
    const result = importChart(JSON.stringify(file));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings.join(' ')).toMatch(expected);
  });

  it('compares by data, links by id', () => {
    expect(
      strippedFields(
        {
          a: 1,
          links: [
            { id: 'x', bad: 1 },
            { id: 'y', odd: 2 },
          ],
        },
        { a: 1, links: [{ id: 'y' }] },
      ),
    ).toEqual(['links[y].odd']);
  });
});
