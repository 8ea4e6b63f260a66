import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DEFAULT_NODE_COUNT, card, cards, clickCard, expect, openApp, shownNodes, test } from './fixtures';
import { download, openExport } from './helpers/export-dialog';
import {
  currentTitle,
  importByDrop,
  importByPicker,
  snapshotLibrary,
  type FileInput,
} from './helpers/charts';
import { xlsxOf } from './helpers/sheet-files';

const SHOTS = '/tmp/shots-sheets';
mkdirSync(SHOTS, { recursive: true });

/** 150 teams: one root, 7 groups under it, the rest spread over the groups. Chinese headers, any order. */
function teamRows(): string[][] {
  const rows = [['负责人', '部门', '上级部门', '人数', '职责']];
  rows.push(['王总', '电商平台运营', '', '150', '全平台运营']);
  for (let g = 1; g <= 7; g++) rows.push([`组长${g}`, `运营组${g}`, '电商平台运营', '20', '拉新；促活']);
  for (let i = 1; i <= 142; i++) rows.push([`员工${i}`, `团队${i}`, `运营组${(i % 7) + 1}`, '3', '']);
  return rows;
}

const csvText = (rows: string[][]) => rows.map((r) => r.join(',')).join('\r\n') + '\r\n';

/** GBK bytes for the few characters of these rows, as Excel on a Chinese Windows writes them. */
function gbkBytes(text: string): Buffer {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  // Build the reverse table for just the characters used, by decoding every two-byte GBK code.
  const needed = new Set([...text].filter((ch) => ch.charCodeAt(0) > 0x7f));
  for (let hi = 0x81; hi <= 0xfe && table.size < needed.size; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (needed.has(ch) && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  return Buffer.from([...text].flatMap((ch) => table.get(ch) ?? [ch.charCodeAt(0)]));
}

const mappingStep = (page: Page) => page.getByRole('dialog', { name: /导入表格|Import spreadsheet/ });

/** Accepts the detected mapping and expects a new chart with every team. */
async function acceptDetected(page: Page, name: string, teams: number, shot?: string) {
  const dialog = mappingStep(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'B 列 部门' })).toHaveValue('name');
  await expect(dialog.getByRole('combobox', { name: 'C 列 上级部门' })).toHaveValue('parent');
  await expect(dialog).toContainText(`预览：${teams} 个节点`);
  await expect(dialog.getByRole('listitem').first()).toHaveText('电商平台运营');
  if (shot) await page.screenshot({ path: `${SHOTS}/${shot}.png` });
  await dialog.getByRole('button', { name: `导入 ${teams} 个节点` }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => currentTitle(page)).toBe(name);
  await expect(shownNodes(page)).toHaveCount(teams);
}

test('a CSV of 150 teams with Chinese headers imports through the mapping step', async ({ page }) => {
  await openApp(page);
  const file: FileInput = {
    name: '运营团队.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('\uFEFF' + csvText(teamRows())),
  };
  await importByPicker(page, file);
  await acceptDetected(page, '运营团队', 150, 'mapping-zh');
});

test('a GBK CSV (Excel on a Chinese Windows) dropped on the window imports', async ({ page }) => {
  await openApp(page);
  const buffer = gbkBytes(csvText(teamRows()));
  expect(buffer.includes(Buffer.from('部门'))).toBe(false);
  await importByDrop(page, { name: 'gbk.csv', mimeType: 'text/csv', buffer });
  await acceptDetected(page, 'gbk', 150);
});

test('an XLSX of 150 teams imports through the mapping step', async ({ page }) => {
  await openApp(page);
  const file: FileInput = {
    name: '团队.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: xlsxOf(teamRows()),
  };
  await importByPicker(page, file);
  await acceptDetected(page, '团队', 150);
});

async function paste(page: Page, text: string) {
  await page.evaluate((plain) => {
    const data = new DataTransfer();
    data.setData('text/plain', plain);
    document.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

test('cells pasted from a spreadsheet open the mapping step; bad rows are listed and skipped', async ({
  page,
}) => {
  await openApp(page);
  const cells = [
    '名称\t上级\t名称',
    '运营\t\t重复列',
    '用户获取\t运营\t',
    '自指\t自指\t',
    '孤儿\t不存在\t',
  ].join('\n');
  await paste(page, cells);
  const dialog = mappingStep(page);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('C 列和 A 列都叫“名称”');
  await expect(dialog).toContainText('第 4 行：上级是它自己（“自指”）');
  await expect(dialog).toContainText('第 5 行：上级“不存在”不存在');
  await dialog.getByRole('button', { name: '跳过这些行，导入其余 2 个节点' }).click();
  await expect.poll(() => currentTitle(page)).toBe('粘贴的表格');
  await expect(shownNodes(page)).toHaveCount(2);
});

test('an outline pasted under a node is one undo step', async ({ page }) => {
  await openApp(page);
  await clickCard(page, 'acquisition');
  await paste(page, '- 私域运营\n  - 社群\n  - 企业微信\n- 直播运营');
  await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT + 4);
  await expect(
    page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: '已在“用户获取”下添加 4 个节点' }),
  ).toBeVisible();
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT);
});

test('an outline indented inconsistently is refused naming the line; nothing changes', async ({ page }) => {
  await openApp(page);
  const before = await snapshotLibrary(page);
  await clickCard(page, 'acquisition');
  await paste(page, '- 私域运营\n    - 社群\n  - 企业微信');
  await expect(page.getByRole('alert')).toContainText('大纲第 3 行的缩进与上面任何一行都对不上');
  expect(await snapshotLibrary(page)).toEqual(before);
  await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT);
});

test('copying a subtree puts an outline beside the chart data', async ({ page }) => {
  await openApp(page);
  await clickCard(page, 'supply-side');
  // Copy acts on cards only when aimed at a card, as Ctrl+C on a focused card is.
  const copied = await card(page, 'supply-side').evaluate((el) => {
    const data = new DataTransfer();
    el.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
    return { plain: data.getData('text/plain'), chart: data.getData('application/x-opschart+json') };
  });
  expect(copied.plain.split('\n')[0]).toBe('- 供给侧');
  expect(copied.plain).toContain('\n  - 商家运营');
  expect(JSON.parse(copied.chart)).toMatchObject({ format: 'opschart-subtree' });
});

for (const format of ['csv', 'xlsx'] as const) {
  test(`the chart exported as ${format.toUpperCase()} imports back with every team`, async ({ page }) => {
    await openApp(page);
    const dialog = await openExport(page);
    const file = await download(page, dialog, format);
    expect(file.name).toMatch(new RegExp(`\\.${format}$`));
    await page.keyboard.press('Escape');
    await importByPicker(page, {
      name: `back.${format}`,
      mimeType: 'application/octet-stream',
      buffer: file.bytes,
    });
    const step = mappingStep(page);
    await expect(step).toContainText('结构：按编号和上级编号');
    await step.getByRole('button', { name: `导入 ${DEFAULT_NODE_COUNT} 个节点` }).click();
    await expect.poll(() => currentTitle(page)).toBe('back');
    await expect(cards(page)).toHaveCount(DEFAULT_NODE_COUNT);
  });
}

test('a PNG named .csv is refused with a clear message and nothing changes', async ({ page }) => {
  await openApp(page);
  const before = await snapshotLibrary(page);
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  await importByPicker(page, { name: 'teams.csv', mimeType: 'text/csv', buffer: png });
  await expect(page.getByRole('alert')).toContainText('“teams”不是文本表格');
  expect(await snapshotLibrary(page)).toEqual(before);
  await expect(cards(page)).toHaveCount(DEFAULT_NODE_COUNT);
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });
  test('the mapping step reads in English', async ({ page }) => {
    await page.goto('/');
    await expect(cards(page)).toHaveCount(DEFAULT_NODE_COUNT);
    const rows = [
      ['id', 'reports to', 'team', 'KPI'],
      ['1', '', 'Operations', 'GMV'],
      ['2', '1', 'Growth', 'DAU; retention'],
      ['3', '2', 'SEO', ''],
    ];
    await importByPicker(page, { name: 'org.csv', mimeType: 'text/csv', buffer: Buffer.from(csvText(rows)) });
    const dialog = page.getByRole('dialog', { name: 'Import spreadsheet: org' });
    await expect(dialog).toContainText('Shape: by ID and parent ID');
    await expect(dialog).toContainText('Preview: 3 teams');
    await page.screenshot({ path: `${SHOTS}/mapping-en.png` });
    await dialog.getByRole('button', { name: 'Import 3 teams' }).click();
    await expect(page.getByRole('button', { name: 'Chart library: org' })).toBeVisible();
  });
});
