import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DEFAULT_NODE_COUNT, cards, expect, openApp, test } from './fixtures';
import { currentTitle, importByPicker, snapshotLibrary } from './helpers/charts';
import { xlsxBook } from './helpers/sheet-files';

const SHOTS = '/tmp/shots-sheets';
mkdirSync(SHOTS, { recursive: true });

/**
 * Picks a file made in the page (a 30 MB or 100,000-row file is not worth sending over the
 * wire): `lines` lines of CSV text, or `bytes` zero bytes behind a header line.
 */
async function pickMadeFile(page: Page, spec: { name: string; lines?: number; bytes?: number }) {
  await page.evaluate(({ name, lines, bytes }) => {
    const parts: BlobPart[] = ['部门,上级部门\r\n'];
    if (lines) {
      const rows: string[] = ['总部,'];
      for (let i = 1; i < lines; i++) rows.push(`团队${i},总部`);
      parts.push(rows.join('\r\n'));
    }
    if (bytes) parts.push(new Uint8Array(bytes).fill(0x41));
    const data = new DataTransfer();
    data.items.add(new File(parts, name, { type: 'text/csv' }));
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    input.files = data.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, spec);
}

test('a 30 MB spreadsheet and a 100,000-row CSV are refused naming the size and the row; nothing changes', async ({
  page,
}) => {
  await openApp(page);
  const before = await snapshotLibrary(page);
  await pickMadeFile(page, { name: '大表.csv', bytes: 30 * 1024 * 1024 });
  await expect(page.getByRole('alert')).toContainText(
    '“大表.csv”有 30.0 MB，超过 20 MB 的上限，没有导入。请拆分成几个较小的表格后分别导入。',
  );
  await page.screenshot({ path: `${SHOTS}/scale-30mb.png` });

  await pickMadeFile(page, { name: '十万行.csv', lines: 100_000 });
  const dialog = page.getByRole('dialog', { name: '导入表格：十万行' });
  await expect(dialog.getByRole('alert')).toContainText(
    '这个表有 100,000 行，一个图表最多 20,000 个节点（第 20,002 行起放不下）',
  );
  await expect(dialog.getByRole('button', { name: /^导入/ })).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/scale-100k.png` });
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  expect(await snapshotLibrary(page)).toEqual(before);
  await expect(cards(page)).toHaveCount(DEFAULT_NODE_COUNT);
});

const teams = [
  ['名称', '上级'],
  ['运营', ''],
  ['用户获取', '运营'],
];
const fiftySheets = () =>
  xlsxBook(Array.from({ length: 50 }, (_, i) => ({ name: `表${i + 1}`, rows: i === 0 ? [] : teams })));

test('an XLSX with 50 sheets asks which; an empty sheet says so; another sheet imports', async ({ page }) => {
  await openApp(page);
  const before = await snapshotLibrary(page);
  await importByPicker(page, {
    name: '五十表.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: fiftySheets(),
  });
  const dialog = page.getByRole('dialog', { name: '导入表格：五十表' });
  const which = dialog.getByRole('combobox', { name: '这个工作簿有 50 个工作表，导入哪一个？' });
  await expect(which.getByRole('option')).toHaveCount(50);
  // The first sheet with rows is chosen; the empty one is there to pick and says it is empty.
  await expect(which).toHaveValue('1');
  await which.selectOption('0');
  await expect(dialog.getByRole('alert')).toContainText('这个工作表是空的，请选择另一个工作表或文件。');
  await expect(dialog.getByRole('button', { name: /^导入/ })).toBeDisabled();
  await page.screenshot({ path: `${SHOTS}/scale-50-sheets-empty.png` });
  await dialog.getByRole('button', { name: '取消' }).click();
  expect(await snapshotLibrary(page)).toEqual(before);
  await importByPicker(page, {
    name: '五十表.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: fiftySheets(),
  });
  await which.selectOption('7');
  await dialog.getByRole('button', { name: '导入 2 个节点' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => currentTitle(page)).toBe('五十表');
  await expect(cards(page)).toHaveCount(2);
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });
  test('the 50-sheet question and the empty sheet read in English', async ({ page }) => {
    await page.goto('/');
    await expect(cards(page)).toHaveCount(DEFAULT_NODE_COUNT);
    await importByPicker(page, {
      name: 'fifty.xlsx',
      mimeType: 'application/octet-stream',
      buffer: fiftySheets(),
    });
    const dialog = page.getByRole('dialog', { name: 'Import spreadsheet: fifty' });
    const which = dialog.getByRole('combobox', {
      name: 'This workbook has 50 sheets. Which one should be imported?',
    });
    await which.selectOption('0');
    await expect(dialog.getByRole('alert')).toContainText(
      'This sheet is empty. Choose another sheet or file.',
    );
    await page.screenshot({ path: `${SHOTS}/scale-50-sheets-en.png` });
  });
});
