import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import {
  DEFAULT_NODE_COUNT,
  card,
  cards,
  shownNodes,
  clickCard,
  detailsPanel,
  expect,
  expectInsidePane,
  fitView,
  isInsidePane,
  openApp,
  test,
  tool,
  waitForStillViewport,
} from './fixtures';

/**
 * The README's screenshots are refreshed only on request (`UPDATE_SCREENSHOTS=1`), so a test run
 * leaves the checkout clean; otherwise the shot goes to the test's own output folder.
 */
const shot = (name: string) =>
  process.env.UPDATE_SCREENSHOTS
    ? fileURLToPath(new URL(`../../docs/screenshots/${name}`, import.meta.url))
    : test.info().outputPath(name);

const ALL_IDS = [
  'root',
  'acquisition',
  'acq-channel',
  'acq-campaign',
  'acq-content',
  'acq-product',
  'maintenance',
  'platform-side',
  'platform-ops',
  'plat-campaign',
  'plat-strategy',
  'plat-category',
  'plat-product',
  'plat-membership',
  'user-ops',
  'user-ops-core',
  'user-community',
  'user-new-media',
  'supply-side',
  'merchant-ops',
  'ads-ops',
];

/** Zooms far in so part of the chart leaves the screen; fit view must then bring it all back. */
async function zoomIntoCorner(page: Page) {
  const pane = (await page.locator('.react-flow').boundingBox())!;
  await page.mouse.move(pane.x + 150, pane.y + 150);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -400);
  await waitForStillViewport(page);
  await expect.poll(() => isInsidePane(page, card(page, 'ads-ops'))).toBe(false);
}

async function expectWholeChartInside(page: Page) {
  await expect(cards(page)).toHaveCount(DEFAULT_NODE_COUNT);
  for (const id of ALL_IDS) await expectInsidePane(page, card(page, id));
}

test('loads the default chart with no console error and nothing leaving localhost', async ({
  page,
  guard,
}) => {
  await openApp(page);
  await expect(page).toHaveTitle(/运营分工图/);
  await expect(card(page, 'root')).toHaveAttribute('aria-label', '电商平台运营');
  await expect(page.getByRole('button', { name: '图表库: 电商平台运营分工' })).toBeVisible();
  // The guard asserts after the test too; checking here makes a failure point at page load.
  expect(guard.problems).toEqual([]);
});

test('a Chinese UI never fetches the English strings; a returning user never fetches the default chart', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await openApp(page);
  await expect(page.getByText('已保存')).toBeVisible();
  expect(fetched.filter((path) => /\/assets\/default-[\w-]+\.js$/.test(path))).toHaveLength(1);
  fetched.length = 0;
  await page.reload();
  await expect(cards(page)).toHaveCount(DEFAULT_NODE_COUNT);
  expect(fetched.some((path) => path.startsWith('/assets/'))).toBe(true);
  expect(fetched.filter((path) => /\/assets\/(default|strings\.en)-[\w-]+\.js$/.test(path))).toEqual([]);
});

test('fit view shows all 21 cards inside the canvas (zh-CN)', async ({ page }) => {
  await openApp(page);
  await zoomIntoCorner(page);
  await fitView(page);
  await expectWholeChartInside(page);
  await page.mouse.move(1, 1);
  await page.screenshot({ path: shot('default-chart.png') });
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test('fit view shows all 21 cards inside the canvas (en)', async ({ page }) => {
    await openApp(page);
    await expect(card(page, 'root')).toHaveAttribute('aria-label', 'E-commerce platform operations');
    await zoomIntoCorner(page);
    await fitView(page, 'Fit view');
    await expectWholeChartInside(page);
    await page.mouse.move(1, 1);
    await page.screenshot({ path: shot('default-chart-en.png') });
  });

  test('English strings arrive before the first paint', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto('/');
    // The toolbar speaks English, and the English strings came as their own file.
    await expect(page.getByRole('heading', { level: 1 })).toContainText('OpsChart');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    await expect(page.getByRole('button', { name: '撤销' })).toHaveCount(0);
    expect(fetched.some((path) => /\/assets\/strings\.en-[\w-]+\.js$/.test(path))).toBe(true);
  });

  test('fold buttons speak English', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Collapse Platform ops', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Expand Platform ops (5 hidden)' })).toHaveText('+5');
  });
});

test('a fold button hides a subtree, shows the hidden count, and brings it back', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: '折叠 平台运营', exact: true }).click();
  await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT - 5);
  await expect(card(page, 'plat-membership')).toHaveCount(0);
  await expect(card(page, 'plat-strategy')).toHaveCount(0);
  await expect(card(page, 'platform-ops')).toBeVisible();
  const expand = page.getByRole('button', { name: '展开 平台运营（5 个已隐藏）', exact: true });
  await expect(expand).toHaveText('+5');
  await expect(expand).toHaveAttribute('aria-expanded', 'false');

  await expand.click();
  await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT);
  await expect(card(page, 'plat-membership')).toBeVisible();
  await expect(page.getByRole('button', { name: '折叠 平台运营', exact: true })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
});

test('collapse all, expand all and expand to level 2', async ({ page }) => {
  await openApp(page);
  await tool(page, '全部折叠').click();
  await expect(shownNodes(page)).toHaveCount(1);
  await expect(card(page, 'root')).toBeVisible();
  await expect(
    page.getByRole('button', { name: `展开 电商平台运营（${DEFAULT_NODE_COUNT - 1} 个已隐藏）` }),
  ).toBeVisible();

  await tool(page, '全部展开').click();
  await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT);

  // Level 2 counts from the root at 0: root, the two chains and the chains' children stay open.
  await page.getByRole('combobox', { name: '展开到层级' }).selectOption({ label: '第 2 层' });
  await expect(shownNodes(page)).toHaveCount(9);
  for (const id of ['root', 'acquisition', 'acq-product', 'maintenance', 'platform-side', 'supply-side'])
    await expect(card(page, id)).toBeVisible();
  await expect(card(page, 'platform-ops')).toHaveCount(0);
  await expect(card(page, 'merchant-ops')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '展开 平台侧（10 个已隐藏）' })).toBeVisible();
  for (const id of ['root', 'platform-side', 'supply-side', 'acq-product'])
    await expectInsidePane(page, card(page, id));
});

async function searchFor(page: Page, text: string, option: string) {
  const box = page.getByRole('combobox', { name: '搜索' });
  await box.fill(text);
  await expect(page.getByRole('listbox', { name: '搜索结果' }).getByRole('option')).toContainText([option]);
  await box.press('Enter');
}

test('search finds 会员运营, selects and highlights it, and brings it into view', async ({ page }) => {
  await openApp(page);
  await zoomIntoCorner(page);
  await searchFor(page, '会员', '会员运营');
  const hit = card(page, 'plat-membership');
  await expect(hit).toHaveClass(/\bselected\b/);
  await expect(hit.locator('.opschart-card')).toHaveAttribute('data-match', 'true');
  await expectInsidePane(page, hit);
});

test('search opens collapsed ancestors to reach its hit', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: '折叠 平台运营', exact: true }).click();
  await page.getByRole('button', { name: '折叠 用户维护', exact: true }).click();
  await expect(shownNodes(page)).toHaveCount(7);
  await searchFor(page, '会员', '会员运营');
  const hit = card(page, 'plat-membership');
  await expect(hit).toBeVisible();
  await expect(hit).toHaveClass(/\bselected\b/);
  await expectInsidePane(page, hit);
});

test('details panel shows metrics and breadcrumbs; a breadcrumb moves to that ancestor', async ({ page }) => {
  await openApp(page);
  // A plain click shows the details (README: "click a card for details").
  await clickCard(page, 'plat-membership');
  const panel = detailsPanel(page);
  await expect(panel).toBeVisible();
  await expect(page.getByRole('complementary', { name: '详情 · 会员运营' })).toBeVisible();
  const metrics = panel.getByRole('region', { name: '指标' });
  await expect(metrics.getByRole('textbox', { name: '指标 1' })).toHaveValue('会员数');
  await expect(metrics.getByRole('textbox', { name: '指标 3' })).toHaveValue('付费会员数');
  const crumbs = panel.getByRole('navigation', { name: '节点路径' });
  await expect(crumbs.getByRole('listitem')).toHaveText([
    '电商平台运营',
    '›用户维护',
    '›平台侧',
    '›平台运营',
    '›会员运营',
  ]);
  await page.mouse.move(1, 1);
  await page.screenshot({ path: shot('details-panel.png') });

  await crumbs.getByRole('button', { name: '平台侧' }).click();
  await expect(page.getByRole('complementary', { name: '详情 · 平台侧' })).toBeVisible();
  await expect(card(page, 'platform-side')).toHaveClass(/\bselected\b/);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
});

test('arrow keys walk the tree and Escape closes the details', async ({ page }) => {
  await openApp(page);
  await clickCard(page, 'root');
  const heading = (title: string) => page.getByRole('complementary', { name: `详情 · ${title}` });
  await expect(heading('电商平台运营')).toBeVisible();

  await page.keyboard.press('ArrowDown');
  await expect(heading('用户获取')).toBeVisible();
  await expect(card(page, 'acquisition')).toHaveClass(/\bselected\b/);

  await page.keyboard.press('ArrowRight');
  await expect(heading('用户维护')).toBeVisible();
  await expect(card(page, 'maintenance')).toHaveClass(/\bselected\b/);
  // The chart pans to follow the selection, so the previous card may be off screen: count instead.
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);

  await page.keyboard.press('ArrowUp');
  await expect(heading('电商平台运营')).toBeVisible();
  await expect(card(page, 'root')).toHaveClass(/\bselected\b/);

  await page.keyboard.press('Escape');
  await expect(detailsPanel(page)).toHaveCount(0);
  await expect(card(page, 'root')).toHaveClass(/\bselected\b/);
});

// The chart itself is never replaced on a language switch (issue 9: that wiped other tabs' edits):
// the document holds both languages (issue 11), and the switch shows the other one.
test('the language switch renames the toolbar and shows the chart in that language', async ({ page }) => {
  await openApp(page);
  await expect(tool(page, '撤销')).toBeVisible();
  await tool(page, '语言: English').click();
  await expect(tool(page, 'Undo')).toBeVisible();
  await expect(tool(page, 'Fit view')).toBeVisible();
  await expect(tool(page, '撤销')).toHaveCount(0);
  await expect(tool(page, 'Language: 中文')).toBeVisible();
  await expect(card(page, 'plat-membership')).toHaveAttribute('aria-label', 'Membership ops');
  await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT);

  await tool(page, 'Language: 中文').click();
  await expect(tool(page, '撤销')).toBeVisible();
  await expect(card(page, 'plat-membership')).toHaveAttribute('aria-label', '会员运营');
});

test('the works-with line between side-by-side cards dips below them, its label clear of both', async ({
  page,
}) => {
  await openApp(page);
  const link = page.locator('.react-flow__edge.link-edge');
  await expect(link.locator('.react-flow__edge-text')).toHaveText('常由同一团队负责');
  // Cards sit at z-index 0; the link's layer must be above them or the label hides under the cards.
  const layer = await link.evaluate((el) =>
    Number(getComputedStyle((el as SVGGraphicsElement).ownerSVGElement!).zIndex),
  );
  expect(layer).toBeGreaterThan(0);
  const label = (await link.locator('.react-flow__edge-text').boundingBox())!;
  const merchant = (await card(page, 'merchant-ops').boundingBox())!;
  const ads = (await card(page, 'ads-ops').boundingBox())!;
  // Below both cards, and between their centres.
  expect(label.y).toBeGreaterThan(Math.max(merchant.y + merchant.height, ads.y + ads.height));
  expect(label.x + label.width / 2).toBeGreaterThan(merchant.x + merchant.width / 2);
  expect(label.x + label.width / 2).toBeLessThan(ads.x + ads.width / 2);
});

test('quick arrow presses end with the selected card on screen', async ({ page }) => {
  await openApp(page);
  await clickCard(page, 'root');
  // The second press lands while the view still glides towards the first target.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(card(page, 'maintenance')).toHaveClass(/\bselected\b/);
  await waitForStillViewport(page);
  await expectInsidePane(page, card(page, 'maintenance'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(card(page, 'merchant-ops')).toHaveClass(/\bselected\b/);
  await waitForStillViewport(page);
  await expectInsidePane(page, card(page, 'merchant-ops'));
});
