import type { Page } from '@playwright/test';
import {
  DEFAULT_NODE_COUNT,
  card,
  shownNodes,
  clickCard,
  detailsPanel,
  expect,
  fitView,
  isInsidePane,
  openApp,
  test,
  tool,
} from './fixtures';

const inlineTitle = (page: Page, id: string) => card(page, id).getByRole('textbox', { name: '名称' });
const titled = (page: Page, title: string) => page.locator(`.react-flow__node[aria-label="${title}"]`);

async function breadcrumbsOf(page: Page, id: string): Promise<string[]> {
  if (!(await isInsidePane(page, card(page, id)))) await fitView(page);
  await clickCard(page, id);
  await expect(detailsPanel(page)).toBeVisible();
  const items = detailsPanel(page).getByRole('navigation', { name: '节点路径' }).getByRole('listitem');
  await expect(items.last()).toBeVisible();
  return (await items.allTextContents()).map((t) => t.replace(/^›/, ''));
}

test.describe('rename', () => {
  test('double-click edits the title inline; Enter commits', async ({ page }) => {
    await openApp(page);
    await card(page, 'plat-membership').dblclick({ position: { x: 20, y: 14 } });
    const input = inlineTitle(page, 'plat-membership');
    await expect(input).toBeFocused();
    await input.fill('会员增长运营');
    await input.press('Enter');
    await expect(input).toHaveCount(0);
    await expect(card(page, 'plat-membership')).toHaveAttribute('aria-label', '会员增长运营');
    await expect(card(page, 'plat-membership').getByText('会员增长运营', { exact: true })).toBeVisible();
  });

  test('F2 edits the title inline; Escape cancels, Enter commits', async ({ page }) => {
    await openApp(page);
    await clickCard(page, 'ads-ops');
    await page.keyboard.press('F2');
    const input = inlineTitle(page, 'ads-ops');
    await expect(input).toBeFocused();
    await input.fill('不会保存');
    await input.press('Escape');
    await expect(input).toHaveCount(0);
    await expect(card(page, 'ads-ops')).toHaveAttribute('aria-label', '商业化运营');
    await expect(tool(page, '撤销')).toBeDisabled();

    await page.keyboard.press('F2');
    await inlineTitle(page, 'ads-ops').fill('广告运营');
    await page.keyboard.press('Enter');
    await expect(card(page, 'ads-ops')).toHaveAttribute('aria-label', '广告运营');
  });
});

test.describe('add', () => {
  test('Tab adds a child that opens for naming', async ({ page }) => {
    await openApp(page);
    await clickCard(page, 'supply-side');
    await page.keyboard.press('Tab');
    await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT + 1);
    const fresh = titled(page, '新职能');
    await expect(fresh.getByRole('textbox', { name: '名称' })).toBeFocused();
    await page.keyboard.type('仓储运营');
    await page.keyboard.press('Enter');
    await expect(titled(page, '仓储运营')).toBeVisible();
    const id = (await titled(page, '仓储运营').getAttribute('data-id'))!;
    expect(await breadcrumbsOf(page, id)).toEqual(['电商平台运营', '用户维护', '供给侧', '仓储运营']);
  });

  test('the toolbar adds a child to the selected node', async ({ page }) => {
    await openApp(page);
    await expect(tool(page, '添加下级')).toBeDisabled();
    await clickCard(page, 'acquisition');
    await tool(page, '添加下级').click();
    await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT + 1);
    const input = titled(page, '新职能').getByRole('textbox', { name: '名称' });
    await input.fill('搜索运营');
    await input.press('Enter');
    const id = (await titled(page, '搜索运营').getAttribute('data-id'))!;
    expect(await breadcrumbsOf(page, id)).toEqual(['电商平台运营', '用户获取', '搜索运营']);
  });

  test('the + button on a card adds a child to that card', async ({ page }) => {
    await openApp(page);
    await clickCard(page, 'supply-side');
    await card(page, 'supply-side').getByRole('button', { name: '添加下级', exact: true }).click();
    await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT + 1);
    const input = titled(page, '新职能').getByRole('textbox', { name: '名称' });
    await input.press('Enter');
    const id = (await titled(page, '新职能').getAttribute('data-id'))!;
    expect(await breadcrumbsOf(page, id)).toEqual(['电商平台运营', '用户维护', '供给侧', '新职能']);
  });

  test('with the details open, Enter on the focused card adds a sibling', async ({ page }) => {
    await openApp(page);
    await clickCard(page, 'plat-membership');
    await expect(detailsPanel(page)).toBeVisible();
    await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT);
    await page.keyboard.press('Enter');
    await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT + 1);
    const input = titled(page, '新职能').getByRole('textbox', { name: '名称' });
    await input.fill('用户增长运营');
    await input.press('Enter');
    const id = (await titled(page, '用户增长运营').getAttribute('data-id'))!;
    expect(await breadcrumbsOf(page, id)).toEqual([
      '电商平台运营',
      '用户维护',
      '平台侧',
      '平台运营',
      '用户增长运营',
    ]);
  });
});

test.describe('delete', () => {
  test('Delete removes a leaf at once', async ({ page }) => {
    await openApp(page);
    await clickCard(page, 'ads-ops');
    await page.keyboard.press('Delete');
    await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT - 1);
    await expect(card(page, 'ads-ops')).toHaveCount(0);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('deleting a node with children asks; lifting keeps the children', async ({ page }) => {
    await openApp(page);
    await clickCard(page, 'platform-ops');
    await tool(page, '删除').click();
    const dialog = page.getByRole('dialog', { name: '删除“平台运营”' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('有 5 个下级节点');
    // The safe choice has focus, so an Enter pressed out of habit deletes nothing.
    await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
    await dialog.getByRole('button', { name: '删除并保留下级（上移一级）' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(card(page, 'platform-ops')).toHaveCount(0);
    await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT - 1);
    expect(await breadcrumbsOf(page, 'plat-membership')).toEqual([
      '电商平台运营',
      '用户维护',
      '平台侧',
      '会员运营',
    ]);
  });

  test('the dialog can delete the whole subtree, or be cancelled with Escape', async ({ page }) => {
    await openApp(page);
    await clickCard(page, 'user-ops');
    await page.keyboard.press('Delete');
    const dialog = page.getByRole('dialog', { name: '删除“用户运营”' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT);
    // Escape closed the dialog only: the node stays selected, so Delete asks again.
    await expect(card(page, 'user-ops')).toHaveClass(/\bselected\b/);

    await page.keyboard.press('Delete');
    await dialog.getByRole('button', { name: '删除整个子树' }).click();
    await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT - 4);
    for (const id of ['user-ops', 'user-ops-core', 'user-community', 'user-new-media'])
      await expect(card(page, id)).toHaveCount(0);
  });
});

test('undo and redo from the keyboard and the toolbar', async ({ page }) => {
  await openApp(page);
  const undo = tool(page, '撤销');
  const redo = tool(page, '重做');
  await expect(undo).toBeDisabled();
  await expect(redo).toBeDisabled();

  await clickCard(page, 'merchant-ops');
  await page.keyboard.press('F2');
  await inlineTitle(page, 'merchant-ops').fill('招商运营');
  await page.keyboard.press('Enter');
  await expect(card(page, 'merchant-ops')).toHaveAttribute('aria-label', '招商运营');
  await expect(undo).toBeEnabled();
  await expect(redo).toBeDisabled();

  await page.keyboard.press('Control+z');
  await expect(card(page, 'merchant-ops')).toHaveAttribute('aria-label', '商家运营');
  await expect(undo).toBeDisabled();
  await expect(redo).toBeEnabled();

  await page.keyboard.press('Control+Shift+z');
  await expect(card(page, 'merchant-ops')).toHaveAttribute('aria-label', '招商运营');
  await expect(redo).toBeDisabled();

  await undo.click();
  await expect(card(page, 'merchant-ops')).toHaveAttribute('aria-label', '商家运营');
  await page.keyboard.press('Control+y');
  await expect(card(page, 'merchant-ops')).toHaveAttribute('aria-label', '招商运营');
  await undo.click();
  await redo.click();
  await expect(card(page, 'merchant-ops')).toHaveAttribute('aria-label', '招商运营');

  // A new edit after an undo drops the redo branch.
  await undo.click();
  await clickCard(page, 'ads-ops');
  await page.keyboard.press('Delete');
  await expect(card(page, 'ads-ops')).toHaveCount(0);
  await expect(redo).toBeDisabled();
  await page.keyboard.press('Control+z');
  await expect(card(page, 'ads-ops')).toBeVisible();
  await expect(card(page, 'merchant-ops')).toHaveAttribute('aria-label', '商家运营');
});

test('markup typed as a title is shown as text and never runs', async ({ page }) => {
  const payload = '<img src=x onerror=alert(1)>';
  const dialogs: string[] = [];
  const fetchedX: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/x') fetchedX.push(r.url());
  });
  await openApp(page);
  await clickCard(page, 'acq-content');
  await page.keyboard.press('F2');
  await inlineTitle(page, 'acq-content').fill(payload);
  await page.keyboard.press('Enter');
  const target = card(page, 'acq-content');
  await expect(target).toHaveAttribute('aria-label', payload);
  await expect(target.getByText(payload, { exact: true })).toBeVisible();
  await expect(target.locator('img')).toHaveCount(0);

  await expect(page.getByRole('complementary', { name: `详情 · ${payload}` })).toBeVisible();
  await expect(detailsPanel(page).locator('img')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: '名称' })).toHaveValue(payload);
  expect(dialogs).toEqual([]);
  expect(fetchedX).toEqual([]);
});
