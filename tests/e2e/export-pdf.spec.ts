import { unzipSync } from 'fflate';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openApp, test } from './fixtures';
import { bigChart, chartButton, seedChart } from './helpers/charts';
import { download } from './helpers/export-dialog';
import {
  EN,
  SHOTS,
  ZH,
  expectEveryTitle,
  openExportIn,
  pdfInfo,
  pdfText,
  previewPageCount,
  renderPages,
  savePdf,
  stubPrint,
  type Ui,
} from './helpers/pdf-tools';
import { pngSize } from './helpers/png-decode';

type Text = string | { 'zh-CN'?: string; en?: string };
type ChartJson = { title: Text; nodes: { id: string; parentId: string | null; title: Text }[] };

async function chartJson(page: import('@playwright/test').Page, ui: Ui): Promise<ChartJson> {
  const dialog = await openExportIn(page, ui);
  await dialog.getByLabel(ui.format).selectOption('json');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: /JSON$/ }).click(),
  ]);
  const { readFile } = await import('node:fs/promises');
  // The file holds both languages (schema v2); the pages show the one the chart is shown in.
  type Text = string | Record<string, string>;
  const stored = JSON.parse(await readFile(await file.path(), 'utf8')) as {
    title: Text;
    nodes: { id: string; parentId: string | null; title: Text }[];
  };
  const [own, other] = ui === ZH ? ['zh-CN', 'en'] : ['en', 'zh-CN'];
  const shown = (t: Text) => (typeof t === 'string' ? t : (t[own!] ?? t[other!] ?? ''));
  const chart: ChartJson = {
    title: shown(stored.title),
    nodes: stored.nodes.map((n) => ({ ...n, title: shown(n.title) })),
  };
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  return chart;
}

for (const [lang, ui] of [
  ['zh', ZH],
  ['en', EN],
] as const) {
  test.describe(`default chart, ${lang}`, () => {
    test.use({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
    test(`PDF of the default chart (${lang}): one 16:9 page per planned page, real text, every title`, async ({
      page,
    }) => {
      await stubPrint(page);
      await openApp(page);
      const chart = await chartJson(page, ui);
      const dialog = await openExportIn(page, ui);
      const pdf = await savePdf(page, dialog, ui, `default-${lang}`);
      const info = pdfInfo(pdf.path);
      expect(info.pages).toBe(pdf.pages);
      expect(info.size).toMatch(/^960 x 540 pts/);
      const text = pdfText(pdf.path);
      if (lang === 'zh') expect(text).toContain('电商平台运营');
      expectEveryTitle(text, chart, lang === 'zh' ? 'zh-CN' : 'en');
      renderPages(pdf.path, `default-${lang}`, 80);
    });
  });
}

test('PDF and PNG pages of a 300-node chart: page count as planned, every title, links, sizes', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await stubPrint(page);
  const big = bigChart(300, 'chart-300');
  await seedChart(page, big);
  await page.goto('/');
  await expect(chartButton(page)).toHaveText(String(big.title));
  const chart = big as unknown as ChartJson;

  const dialog = await openExportIn(page, ZH);
  const pdf = await savePdf(page, dialog, ZH, 'chart-300');
  const info = pdfInfo(pdf.path);
  expect(info.pages).toBe(pdf.pages);
  expect(pdf.pages).toBeGreaterThan(1);
  expectEveryTitle(pdfText(pdf.path), chart, 'zh-CN');
  // "→ p. N" markers are links inside the document.
  const raw = pdf.bytes.toString('latin1');
  expect((raw.match(/\/Subtype\s*\/Link/g) ?? []).length).toBeGreaterThan(0);
  expect(raw).not.toMatch(/\/URI\s*\(http/);
  renderPages(pdf.path, 'chart-300', 40);
  await expect(dialog.getByTestId('smallest-pt')).toContainText(/最小文字 (\d+\.\d) 磅/);
  const smallest = Number(/最小文字 (\d+\.\d)/.exec(await dialog.getByTestId('smallest-pt').innerText())![1]);
  expect(smallest).toBeGreaterThanOrEqual(10);

  // PNG pages: the same plan, one image per page in a zip.
  await dialog.getByLabel('格式').selectOption('png');
  await dialog.getByRole('radio', { name: '每页一张图片（ZIP）' }).check();
  const count = await previewPageCount(dialog, ZH);
  expect(count).toBe(pdf.pages);
  const zip = await download(page, dialog, 'png');
  expect(zip.name).toMatch(/\.zip$/);
  const files = unzipSync(new Uint8Array(zip.bytes));
  const names = Object.keys(files).sort();
  expect(names).toHaveLength(count);
  for (const name of names) {
    // 16:9 at 2×: 960 × 540 pt → 2560 × 1440 px; the plan put no text under 10 pt on any page.
    expect(pngSize(Buffer.from(files[name]!))).toEqual({ width: 2560, height: 1440 });
  }
  writeFileSync(join(SHOTS, 'chart-300-png-p01.png'), files[names[0]!]!);
  writeFileSync(join(SHOTS, `chart-300-png-last.png`), files[names[names.length - 1]!]!);
  await expect(dialog.getByRole('status')).toContainText(`已下载 ${count} 张图片`);
});

test('whole-chart PNG of a 300-node chart says its real scale and offers pages', async ({ page }) => {
  const big = bigChart(300, 'chart-300');
  await seedChart(page, big);
  await page.goto('/');
  await expect(chartButton(page)).toHaveText(String(big.title));
  const dialog = await openExportIn(page, ZH);
  const note = dialog.getByTestId('whole-chart-note');
  await expect(note).toContainText('整张图太大：浏览器画布最多只能以');
  await expect(note).toContainText('而不是所选的 2×');
  await expect(note.getByRole('alert')).toContainText('低于 10 磅');
  await dialog.screenshot({ path: join(SHOTS, 'dialog-whole-300.png') });
  await note.getByRole('button', { name: '改为每页一张图片' }).click();
  await expect(dialog.getByRole('radio', { name: '每页一张图片（ZIP）' })).toBeChecked();
  await previewPageCount(dialog, ZH);
  await dialog.getByRole('button', { name: '下一页' }).click();
  await expect(dialog.getByTestId('page-position')).toHaveText(/第 2 \/ \d+ 页/);
  await expect(dialog.getByTestId('page-thumbnail')).toBeVisible();
  await dialog.screenshot({ path: join(SHOTS, 'dialog-pages-300.png') });
});

test('default chart dialog: PDF preview, formats and a minimum that cannot be met', async ({ page }) => {
  await openApp(page);
  const dialog = await openExportIn(page, ZH);
  await dialog.getByLabel('格式').selectOption('pdf');
  await previewPageCount(dialog, ZH);
  await dialog.screenshot({ path: join(SHOTS, 'dialog-pdf-default.png') });
  await dialog.getByLabel('页面').selectOption('a4-portrait');
  await previewPageCount(dialog, ZH);
  await dialog.getByLabel('最小文字（磅）').fill('200');
  await expect(dialog.getByRole('alert')).toHaveText('最小文字须在 4 到 72 磅之间。');
});
