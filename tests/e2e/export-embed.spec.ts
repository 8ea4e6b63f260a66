import { cards, clickCard, expect, openApp, test } from './fixtures';
import { importByPicker, menuCharts } from './helpers/charts';
import { download, openExport, status } from './helpers/export-dialog';
import { keep } from './helpers/keep-file';
import { inflateSync } from 'node:zlib';
import { colourDistance, decodePng, hexToRgba, pixelAt, pngChunks } from './helpers/png-decode';

/** The chart a PNG carries (iTXt 'opschart', zlib), or null. */
function pngChart(bytes: Buffer): { nodes: { id: string }[] } | null {
  const chunk = pngChunks(bytes).find(
    (c) => c.type === 'iTXt' && c.data.subarray(0, 9).toString() === 'opschart\0',
  );
  return chunk ? JSON.parse(inflateSync(chunk.data.subarray(13)).toString('utf8')) : null;
}

test('SVG of a branch carries only that branch and imports back as it', async ({ page }) => {
  await openApp(page);
  await clickCard(page, 'supply-side');
  const dialog = await openExport(page);
  await dialog.getByRole('radio', { name: '所选子树' }).check();
  await expect(dialog.getByText('文件只含所选分支，可再导入编辑。')).toBeVisible();
  const png = await download(page, dialog, 'png');
  expect(pngChart(png.bytes)?.nodes.map((n) => n.id)).toEqual(['supply-side', 'merchant-ops', 'ads-ops']);
  const file = await download(page, dialog, 'svg');
  await keep('branch.svg', file.bytes);
  const text = file.bytes.toString('utf8');
  expect(text).toContain('<title>电商平台运营分工 · 供给侧</title>');
  expect(text).toContain(
    'font-family="&quot;PingFang SC&quot;, &quot;Microsoft YaHei&quot;, &quot;Noto Sans CJK SC&quot;',
  );
  expect(text).toContain('<metadata><opschart:chart');

  await dialog.getByRole('button', { name: '取消' }).click();
  const before = await menuCharts(page);
  await importByPicker(page, { name: file.name, mimeType: 'image/svg+xml', buffer: file.bytes });
  await expect(page.getByRole('status').filter({ hasText: '已导入为新图表' })).toBeVisible();
  expect(await menuCharts(page)).toHaveLength(before.length + 1);
  await expect(cards(page)).toHaveCount(3);
  const ids = await cards(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-id')).sort());
  expect(ids).toEqual(['ads-ops', 'merchant-ops', 'supply-side']);
});

test('embedding switched off: the SVG is a picture only and says so on import', async ({ page }) => {
  await openApp(page);
  const dialog = await openExport(page);
  await dialog.getByLabel('嵌入可编辑图表').uncheck();
  await expect(dialog.getByText('文件不含图表数据，只是图片。')).toBeVisible();
  const file = await download(page, dialog, 'svg');
  expect(file.bytes.toString('utf8')).not.toContain('<metadata');
  const png = await download(page, dialog, 'png');
  expect(pngChart(png.bytes)).toBeNull();
  await dialog.getByRole('button', { name: '取消' }).click();
  await importByPicker(page, { name: file.name, mimeType: 'image/svg+xml', buffer: file.bytes });
  await expect(
    // The parser's English detail is not shown in the Chinese UI.
    page.getByText('这不是 OpsChart 图表文件：请确认这是 OpsChart 导出的 JSON、PNG 或 SVG 文件'),
  ).toBeVisible();
});

test('transparent PNG for dark slides: no background, light title', async ({ page }) => {
  await openApp(page);
  const dialog = await openExport(page);
  const forDark = dialog.getByLabel('用于深色幻灯片（浅色标题和图例）');
  await expect(forDark).toBeDisabled();
  await dialog.getByLabel('清晰度').selectOption('1');
  await dialog.getByLabel('背景').selectOption('transparent');
  await forDark.check();
  const file = await download(page, dialog, 'png');
  await keep('transparent-for-dark.png', file.bytes);
  await expect(status(dialog)).not.toContainText('失败');
  const png = decodePng(file.bytes);
  expect(pixelAt(png, 2, 2)[3]).toBe(0);
  // Somewhere in the title row there is light text (the title colour), none of the dark default.
  let lightest = Infinity;
  for (let x = 32; x < Math.min(png.width, 400); x++) {
    for (let y = 32; y < 64; y++) {
      const p = pixelAt(png, x, y);
      if (p[3] > 200) lightest = Math.min(lightest, colourDistance(p, hexToRgba('#f1f5f9')));
    }
  }
  expect(lightest).toBeLessThan(30);
});
