import fc from 'fast-check';
import { shownPlain } from '../model/doc-of';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chartToRows } from '../../../src/export/sheet-export';
import { readXlsx } from '../../../src/export/xlsx-read';
import { writeXlsx } from '../../../src/export/xlsx-write';
import { chartArb } from '../model/chart-arbitraries';
import { comparable, readBack, sheetForm, spaceFreeLabels } from './sheet-helpers';

/** A workbook laid out as Excel writes one: shared strings, styles, a namespace prefix on one sheet. */
function excelLike(sheets: { name: string; xml: string }[], sharedStrings: string[]): Uint8Array {
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets>${sheets
        .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="/xl/worksheets/s${i + 1}.xml"/>`,
        )
        .join('')}</Relationships>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `<?xml version="1.0"?><sst xmlns="${main}">${sharedStrings.map((s) => `<si>${s}</si>`).join('')}</sst>`,
    ),
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/s${i + 1}.xml`] = strToU8(s.xml)));
  return zipSync(files);
}

describe('xlsx reader', () => {
  const strings = [
    '<t>名称</t>',
    '<t>上级</t>',
    '<r><rPr><b/></rPr><t>运营</t></r><r><t xml:space="preserve"> 总部</t></r><rPh><t>ウン</t></rPh>',
    '<t>用户获取</t>',
    '<t>渠道运营</t>',
    '<t>A &amp; B_x000D_</t>',
  ];
  const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
    <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>人数</t></is></c><c r="D1" t="inlineStr"><is><t>说明</t></is></c></row>
    <row r="2"><c r="A2" t="s"><v>2</v></c><c r="C2"><f>SUM(C3:C5)</f><v>42</v></c><c r="D2" t="str"><f>HYPERLINK("http://x","官网")</f><v>官网</v></c></row>
    <row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3" t="s"><v>2</v></c><c r="C3"><v>30</v></c><c r="D3"><f>NOW()</f></c></row>
    <row r="4"><c r="A4" t="s"><v>4</v></c><c r="B4" t="s"><v>3</v></c><c r="D4" t="s"><v>5</v></c></row>
    <row r="6"><c r="A6" t="inlineStr"><is><t>会员运营</t></is></c><c r="B6" t="s"><v>3</v></c><c r="E6" t="b"><v>1</v></c></row>
    <row r="7"><c r="A7" t="inlineStr"><is><t>内容运营</t></is></c></row>
  </sheetData><mergeCells count="1"><mergeCell ref="B6:B7"/></mergeCells></worksheet>`;
  const prefixed = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>name</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
  const read = readXlsx(
    excelLike(
      [
        { name: '团队', xml: sheet },
        { name: 'Other', xml: prefixed },
        { name: 'Empty', xml: '<worksheet/>' },
      ],
      strings,
    ),
  );
  if (!read.ok) throw new Error(read.reason);
  const [teams, other, empty] = read.sheets;

  it.each([
    ['shared strings with rich text runs, phonetic guides left out', 1, 0, '运营 总部'],
    ['inline strings', 0, 2, '人数'],
    ['a formula shows its cached result', 1, 2, '42'],
    ['a HYPERLINK formula shows its text, not the formula', 1, 3, '官网'],
    ['a formula without a cached result shows as text', 2, 3, '=NOW()'],
    ['entities and _x000D_ escapes', 3, 3, 'A & B\r'],
    ['a skipped row stays empty, so row numbers match the sheet', 4, 0, ''],
    ['booleans', 5, 4, 'TRUE'],
    ['a merged cell fills its range', 6, 1, '用户获取'],
  ])('%s', (_name, row, column, text) => {
    expect(teams!.rows[row]![column]).toBe(text);
  });

  it('lists every sheet by name, namespace prefixes and empty sheets included', () => {
    expect(read.sheets.map((s) => s.name)).toEqual(['团队', 'Other', 'Empty']);
    expect(other!.rows).toEqual([['name']]);
    expect(empty!.rows).toEqual([]);
  });

  it('refuses a file that is not a workbook', () => {
    expect(readXlsx(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]))).toEqual({
      ok: false,
      reason: 'not-xlsx',
    });
    expect(readXlsx(zipSync({ 'a.txt': strToU8('hi') }))).toEqual({ ok: false, reason: 'not-xlsx' });
  });

  it('reads 50 sheets', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ name: `S${i + 1}`, xml: prefixed }));
    const result = readXlsx(excelLike(many, []));
    expect(result.ok && result.sheets.length).toBe(50);
  });
});

describe('chart → XLSX → chart', () => {
  it('is equal', () => {
    fc.assert(
      fc.property(chartArb(25), fc.constantFrom('zh-CN' as const, 'en' as const), (generated, locale) => {
        const chart = spaceFreeLabels(sheetForm(shownPlain(generated)));
        const read = readXlsx(writeXlsx(chartToRows(chart, locale)));
        if (!read.ok) throw new Error(read.reason);
        const back = readBack(read.sheets[0]!.rows, chart.title);
        expect(comparable(back)).toEqual(comparable(chart));
      }),
      { numRuns: 100 },
    );
    // Property runs on a shared, loaded machine: give them room beyond the 5 s default.
  }, 30_000);
});
