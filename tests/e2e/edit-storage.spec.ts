import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
  DEFAULT_NODE_COUNT,
  card,
  shownNodes,
  clickCard,
  expect,
  expectSaved,
  openApp,
  storedEntries,
  test,
  tool,
} from './fixtures';

async function renameWithF2(page: Page, id: string, title: string) {
  await clickCard(page, id);
  await page.keyboard.press('F2');
  await card(page, id).getByRole('textbox', { name: '名称' }).fill(title);
  await page.keyboard.press('Enter');
  await expect(card(page, id)).toHaveAttribute('aria-label', title);
}

const chartButton = (page: Page) => page.getByRole('button', { name: /^图表库: / });

async function openLibrary(page: Page) {
  await chartButton(page).click();
  const menu = page.getByRole('menu', { name: '图表库' });
  await expect(menu).toBeVisible();
  return menu;
}

test('a reload keeps titles, collapsed branches and the layout direction', async ({ page }) => {
  await openApp(page);
  await renameWithF2(page, 'plat-category', '类目运营');
  await page.getByRole('button', { name: '折叠 用户运营', exact: true }).click();
  await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT - 3);
  await tool(page, '从左到右').click();
  await expect(tool(page, '从左到右')).toHaveAttribute('aria-pressed', 'true');
  await expectSaved(page, '"direction":"LR"');

  await page.reload();
  await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT - 3);
  await expect(card(page, 'plat-category')).toHaveAttribute('aria-label', '类目运营');
  await expect(page.getByRole('button', { name: '展开 用户运营（3 个已隐藏）' })).toBeVisible();
  await expect(tool(page, '从左到右')).toHaveAttribute('aria-pressed', 'true');
  await expect(tool(page, '自上而下')).toHaveAttribute('aria-pressed', 'false');
  // Left-right: a child sits to the right of its parent.
  const parent = (await card(page, 'platform-side').boundingBox())!;
  const child = (await card(page, 'platform-ops').boundingBox())!;
  expect(child.x).toBeGreaterThan(parent.x + parent.width);
});

test('two charts stay independent across switches and a reload', async ({ page }) => {
  await openApp(page);
  await renameWithF2(page, 'merchant-ops', '甲图的商家运营');

  let menu = await openLibrary(page);
  await menu.getByRole('menuitem', { name: '店铺运营路径' }).click();
  await expect(chartButton(page)).toHaveAccessibleName('图表库: 电商店铺运营路径');
  await expect(card(page, 'merchant-ops')).toHaveCount(0);
  await renameWithF2(page, 'root', '乙图的根');

  menu = await openLibrary(page);
  await expect(menu.getByRole('menuitemradio')).toHaveCount(2);
  await menu.getByRole('menuitemradio', { name: /电商平台运营分工/ }).click();
  await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT);
  await expect(card(page, 'merchant-ops')).toHaveAttribute('aria-label', '甲图的商家运营');
  await expect(card(page, 'root')).toHaveAttribute('aria-label', '电商平台运营');

  menu = await openLibrary(page);
  await menu.getByRole('menuitemradio', { name: /电商店铺运营路径/ }).click();
  await expect(card(page, 'root')).toHaveAttribute('aria-label', '乙图的根');
  await expect(card(page, 'merchant-ops')).toHaveCount(0);
  await expectSaved(page, '乙图的根');

  await page.reload();
  await expect(card(page, 'root')).toHaveAttribute('aria-label', '乙图的根');
  menu = await openLibrary(page);
  await expect(menu.getByRole('menuitemradio')).toHaveCount(2);
  await menu.getByRole('menuitemradio', { name: /电商平台运营分工/ }).click();
  await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT);
  await expect(card(page, 'merchant-ops')).toHaveAttribute('aria-label', '甲图的商家运营');
  await expect(card(page, 'root')).toHaveAttribute('aria-label', '电商平台运营');
});

test('a full storage shows a lasting alert with Export JSON, and editing goes on', async ({ page }) => {
  await page.addInitScript(() => {
    // IndexedDB refuses every write, as a full disk does.
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await openApp(page);
  await renameWithF2(page, 'ads-ops', '广告运营');
  const alert = page.getByRole('alert').filter({ hasText: '未保存：' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('浏览器存储已满');
  await expect(page.getByRole('status', { name: '保存状态' })).toHaveText('未保存');
  // Nothing dismisses it: it goes away only when this chart is saved.
  await expect(alert.getByRole('button', { name: '知道了' })).toHaveCount(0);

  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: '导出 JSON' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(await readFile(file, 'utf8')) as {
    nodes: { id: string; title: Record<string, string> }[];
  };
  // Renamed in the Chinese chart: the Chinese title changed, the English one is kept.
  expect(exported.nodes.find((n) => n.id === 'ads-ops')?.title).toEqual({
    'zh-CN': '广告运营',
    en: 'Ads & monetisation ops',
  });

  await renameWithF2(page, 'merchant-ops', '商家增长');
  await clickCard(page, 'merchant-ops');
  await page.keyboard.press('Tab');
  await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT + 1);
  await page.keyboard.press('Escape');
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: '导出 JSON' })).toBeVisible();
});

test('the save state is always shown: saving, then saved', async ({ page }) => {
  await openApp(page);
  const status = page.getByRole('status', { name: '保存状态' });
  await expect(status).toHaveText('已保存');
  await renameWithF2(page, 'ads-ops', '广告运营');
  await expectSaved(page, '广告运营');
  await expect(status).toHaveText('已保存');
});

test('an unreadable chart from the localStorage version is kept and reported; the rest migrates', async ({
  page,
}) => {
  const garbage = '{"format":"opschart", this is not json';
  const good = JSON.stringify({
    format: 'opschart',
    version: 1,
    id: 'old-good',
    title: '旧版保存的图',
    nodes: [{ id: 'r', parentId: null, kind: 'root', title: '旧版根节点' }],
  });
  await page.addInitScript(
    ({ raw, good }) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(
        'opschart:library',
        JSON.stringify({
          storageVersion: 1,
          activeId: 'old-good',
          charts: [
            { id: 'broken', title: '坏掉的图', updatedAt: 1 },
            { id: 'old-good', title: '旧版保存的图', updatedAt: 2 },
          ],
        }),
      );
      localStorage.setItem('opschart:chart:broken', raw);
      localStorage.setItem('opschart:chart:old-good', good);
    },
    { raw: garbage, good },
  );
  await openApp(page, 1);
  await expect(card(page, 'r')).toHaveAttribute('aria-label', '旧版根节点');
  await expect(page.getByRole('alert').filter({ hasText: '无法读取' })).toBeVisible();

  const local = () =>
    page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('opschart:chart:')));
  // The readable chart moved to IndexedDB and left localStorage; the unreadable one stays.
  expect(await local()).toEqual(['opschart:chart:broken']);
  const entries = await storedEntries(page);
  expect(entries['chart:old-good']).toContain('旧版根节点');
  expect(Object.values(entries).some((v) => JSON.stringify(v).includes('this is not json'))).toBe(true);

  await renameWithF2(page, 'r', '改过的根');
  await expectSaved(page, '改过的根');
  await page.reload();
  await expect(card(page, 'r')).toHaveAttribute('aria-label', '改过的根');
  expect(await local()).toEqual(['opschart:chart:broken']);
});

test('two tabs: a language switch in one never wipes what the other saved', async ({ page, context }) => {
  await openApp(page);
  await expectSaved(page, '"format"');
  const other = await context.newPage();
  await openApp(other);
  await renameWithF2(other, 'plat-category', '乙页改的名');
  await expectSaved(other, '乙页改的名');
  // The first tab picks the change up without a reload.
  await expect(card(page, 'plat-category')).toHaveAttribute('aria-label', '乙页改的名');
  await page.getByRole('button', { name: /^语言/ }).click();
  await expect(page.getByRole('button', { name: /^Language/ })).toBeVisible();
  // The chart follows the switch: the edit changed the Chinese title only, the English one shows.
  await expect(card(page, 'plat-category')).toHaveAttribute('aria-label', 'Category ops');
  await other.reload();
  await expectSaved(other, '乙页改的名');
  // The reloaded tab opens in English (the language is a shared preference); the English title is kept.
  await expect(card(other, 'plat-category')).toHaveAttribute('aria-label', 'Category ops');
  await other.getByRole('button', { name: /^Language/ }).click();
  await expect(card(other, 'plat-category')).toHaveAttribute('aria-label', '乙页改的名');
});

test('two tabs: an edit over another tab’s newer save becomes a visible conflict, never an overwrite', async ({
  page,
  context,
}) => {
  // Tab one does not hear tab two's save (as when both write within the same moment).
  await page.addInitScript(() => {
    window.BroadcastChannel = class {
      onmessage = null;
      postMessage() {}
      close() {}
      addEventListener() {}
      removeEventListener() {}
    } as unknown as typeof BroadcastChannel;
  });
  await openApp(page);
  await expectSaved(page, '"format"');
  const other = await context.newPage();
  await openApp(other);
  await renameWithF2(other, 'plat-category', '乙页的版本');
  await expectSaved(other, '乙页的版本');
  await renameWithF2(page, 'plat-category', '甲页的版本');
  const alert = page.getByRole('alert').filter({ hasText: '另一个标签页修改了这张图表' });
  await expect(alert).toBeVisible();
  await alert.getByRole('button', { name: '两个都保留' }).click();
  await expect(alert).toBeHidden();
  await expect(chartButton(page)).toHaveAccessibleName(/\(2\)$/);
  await expect(card(page, 'plat-category')).toHaveAttribute('aria-label', '甲页的版本');
  // Both versions are stored: the other tab's under the original chart, tab one's as the copy.
  await other.reload();
  const menu = await openLibrary(other);
  await expect(menu.getByRole('menuitemradio')).toHaveCount(2);
  await menu.getByRole('menuitemradio', { name: /电商平台运营分工(?! \(2\))/ }).click();
  await expect(card(other, 'plat-category')).toHaveAttribute('aria-label', '乙页的版本');
});
