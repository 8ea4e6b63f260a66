import { DEFAULT_NODE_COUNT, cards, clickCard, expect, openApp, test } from './fixtures';
import {
  bigChart,
  chainsChart,
  chartButton,
  comparable,
  currentTitle,
  importByDrop,
  importByPicker,
  menuCharts,
  seedChart,
} from './helpers/charts';
import { DEFAULT_TITLES } from './helpers/default-chart';
import { chooseFormat, download, exportDialog, openExport, status } from './helpers/export-dialog';
import { keep } from './helpers/keep-file';
import { exportLargePng } from './helpers/large-export';
import {
  WHITE,
  colourDistance,
  countDifferent,
  decodePng,
  hasPngSignature,
  hexToRgba,
  nearestColourDistance,
  pixelAt,
  pngSize,
} from './helpers/png-decode';
import { readSvg } from './helpers/svg-read';

test('PNG: whole chart at 2×, nodes and edges drawn, chart embedded and importable', async ({ page }) => {
  await openApp(page);
  const dialog = await openExport(page);
  await expect(dialog.getByLabel('清晰度')).toHaveValue('2');
  const svgFile = await download(page, dialog, 'svg');
  const pngFile = await download(page, dialog, 'png');
  const jsonFile = await download(page, dialog, 'json');
  await keep('default.png', pngFile.bytes);
  await keep('default.svg', svgFile.bytes);
  expect(pngFile.name).toBe('电商平台运营分工.png');

  expect(hasPngSignature(pngFile.bytes)).toBe(true);
  const svg = await readSvg(page, svgFile.bytes.toString('utf8'));
  const size = pngSize(pngFile.bytes);
  expect(Math.abs(size.width - svg.width * 2)).toBeLessThanOrEqual(2);
  expect(Math.abs(size.height - svg.height * 2)).toBeLessThanOrEqual(2);

  const png = decodePng(pngFile.bytes);
  expect(svg.cards).toHaveLength(DEFAULT_NODE_COUNT);
  for (const c of svg.cards) {
    const box = { x: c.x * 2 + 2, y: c.y * 2 + 2, width: c.width * 2 - 4, height: c.height * 2 - 4 };
    // Card text and borders: a blank or clipped card has (almost) none.
    expect(countDifferent(png, box, WHITE)).toBeGreaterThan(200);
    // The accent band across the top of the card.
    const accent = nearestColourDistance(png, (c.x + c.width / 2) * 2, (c.y + 2) * 2, hexToRgba(c.accent));
    expect(accent).toBeLessThan(24);
  }
  expect(svg.edges.length).toBeGreaterThan(0);
  for (const edge of svg.edges) {
    for (let i = 1; i < edge.points.length; i++) {
      const a = edge.points[i - 1]!;
      const b = edge.points[i]!;
      if (Math.hypot(b.x - a.x, b.y - a.y) < 4) continue;
      // Sampled at three points: a connector into a region passes behind the region's label.
      const d = Math.min(
        ...[0.2, 0.5, 0.8].map((t) =>
          nearestColourDistance(
            png,
            2 * (a.x + (b.x - a.x) * t),
            2 * (a.y + (b.y - a.y) * t),
            hexToRgba(edge.color),
          ),
        ),
      );
      expect(d, `edge segment ${JSON.stringify([a, b])}`).toBeLessThan(24);
    }
  }

  await dialog.getByRole('button', { name: '取消' }).click();
  const before = await menuCharts(page);
  await importByPicker(page, { name: pngFile.name, mimeType: 'image/png', buffer: pngFile.bytes });
  await expect(page.getByRole('status').filter({ hasText: '已导入为新图表' })).toBeVisible();
  expect(await menuCharts(page)).toHaveLength(before.length + 1);
  await expect(cards(page)).toHaveCount(DEFAULT_NODE_COUNT);
  expect(await currentTitle(page)).not.toBe('电商平台运营分工');

  const again = await openExport(page);
  const reimported = await download(page, again, 'json');
  expect(comparable(reimported.bytes.toString('utf8'))).toEqual(comparable(jsonFile.bytes.toString('utf8')));
});

test('options: Ctrl+E, 1× size, transparent and dark backgrounds, title off, selected subtree', async ({
  page,
}) => {
  await openApp(page);
  await clickCard(page, 'supply-side');
  await page.keyboard.press('Control+e');
  const dialog = exportDialog(page);
  await expect(dialog).toBeVisible();

  const svg = await readSvg(page, (await download(page, dialog, 'svg')).bytes.toString('utf8'));
  await chooseFormat(dialog, 'png');
  await dialog.getByLabel('清晰度').selectOption('1');
  await dialog.getByLabel('背景').selectOption('transparent');
  const clear = decodePng((await download(page, dialog, 'png')).bytes);
  expect(Math.abs(clear.width - svg.width)).toBeLessThanOrEqual(2);
  expect(Math.abs(clear.height - svg.height)).toBeLessThanOrEqual(2);
  expect(pixelAt(clear, 2, 2)[3]).toBe(0);
  expect(pixelAt(clear, clear.width - 3, clear.height - 3)[3]).toBe(0);

  await dialog.getByLabel('背景').selectOption('dark');
  const darkFile = await download(page, dialog, 'png');
  await keep('dark-subtree-off.png', darkFile.bytes);
  const dark = decodePng(darkFile.bytes);
  expect(colourDistance(pixelAt(dark, 2, 2), hexToRgba('#0f172a'))).toBeLessThanOrEqual(2);

  await dialog.getByLabel('显示标题').uncheck();
  const untitled = await readSvg(page, (await download(page, dialog, 'svg')).bytes.toString('utf8'));
  expect(untitled.texts).not.toContain('电商平台运营分工');
  expect(untitled.height).toBeLessThan(svg.height);

  await dialog.getByLabel('显示标题').check();
  await dialog.getByRole('radio', { name: '所选子树' }).check();
  const subtree = await readSvg(page, (await download(page, dialog, 'svg')).bytes.toString('utf8'));
  expect(subtree.cards).toHaveLength(3);
  const text = subtree.texts.join('');
  for (const title of ['供给侧', '商家运营', '商业化运营']) expect(text).toContain(title);
  expect(text).not.toContain('用户获取');
});

test('the live preview follows rapid option changes without a broken image', async ({ page }) => {
  await openApp(page);
  const dialog = await openExport(page);
  const preview = dialog.getByTestId('export-preview');
  await expect(preview).toBeVisible();
  // Changes land while earlier previews are still loading; each must replace the last cleanly.
  await page.evaluate(async () => {
    const select = document.getElementById('export-bg') as HTMLSelectElement;
    const set = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
    const values = ['dark', 'transparent', 'white'];
    for (let i = 0; i < 30; i++) {
      set.call(select, values[i % 3]);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => setTimeout(r, (i * 7) % 40));
    }
  });
  await expect(dialog.getByLabel('背景')).toHaveValue('white');
  await expect
    .poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
});

test('SVG: well-formed, real text, no foreignObject, every title', async ({ page }) => {
  await openApp(page);
  const dialog = await openExport(page);
  const file = await download(page, dialog, 'svg');
  expect(file.name).toBe('电商平台运营分工.svg');
  const svg = await readSvg(page, file.bytes.toString('utf8'));
  expect(svg.parseError).toBeNull();
  expect(svg.rootName).toBe('svg');
  expect(svg.foreignObjects).toBe(0);
  expect(svg.externalRefs).toEqual([]);
  expect(svg.active).toEqual([]);
  const allText = svg.texts.join('');
  for (const title of DEFAULT_TITLES) expect(allText).toContain(title);
  expect(svg.texts).toContain('电商平台运营分工');
});

// PPTX journeys: tests/e2e/export-pptx.spec.ts (slides drawn from the page planner).

test('JSON: export then import gives an equal chart as a new library entry', async ({ page }) => {
  await openApp(page);
  const dialog = await openExport(page);
  const file = await download(page, dialog, 'json');
  expect(file.name).toBe('电商平台运营分工.json');
  const text = file.bytes.toString('utf8');
  // Pretty-printed envelope, format first.
  expect(text.startsWith('{\n  "format": "opschart",\n  "version": 2,')).toBe(true);
  await dialog.getByRole('button', { name: '取消' }).click();

  const before = await menuCharts(page);
  await importByDrop(page, { name: file.name, mimeType: 'application/json', buffer: file.bytes });
  await expect(page.getByRole('status').filter({ hasText: '已导入为新图表' })).toBeVisible();
  const after = await menuCharts(page);
  expect(after).toHaveLength(before.length + 1);
  expect(after).toEqual(expect.arrayContaining(before));

  const again = await download(page, await openExport(page), 'json');
  const original = comparable(text);
  const imported = comparable(again.bytes.toString('utf8'));
  expect(imported.nodes).toEqual(original.nodes);
  expect(imported.links).toEqual(original.links);
  expect(imported).toEqual(original);
});

test('copy PNG puts an image on the clipboard when the browser allows it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  const dialog = await openExport(page);
  await dialog.getByRole('button', { name: '复制 PNG' }).click();
  // The browser re-encodes a copied image, so the chart never travels with it; the message says so.
  await expect(status(dialog)).toHaveText(
    'PNG 已复制到剪贴板，但不含可编辑图表（剪贴板只保留图片）。要带上图表，请下载 PNG 或 SVG。',
  );
  const clip = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) return null;
    const blob = await item.getType('image/png');
    return { types: item.types, bytes: Array.from(new Uint8Array(await blob.arrayBuffer())) };
  });
  expect(clip?.types).toContain('image/png');
  const bytes = new Uint8Array(clip?.bytes ?? []);
  expect(hasPngSignature(bytes)).toBe(true);
  expect(Buffer.from(bytes).includes('opschart')).toBe(false);
});

test('copy PNG without a clipboard API says so and offers the download', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { ClipboardItem?: unknown }).ClipboardItem;
  });
  await openApp(page);
  const dialog = await openExport(page);
  await dialog.getByRole('button', { name: '复制 PNG' }).click();
  await expect(status(dialog)).toHaveText('浏览器不允许写入剪贴板，请改用下载。');
  await expect(dialog.getByRole('button', { name: '下载 PNG' })).toBeEnabled();
});

test('copy PNG that the browser refuses says so and offers the download', async ({ page }) => {
  await page.addInitScript(() => {
    navigator.clipboard.write = () =>
      Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await openApp(page);
  const dialog = await openExport(page);
  await dialog.getByRole('button', { name: '复制 PNG' }).click();
  await expect(status(dialog)).toHaveText('浏览器不允许写入剪贴板，请改用下载。');
  await expect(dialog.getByRole('button', { name: '下载 PNG' })).toBeEnabled();
});

test('copy PNG of a 5,000-node chart without a granted permission: scaled down and copied', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  // Chromium lets a click write to the clipboard without the permission, even while the
  // PNG is still being drawn (the write starts inside the click and waits for the image).
  await context.clearPermissions();
  await seedChart(page, chainsChart(10, 500));
  await page.goto('/');
  await expect(chartButton(page)).toHaveText('长链图表 5011');
  const dialog = await openExport(page);
  await dialog.getByLabel('清晰度').selectOption('1');
  await dialog.getByRole('button', { name: '复制 PNG' }).click();
  await expect(status(dialog)).toContainText('PNG 已复制到剪贴板', { timeout: 90_000 });
  await expect(status(dialog)).toContainText(/已缩小到 0\.\d+× .*（\d+×32767 像素）/);
});

test('a 5,000-node chart of ten long chains exports a 1× PNG that is neither blank nor cut', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const result = await exportLargePng(page, chainsChart(10, 500), 'chains-5000.png');
  // 500 stacked cards are far taller than any canvas allows: it must have been scaled down, not cut.
  expect(result.scaledDown).toBe(true);
});

test('a bushy 5,000-node chart exports a 1× PNG that is neither blank nor cut', async ({ page }) => {
  test.setTimeout(120_000);
  await exportLargePng(page, bigChart(5000), 'bushy-5000.png');
});
