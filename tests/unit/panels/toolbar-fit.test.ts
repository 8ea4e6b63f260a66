import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toolsThatFit, type FitTool } from '../../../src/panels/toolbar-fit';

const tools: FitTool[] = [
  { id: 'undo', width: 34, rank: 9 },
  { id: 'redo', width: 34, rank: 5 },
  { id: 'level', width: 90, rank: 1 },
  { id: 'export', width: 80, rank: 10 },
  { id: 'language', width: 100, rank: 3 },
];
const MORE = 36;

describe('toolsThatFit', () => {
  it.each([
    [1000, ['undo', 'redo', 'level', 'export', 'language']],
    [338, ['undo', 'redo', 'level', 'export', 'language']],
    [337, ['undo', 'redo', 'export', 'language']],
    [283, ['undo', 'redo', 'export']],
    [150, ['undo', 'export']],
    [116, ['export']],
    [30, []],
  ])('with %d px shows %j', (available, shown) => {
    const result = toolsThatFit(tools, available, MORE);
    expect(tools.map((t) => t.id).filter((id) => result.has(id))).toEqual(shown);
  });

  it('what it shows, plus "More" when anything is hidden, always fits', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ width: fc.integer({ min: 1, max: 200 }), rank: fc.integer({ min: 0, max: 20 }) }),
        ),
        fc.integer({ min: 0, max: 2000 }),
        (specs, available) => {
          const list = specs.map((s, i) => ({ ...s, id: `t${i}` }));
          const shown = toolsThatFit(list, available, MORE);
          const width = list.filter((t) => shown.has(t.id)).reduce((sum, t) => sum + t.width, 0);
          const more = shown.size < list.length ? MORE : 0;
          return shown.size === 0 || width + more <= available;
        },
      ),
    );
  });

  it('a higher-ranked tool is never hidden while a lower-ranked one shows', () => {
    const shown = toolsThatFit(tools, 200, MORE);
    for (const a of tools)
      for (const b of tools) if (a.rank < b.rank && shown.has(a.id)) expect(shown.has(b.id)).toBe(true);
  });
});
