import type { Page } from '@playwright/test';
import { card, clickCard, detailsPanel, expect, fitView, openApp, test } from './fixtures';

async function center(page: Page, id: string) {
  const box = await card(page, id).boundingBox();
  if (!box) throw new Error(`card ${id} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags one card by its title area onto the middle of another, in small steps like a hand would. */
async function dragCardOnto(page: Page, sourceId: string, targetId: string) {
  const box = (await card(page, sourceId).boundingBox())!;
  const grab = { x: box.x + 24, y: box.y + 14 };
  const to = await center(page, targetId);
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(grab.x + 8, grab.y + 8, { steps: 4 });
  // Land the grabbed point so the dragged card's box sits over the target's middle.
  await page.mouse.move(to.x - box.width / 2 + 24, to.y - box.height / 2 + 14, { steps: 20 });
  await page.mouse.up();
}

async function breadcrumbsOf(page: Page, id: string): Promise<string[]> {
  await fitView(page);
  await clickCard(page, id);
  await expect(detailsPanel(page)).toBeVisible();
  const items = detailsPanel(page).getByRole('navigation', { name: '节点路径' }).getByRole('listitem');
  await expect(items.last()).toHaveText(/./);
  return (await items.allTextContents()).map((t) => t.replace(/^›/, ''));
}

test('dropping a card on another card makes it the new parent', async ({ page }) => {
  await openApp(page);
  expect(await breadcrumbsOf(page, 'acq-content')).toEqual(['电商平台运营', '用户获取', '内容运营']);
  await page.keyboard.press('Escape');
  await dragCardOnto(page, 'acq-content', 'merchant-ops');
  await expect(page.getByRole('button', { name: '折叠 商家运营', exact: true })).toHaveCount(1);
  expect(await breadcrumbsOf(page, 'acq-content')).toEqual([
    '电商平台运营',
    '用户维护',
    '供给侧',
    '商家运营',
    '内容运营',
  ]);
  // One drag is one undo step.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: '折叠 商家运营', exact: true })).toHaveCount(0);
  expect(await breadcrumbsOf(page, 'acq-content')).toEqual(['电商平台运营', '用户获取', '内容运营']);
});

test('dropping a card on its own descendant is refused and nothing moves', async ({ page }) => {
  await openApp(page);
  const before = await card(page, 'maintenance').boundingBox();
  await dragCardOnto(page, 'maintenance', 'merchant-ops');
  await expect(page.getByRole('alert').filter({ hasText: '不能把节点移到它自己的下级中' })).toBeVisible();
  // The card springs back to its place in the layout.
  await expect
    .poll(async () => {
      const now = await card(page, 'maintenance').boundingBox();
      return now && before ? Math.hypot(now.x - before.x, now.y - before.y) : Infinity;
    })
    .toBeLessThan(1);
  expect(await breadcrumbsOf(page, 'maintenance')).toEqual(['电商平台运营', '用户维护']);
  await page.keyboard.press('Escape');
  expect(await breadcrumbsOf(page, 'merchant-ops')).toEqual([
    '电商平台运营',
    '用户维护',
    '供给侧',
    '商家运营',
  ]);
  await expect(page.getByRole('banner').getByRole('button', { name: '撤销', exact: true })).toBeDisabled();
});
