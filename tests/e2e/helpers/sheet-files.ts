import { strToU8, zipSync } from 'fflate';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function sheetXml(rows: string[][], shared: string[], index: Map<string, number>): string {
  const sheetRows = rows
    .map((row, r) => {
      const cells = row.map((value, c) => {
        const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
        if (value === '') return '';
        if (/^\d+$/.test(value)) return `<c r="${ref}"><v>${value}</v></c>`;
        if (!index.has(value)) index.set(value, shared.push(value) - 1);
        return `<c r="${ref}" t="s"><v>${index.get(value)}</v></c>`;
      });
      return `<row r="${r + 1}">${cells.join('')}</row>`;
    })
    .join('');
  return `<worksheet xmlns="${MAIN}"><sheetData>${sheetRows}</sheetData></worksheet>`;
}

/** An .xlsx workbook laid out as Excel writes it: shared strings, numbers, one part per sheet. */
export function xlsxBook(sheets: { name: string; rows: string[][] }[]): Buffer {
  const shared: string[] = [];
  const index = new Map<string, number>();
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets
        .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('')}</Relationships>`,
    ),
  };
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s.rows, shared, index));
  });
  files['xl/sharedStrings.xml'] = strToU8(
    `<sst xmlns="${MAIN}">${shared.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`,
  );
  return Buffer.from(zipSync(files));
}

/** A one-sheet .xlsx. */
export const xlsxOf = (rows: string[][]): Buffer => xlsxBook([{ name: '团队表', rows }]);
