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
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await openApp(page);
  await renameWithF2(page, 'ads-ops', '广告运营');
  const alert = page.getByRole('alert').filter({ hasText: '无法保存到浏览器存储' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('存储空间已满');

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

test('an unreadable stored chart is kept aside and the default chart shows with a notice', async ({
  page,
}) => {
  const garbage = '{"format":"opschart", this is not json';
  await page.addInitScript((raw) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(
      'opschart:library',
      JSON.stringify({
        storageVersion: 1,
        activeId: 'broken',
        charts: [{ id: 'broken', title: '坏掉的图', updatedAt: 1 }],
      }),
    );
    localStorage.setItem('opschart:chart:broken', raw);
  }, garbage);
  await openApp(page);
  await expect(card(page, 'root')).toHaveAttribute('aria-label', '电商平台运营');
  await expect(page.getByRole('alert').filter({ hasText: '无法读取' })).toBeVisible();

  const keptGarbage = () =>
    page.evaluate((raw) => Object.keys(localStorage).filter((k) => localStorage.getItem(k) === raw), garbage);
  expect(await keptGarbage()).not.toEqual([]);

  // Saving the default chart afterwards must not overwrite what could not be read.
  await renameWithF2(page, 'ads-ops', '广告运营');
  await expectSaved(page, '广告运营');
  expect(await keptGarbage()).not.toEqual([]);
  await page.reload();
  await expect(card(page, 'ads-ops')).toHaveAttribute('aria-label', '广告运营');
  expect(await keptGarbage()).not.toEqual([]);
});
