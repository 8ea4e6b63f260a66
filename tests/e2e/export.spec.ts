import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DEFAULT_NODE_COUNT, cards, clickCard, expect, isLocalUrl, openApp, test } from './fixtures';
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
import { chooseFormat, download, exportDialog, openExport, status } from './helpers/export-dialog';
import {
  colourDistance,
  countDifferent,
  decodePng,
  hasPngSignature,
  hexToRgba,
  nearestColourDistance,
  pixelAt,
  pngSize,
} from './helpers/png-decode';
import { readPptx } from './helpers/pptx-read';
import { readSvg } from './helpers/svg-read';

const DEFAULT_TITLES = [
  '电商平台运营',
  '用户获取',
  '渠道/推广运营',
  '活动运营',
  '内容运营',
  '产品运营',
  '用户维护',
  '平台侧',
  '平台运营',
  '策略运营',
  '品类运营',
  '会员运营',
  '用户运营',
  '社区/社群运营',
  '新媒体运营',
  '供给侧',
  '商家运营',
  '商业化运营',
];

const WHITE = hexToRgba('#ffffff');

/** Exported files kept for a person to look at; test-results is wiped by every run, so outside it. */
const KEEP_DIR = join(tmpdir(), 'opschart-e2e-exports');
async function keep(name: string, bytes: Buffer | string) {
  await mkdir(KEEP_DIR, { recursive: true });
  await writeFile(join(KEEP_DIR, name), bytes);
}

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
      const d = nearestColourDistance(png, a.x + b.x, a.y + b.y, hexToRgba(edge.color));
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

test('PPTX: a zip of slides with a native shape per node, its text, and line connectors', async ({
  page,
}) => {
  await openApp(page);
  const dialog = await openExport(page);
  const svg = await readSvg(page, (await download(page, dialog, 'svg')).bytes.toString('utf8'));
  const file = await download(page, dialog, 'pptx');
  expect(file.name).toBe('电商平台运营分工.pptx');
  expect(file.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const pptx = readPptx(file.bytes);
  expect(pptx.slides).toBeGreaterThan(0);
  const ids = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.react-flow__node')).map((n) => n.getAttribute('data-id')),
  );
  expect(ids).toHaveLength(DEFAULT_NODE_COUNT);
  for (const id of ids) expect(pptx.nodes.get(id!), `node ${id}`).toBeGreaterThanOrEqual(1);
  for (const title of DEFAULT_TITLES) expect(pptx.texts).toContain(title);
  // Too small to read on one slide: an overview plus a slide per branch, and the dialog says so.
  if (pptx.slides > 1) await expect(status(dialog)).toContainText('将生成总览页和每个分支一页');
  const segments = svg.edges.reduce((sum, e) => sum + e.points.length - 1, 0);
  expect(pptx.lines).toBeGreaterThanOrEqual(segments);
});

test('PPTX of a subtree that fits one slide: each node exactly once', async ({ page }) => {
  await openApp(page);
  await clickCard(page, 'supply-side');
  const dialog = await openExport(page);
  await dialog.getByRole('radio', { name: '所选子树' }).check();
  const pptx = readPptx((await download(page, dialog, 'pptx')).bytes);
  expect(pptx.slides).toBe(1);
  expect(Object.fromEntries(pptx.nodes)).toEqual({ 'supply-side': 1, 'merchant-ops': 1, 'ads-ops': 1 });
  expect(pptx.lines).toBeGreaterThanOrEqual(2);
});

test('PPTX of a chart too big for one slide: an overview plus one slide per branch', async ({ page }) => {
  await seedChart(page, chainsChart(4, 40));
  await page.goto('/');
  await expect(chartButton(page)).toHaveText('长链图表 165');
  const dialog = await openExport(page);
  const file = await download(page, dialog, 'pptx');
  await expect(status(dialog)).toContainText('将生成总览页和每个分支一页');
  const pptx = readPptx(file.bytes);
  expect(pptx.slides).toBe(5);
  for (let c = 0; c < 4; c++) {
    // A branch is on the overview and heads its own slide; its functions are on that slide only.
    expect(pptx.nodes.get(`c${c}`), `c${c}`).toBe(2);
    for (let i = 0; i < 40; i++) expect(pptx.nodes.get(`c${c}-${i}`), `c${c}-${i}`).toBe(1);
  }
  expect(pptx.nodes.get('root')).toBe(1);
});

test('JSON: export then import gives an equal chart as a new library entry', async ({ page }) => {
  await openApp(page);
  const dialog = await openExport(page);
  const file = await download(page, dialog, 'json');
  expect(file.name).toBe('电商平台运营分工.json');
  const text = file.bytes.toString('utf8');
  // Pretty-printed envelope, format first.
  expect(text.startsWith('{\n  "format": "opschart",\n  "version": 1,')).toBe(true);
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
  await expect(status(dialog)).toHaveText('PNG 已复制到剪贴板');
  const clip = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) return null;
    const blob = await item.getType('image/png');
    return { types: item.types, head: Array.from(new Uint8Array(await blob.slice(0, 8).arrayBuffer())) };
  });
  expect(clip?.types).toContain('image/png');
  expect(hasPngSignature(new Uint8Array(clip?.head ?? []))).toBe(true);
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

/** Reads the share link the dialog copied (needs clipboard permission in `page`'s context). */
async function copyShareLink(page: Page): Promise<{ url: string; original: Record<string, unknown> }> {
  const dialog = await openExport(page);
  const original = comparable((await download(page, dialog, 'json')).bytes.toString('utf8'));
  await dialog.getByRole('button', { name: '复制分享链接' }).click();
  await expect(status(dialog)).toHaveText('分享链接已复制（图表数据在链接中，不会上传）');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  const origin = new URL(page.url()).origin;
  expect(url.startsWith(`${origin}/#chart=`)).toBe(true);
  expect(url.slice(origin.length)).toMatch(/^\/#chart=[A-Za-z0-9_-]+$/);
  await dialog.getByRole('button', { name: '取消' }).click();
  return { url, original };
}

/** Fails the test on console errors, page errors and requests leaving localhost in a second page. */
function guardPage(other: Page): string[] {
  const problems: string[] = [];
  other.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  other.on('pageerror', (e) => problems.push(e.message));
  other.on('request', (r) => !isLocalUrl(r.url()) && problems.push(r.url()));
  return problems;
}

test('share link opens as a new chart with the same nodes, once', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  const { url, original } = await copyShareLink(page);

  // Someone else's browser: nothing stored yet.
  const recipient = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 720 } });
  const other = await recipient.newPage();
  const problems = guardPage(other);
  await other.goto(url);
  await expect(other.getByRole('status').filter({ hasText: '已导入为新图表' })).toBeVisible();
  await expect(cards(other)).toHaveCount(DEFAULT_NODE_COUNT);
  expect(other.url()).not.toContain('#chart=');
  const opened = comparable((await download(other, await openExport(other), 'json')).bytes.toString('utf8'));
  expect(opened).toEqual(original);
  await other.getByRole('dialog').getByRole('button', { name: '取消' }).click();

  const charts = await menuCharts(other);
  expect(charts).toHaveLength(2);
  const title = await currentTitle(other);
  await other.reload();
  await expect(cards(other)).toHaveCount(DEFAULT_NODE_COUNT);
  await expect(other.getByRole('status').filter({ hasText: '已导入为新图表' })).toHaveCount(0);
  expect(await menuCharts(other)).toEqual(charts);
  expect(await currentTitle(other)).toBe(title);
  expect(problems).toEqual([]);
  await recipient.close();
});

test('a share link pasted into a tab already showing the app opens too', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  const { url, original } = await copyShareLink(page);
  const before = await menuCharts(page);
  // Same page, new fragment: the browser does not load the page again.
  await page.evaluate((hash) => {
    location.hash = hash;
  }, new URL(url).hash);
  await expect(page.getByRole('status').filter({ hasText: '已导入为新图表' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
  expect(await menuCharts(page)).toHaveLength(before.length + 1);
  const opened = comparable((await download(page, await openExport(page), 'json')).bytes.toString('utf8'));
  expect(opened).toEqual(original);
});

/** Exports the seeded chart as a 1× PNG and checks it against the SVG of the same scene. */
async function exportLargePng(page: Page, chart: ReturnType<typeof bigChart>, file: string) {
  await seedChart(page, chart);
  await page.goto('/');
  await expect(chartButton(page)).toHaveText(String(chart.title));
  const dialog = await openExport(page);
  const svg = await readSvg(page, (await download(page, dialog, 'svg')).bytes.toString('utf8'));
  expect(svg.cards).toHaveLength((chart.nodes as unknown[]).length);
  await dialog.getByLabel('格式').selectOption('png');
  await dialog.getByLabel('清晰度').selectOption('1');
  const png = await download(page, dialog, 'png');
  await keep(file, png.bytes);
  const size = pngSize(png.bytes);
  const message = (await status(dialog).innerText()).trim();
  const scaledDown = message.includes('已缩小');
  if (scaledDown) {
    // The message names the size the file really has, and the picture keeps its proportions.
    expect(message).toContain(`${size.width}×${size.height}`);
    expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(32_767);
    expect(size.width / svg.width).toBeCloseTo(size.height / svg.height, 2);
  } else {
    expect(Math.abs(size.width - svg.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(size.height - svg.height)).toBeLessThanOrEqual(2);
  }
  const pixels = decodePng(png.bytes);
  const k = pixels.width / svg.width;
  // Cards at the far ends of the chart: a cropped or half-drawn image misses them.
  const extremes = [
    svg.cards.reduce((a, b) => (b.x < a.x ? b : a)),
    svg.cards.reduce((a, b) => (b.x + b.width > a.x + a.width ? b : a)),
    svg.cards.reduce((a, b) => (b.y + b.height > a.y + a.height ? b : a)),
  ];
  for (const c of extremes) {
    const box = {
      x: c.x * k,
      y: c.y * k,
      width: Math.max(1, c.width * k),
      height: Math.max(1, c.height * k),
    };
    expect(countDifferent(pixels, box, WHITE, 3), `card at ${c.x},${c.y}`).toBeGreaterThan(0);
  }
  const whole = { x: 0, y: 0, width: pixels.width, height: pixels.height };
  const sampled = Math.ceil(pixels.width / 5) * Math.ceil(pixels.height / 5);
  expect(countDifferent(pixels, whole, WHITE, 3, 5)).toBeGreaterThan(sampled * 0.1);
  return { scaledDown, size };
}

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

test('a share link opened next to an open tab of the app stays in the library', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  const { url } = await copyShareLink(page);
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByRole('status').filter({ hasText: '已导入为新图表' })).toBeVisible();
  const title = await currentTitle(other);
  await expect.poll(() => menuCharts(other)).toHaveLength(2);
  // The first tab reloads the template chart the second one saved on its way out, then saves too.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (JSON.parse(localStorage.getItem('opschart:library') ?? '{}') as { charts?: unknown[] }).charts
            ?.length,
      ),
    )
    .toBe(2);
  await other.reload();
  await expect(cards(other)).toHaveCount(DEFAULT_NODE_COUNT);
  const charts = await menuCharts(other);
  expect(charts).toHaveLength(2);
  expect(charts).toContain(title);
});
