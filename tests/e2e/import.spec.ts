import type { Page } from '@playwright/test';
import { DEFAULT_NODE_COUNT, cards, expect, openApp, storedEntries, test } from './fixtures';
import {
  type FileInput,
  chartWith,
  comparable,
  currentTitle,
  importByDrop,
  importByPicker,
  jsonFile,
  menuCharts,
  snapshotLibrary,
} from './helpers/charts';
import { download, openExport } from './helpers/export-dialog';
import { copyShareLink, guardPage } from './helpers/share';
import { shareFragment } from './helpers/share-fragment';

const root = { id: 'r', parentId: null, kind: 'root', title: '根' };
const fn = (id: string, parentId: string, title = `职能 ${id}`) => ({
  id,
  parentId,
  kind: 'function',
  title,
});

/**
 * Imports `file` and expects an alert matching every pattern, with the library, the
 * stored charts and the chart on screen exactly as before.
 */
async function expectRefused(page: Page, file: FileInput, patterns: RegExp[], via = importByPicker) {
  await openApp(page);
  const before = await snapshotLibrary(page);
  const menu = await menuCharts(page);
  await via(page, file);
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  for (const pattern of patterns) await expect(alert).toContainText(pattern);
  // The parser's English detail stays out of the Chinese UI (ids and field names are the file's own).
  await expect(alert).not.toContainText(/\b(the|is|not|of|has)\b/);
  expect(await snapshotLibrary(page)).toEqual(before);
  expect(await menuCharts(page)).toEqual(menu);
  await expect(cards(page)).toHaveCount(DEFAULT_NODE_COUNT);
}

test('malformed JSON names the place it breaks', async ({ page }) => {
  // V8 quotes the text around the error (older engines give a position, turned into line:column).
  await expectRefused(page, jsonFile('{"format": "opschart", "version": 1,\n  "nodes": [ }'), [
    /文件不是有效的 JSON/,
    /请确认这是 OpsChart 导出的 JSON、PNG 或 SVG 文件/,
  ]);
});

test('a PNG without a chart in it is refused', async ({ page }) => {
  // A valid 1×1 PNG with no iTXt chunk.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  await expectRefused(page, { name: 'photo.png', mimeType: 'image/png', buffer: png }, [
    /这不是 OpsChart 图表文件/,
    /请确认这是 OpsChart 导出的 JSON、PNG 或 SVG 文件/,
  ]);
  // No English parser text in the Chinese UI.
  await expect(page.getByRole('alert')).not.toContainText('does not contain');
});

test("another app's JSON is refused as not an OpsChart file", async ({ page }) => {
  const other = { nodes: [{ id: 1, name: 'CEO' }], edges: [] };
  await expectRefused(page, jsonFile(JSON.stringify(other)), [
    /这不是 OpsChart 图表文件/,
    /问题在 format 字段/,
  ]);
});

test('a chart from a newer version asks for an update', async ({ page }) => {
  const newer = chartWith([root], { version: 99 });
  await expectRefused(page, jsonFile(JSON.stringify(newer)), [
    /此图表由更新版本的 OpsChart 创建/,
    /问题在 version 字段/,
  ]);
});

test('duplicate ids name the id', async ({ page }) => {
  const chart = chartWith([root, fn('dup', 'r'), fn('dup', 'r', '另一个')]);
  await expectRefused(page, jsonFile(JSON.stringify(chart)), [
    /有重复的节点 ID/,
    /问题在节点“dup”的 id 字段/,
  ]);
});

test('a missing parent names the node and the parent', async ({ page }) => {
  const chart = chartWith([root, fn('orphan', 'ghost')]);
  await expectRefused(page, jsonFile(JSON.stringify(chart)), [
    /某个节点的上级不存在/,
    /问题在节点“orphan”的 parentId 字段/,
  ]);
});

test('a cycle names a node on it', async ({ page }) => {
  const chart = chartWith([root, fn('a', 'b'), fn('b', 'a')]);
  await expectRefused(page, jsonFile(JSON.stringify(chart)), [/形成了循环/, /问题在节点“[ab]”/]);
});

test('more than 20,000 nodes is refused', async ({ page }) => {
  const nodes = [root, ...Array.from({ length: 20_000 }, (_, i) => fn(`n${i}`, 'r'))];
  await expectRefused(page, jsonFile(JSON.stringify(chartWith(nodes))), [/节点过多（上限 20,000 个）/]);
});

test('a file over 20 MB is refused before it is read', async ({ page }) => {
  // Made in the page: sending 21 MB through the test protocol takes longer than the check.
  const dropHuge = async (p: Page) => {
    await p.evaluate(() => {
      const bytes = new Uint8Array(21 * 1024 * 1024).fill(0x20);
      const data = new DataTransfer();
      data.items.add(new File([bytes], 'huge.json', { type: 'application/json' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    });
  };
  await expectRefused(page, jsonFile(''), [/文件太大（上限 20 MB）/], dropHuge);
});

test('a title over the length cap names the node and the field', async ({ page }) => {
  const chart = chartWith([root, fn('long', 'r', '长'.repeat(201))]);
  await expectRefused(page, jsonFile(JSON.stringify(chart)), [
    /某个节点的字段无效/,
    /问题在节点“long”的 title(\.zh-CN)? 字段/,
  ]);
  await expect(page.getByRole('alert')).not.toContainText('longer than');
});

test('a chart title over the length cap is refused', async ({ page }) => {
  const chart = chartWith([root], { title: 'T'.repeat(201) });
  await expectRefused(page, jsonFile(JSON.stringify(chart)), [/字段无效/, /问题在 title(\.zh-CN)? 字段/]);
});

test('a dropped bad file is refused the same way', async ({ page }) => {
  await expectRefused(page, jsonFile('not json at all'), [/JSON/], importByDrop);
});

test('__proto__ keys import harmlessly and pollute nothing', async ({ page }) => {
  await openApp(page);
  const menu = await menuCharts(page);
  const text = JSON.stringify(
    chartWith([
      { ...root, title: '__proto__' },
      fn('__proto__', 'r', 'constructor'),
      fn('constructor', 'r', 'toString'),
      fn('hasOwnProperty', '__proto__', 'prototype'),
    ]),
  )
    .replace(
      '"format"',
      '"__proto__":{"polluted":"envelope"},"constructor":{"prototype":{"polluted":"c"}},"format"',
    )
    .replace('"kind":"root"', '"kind":"root","__proto__":{"polluted":"node"}');
  expect(text).toContain('"__proto__":{"polluted":"envelope"}');
  await importByPicker(page, jsonFile(text));
  await expect(page.getByRole('status').filter({ hasText: '已导入为新图表' })).toBeVisible();
  await expect(cards(page)).toHaveCount(4);
  for (const title of ['__proto__', 'constructor', 'toString', 'prototype']) {
    await expect(cards(page).filter({ hasText: title })).toHaveCount(1);
  }
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
  expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
  expect(await menuCharts(page)).toHaveLength(menu.length + 1);
  const exported = (await download(page, await openExport(page), 'json')).bytes.toString('utf8');
  expect(exported).not.toContain('polluted');
  expect(JSON.parse(exported).nodes).toHaveLength(4);
});

/** Opens the app with a share fragment as a fresh load, the way a pasted link arrives. */
async function openLink(page: Page, fragment: string) {
  await page.goto('about:blank');
  await page.goto(`/${fragment}`);
}

test('share links with garbage or javascript: content are refused', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openApp(page);
  const title = await currentTitle(page);
  const before = await snapshotLibrary(page);
  const menu = await menuCharts(page);
  const cases: [string, RegExp][] = [
    ['#chart=!!!not-base64!!!', /这不是 OpsChart 图表文件/],
    ['#chart=javascript:alert(1)', /这不是 OpsChart 图表文件/],
    ['#chart=javascript%3Aalert(document.domain)', /这不是 OpsChart 图表文件/],
    [shareFragment('javascript:alert(1)'), /JSON/],
    [shareFragment('{"format":"opschart","version":1,"nodes":[]}'), /OpsChart|节点|字段/],
    ['#chart=AAAA', /OpsChart|JSON/],
    ['#chart=', /这不是 OpsChart 图表文件/],
  ];
  for (const [fragment, pattern] of cases) {
    await openLink(page, fragment);
    await expect(cards(page)).toHaveCount(DEFAULT_NODE_COUNT);
    const alert = page.getByRole('alert');
    await expect(alert, fragment).toContainText(pattern);
    expect(page.url(), 'the fragment is cleared').not.toContain('#');
    expect(await currentTitle(page)).toBe(title);
    expect(await snapshotLibrary(page)).toEqual(before);
  }
  expect(await menuCharts(page)).toEqual(menu);
  expect(dialogs).toEqual([]);
});

test('a link without #chart= is left alone', async ({ page }) => {
  await openLink(page, '#javascript:alert(1)');
  await expect(cards(page)).toHaveCount(DEFAULT_NODE_COUNT);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

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

test('a share link opened next to an open tab of the app stays in the library', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page);
  const { url } = await copyShareLink(page);
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByRole('status').filter({ hasText: '已导入为新图表' })).toBeVisible();
  const title = await currentTitle(other);
  await expect.poll(() => menuCharts(other)).toHaveLength(2);
  // Both charts are stored: the first tab's and the one the link opened.
  await expect
    .poll(async () => Object.keys(await storedEntries(page)).filter((k) => k.startsWith('chart:')).length)
    .toBe(2);
  await other.reload();
  await expect(cards(other)).toHaveCount(DEFAULT_NODE_COUNT);
  const charts = await menuCharts(other);
  expect(charts).toHaveLength(2);
  expect(charts).toContain(title);
});
