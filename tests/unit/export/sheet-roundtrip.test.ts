import fc from 'fast-check';
import { shownPlain } from '../model/doc-of';
import { describe, expect, it } from 'vitest';
import { chartToRows } from '../../../src/export/sheet-export';
import { parseDelimited, writeDelimited } from '../../../src/export/sheet-text';
import { chartArb } from '../model/chart-arbitraries';
import { comparable, readBack, sheetForm, spaceFreeLabels } from './sheet-helpers';

describe('chart → CSV → chart', () => {
  it.each(['zh-CN', 'en'] as const)(
    'is equal (headers in %s)',
    (locale) => {
      fc.assert(
        fc.property(chartArb(25), (generated) => {
          const chart = spaceFreeLabels(sheetForm(shownPlain(generated)));
          const csv = writeDelimited(chartToRows(chart, locale));
          const back = readBack(parseDelimited(csv), chart.title);
          expect(comparable(back)).toEqual(comparable(chart));
        }),
        { numRuns: 100 },
      );
      // Property runs on a shared, loaded machine: give them room beyond the 5 s default.
    },
    30_000,
  );

  it('guards formula cells in the file and reads them back as text', () => {
    const chart = sheetForm({
      format: 'opschart',
      version: 1,
      id: 'c',
      title: 't',
      locale: 'en',
      direction: 'TB',
      compact: false,
      links: [],
      nodes: [
        {
          id: 'r',
          parentId: null,
          kind: 'root',
          title: '=HYPERLINK("http://evil","x")',
          responsibilities: ['+1', '@me'],
          metrics: ['-5%'],
        },
      ],
    });
    const csv = writeDelimited(chartToRows(chart));
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csv).toContain(`"'+1\n@me"`);
    expect(comparable(readBack(parseDelimited(csv), 't'))).toEqual(comparable(chart));
  });
});
