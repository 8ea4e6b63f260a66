import type { Page } from '@playwright/test';
import { card, clickCard, expect, openApp, test } from './fixtures';

/**
 * Headless Chromium has `showSaveFilePicker`, but no one can answer its dialog. The journeys
 * replace only the two pickers: they hand out real handles from the origin-private file system,
 * so writing, permissions, keeping the handle in IndexedDB and writing back are the browser's own.
 */
async function fakePickers(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    w.__pickerCalls = 0;
    w.showSaveFilePicker = async (options: { suggestedName: string }) => {
      w.__pickerCalls = (w.__pickerCalls as number) + 1;
      const root = await navigator.storage.getDirectory();
      return root.getFileHandle(options.suggestedName, { create: true });
    };
    w.showOpenFilePicker = async () => {
      const root = await navigator.storage.getDirectory();
      return [await root.getFileHandle('from-disk.opschart.json')];
    };
  });
}

const readPrivateFile = (page: Page, name: string) =>
  page.evaluate(async (n) => {
    const root = await navigator.storage.getDirectory();
    return (await (await root.getFileHandle(n)).getFile()).text();
  }, name);

const pickerCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pickerCalls: number }).__pickerCalls);

async function rename(page: Page, id: string, title: string) {
  await clickCard(page, id);
  await page.keyboard.press('F2');
  await card(page, id).getByRole('textbox', { name: '名称' }).fill(title);
  await page.keyboard.press('Enter');
  await expect(card(page, id)).toHaveAttribute('aria-label', title);
}

const FILE = '电商平台运营分工.opschart.json';

/** The save button names the chart's file and whether the file is up to date. */
const saveButton = (page: Page, name: string | RegExp) =>
  page.getByRole('banner').getByRole('button', { name, exact: typeof name === 'string' });

test('Ctrl+S saves to a file once asked where, then writes back to it, also after a reload', async ({
  page,
}) => {
  await fakePickers(page);
  await openApp(page);
  await rename(page, 'merchant-ops', '商家成长');
  await page.keyboard.press('Control+s');
  const chip = saveButton(page, `保存到文件 ${FILE}（已是最新）`);
  await expect(chip).toBeVisible();
  expect(
    JSON.parse(await readPrivateFile(page, FILE)).nodes.some(
      (n: { title: Record<string, string> }) => n.title['zh-CN'] === '商家成长',
    ),
  ).toBe(true);
  await expect(page).not.toHaveTitle(/^●/);

  await rename(page, 'merchant-ops', '商家成长二');
  await expect(page).toHaveTitle(/^● /);
  await expect(saveButton(page, `保存到文件 ${FILE}（有未保存的修改）`)).toBeVisible();
  await page.screenshot({ path: '/tmp/shots-storage/file-unsaved.png' });
  await page.keyboard.press('Control+s');
  await expect(chip).toBeVisible();
  await expect(page).not.toHaveTitle(/^●/);
  expect(await pickerCalls(page)).toBe(1);
  expect(await readPrivateFile(page, FILE)).toContain('商家成长二');

  // The chart remembers its file across a reload: the handle came back from IndexedDB.
  await expect(page.getByRole('status', { name: '保存状态' })).toHaveText('已保存');
  await page.reload();
  await expect(chip).toBeVisible();
  await rename(page, 'merchant-ops', '商家成长三');
  await page.keyboard.press('Control+s');
  await expect(chip).toBeVisible();
  expect(await pickerCalls(page)).toBe(0);
  expect(await readPrivateFile(page, FILE)).toContain('商家成长三');
  await page.screenshot({ path: '/tmp/shots-storage/file-saved.png' });
});

test('Open file opens a chart file that Ctrl+S then writes back to', async ({ page }) => {
  await fakePickers(page);
  await openApp(page);
  await page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const w = await (await root.getFileHandle('from-disk.opschart.json', { create: true })).createWritable();
    const chart = {
      format: 'opschart',
      version: 1,
      id: 'disk',
      title: '磁盘上的图',
      locale: 'zh-CN',
      direction: 'TB',
      nodes: [{ id: 'r', parentId: null, kind: 'root', title: '根', responsibilities: [], metrics: [] }],
      links: [],
    };
    await w.write(JSON.stringify(chart));
    await w.close();
  });
  await page.keyboard.press('Control+o');
  await expect(page.getByRole('button', { name: '图表库: 磁盘上的图' })).toBeVisible();
  await expect(saveButton(page, '保存到文件 from-disk.opschart.json（已是最新）')).toBeVisible();
  await rename(page, 'r', '新的根');
  await page.keyboard.press('Control+s');
  await expect(saveButton(page, '保存到文件 from-disk.opschart.json（已是最新）')).toBeVisible();
  expect(await pickerCalls(page)).toBe(0);
  // The file holds both languages (schema v2); the rename was in Chinese.
  expect(JSON.parse(await readPrivateFile(page, 'from-disk.opschart.json')).nodes[0].title).toEqual({
    'zh-CN': '新的根',
  });
});

test('without the File System Access API, Ctrl+S downloads the chart and Open uses the file input', async ({
  page,
}) => {
  await page.addInitScript(() => {
    for (const name of ['showSaveFilePicker', 'showOpenFilePicker'])
      delete (window as unknown as Record<string, unknown>)[name];
  });
  await openApp(page);
  expect(await page.evaluate(() => 'showSaveFilePicker' in window)).toBe(false);
  await rename(page, 'merchant-ops', '下载的商家运营');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
  expect(download.suggestedFilename()).toBe(FILE);
  const text = await (await download.createReadStream()).toArray();
  const saved = JSON.parse(Buffer.concat(text).toString('utf8'));
  expect(
    saved.nodes.some((n: { title: Record<string, string> }) => n.title['zh-CN'] === '下载的商家运营'),
  ).toBe(true);
  await expect(saveButton(page, `再次下载 ${FILE}（此浏览器不能直接写回文件）`)).toBeVisible();

  // Open: the browser's file input, and the downloaded file comes back as a new chart.
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Control+o')]);
  await chooser.setFiles({
    name: FILE,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(saved)),
  });
  await expect(page.getByRole('button', { name: /^图表库: 电商平台运营分工 \(2\)/ })).toBeVisible();
});
