import { card, clickCard, detailsPanel, expect, openApp, test, tool, waitForStillViewport } from './fixtures';

const details = (page: import('@playwright/test').Page, title: string) =>
  page.getByRole('complementary', { name: `详情 · ${title}` });

test.use({ viewport: { width: 1280, height: 800 } });

test('a click shows the card’s details; another card shows that one; empty canvas or Escape closes', async ({
  page,
}) => {
  await openApp(page);
  await clickCard(page, 'plat-membership');
  await expect(details(page, '会员运营')).toBeVisible();
  await expect(details(page, '会员运营').getByRole('spinbutton', { name: '人数' })).toBeVisible();

  await clickCard(page, 'root');
  await expect(details(page, '电商平台运营')).toBeVisible();
  await expect(detailsPanel(page)).toHaveCount(1);

  // Panning the canvas is not a click on it: the details stay.
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  const from = { x: pane.x + 12, y: pane.y + 12 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 80, from.y + 40, { steps: 6 });
  await page.mouse.up();
  await expect(details(page, '电商平台运营')).toBeVisible();

  await page.mouse.click(from.x, from.y);
  await expect(detailsPanel(page)).toHaveCount(0);

  await clickCard(page, 'acquisition');
  await expect(details(page, '用户获取')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(detailsPanel(page)).toHaveCount(0);
});

test('a double-click in the middle of a drag does not start a rename, and the drag still lands', async ({
  page,
}) => {
  await openApp(page);
  const target = card(page, 'acq-content');
  const box = (await target.boundingBox())!;
  await page.mouse.move(box.x + 24, box.y + 14);
  await page.mouse.down();
  await page.mouse.move(box.x + 30, box.y + 20, { steps: 4 });
  await target.dispatchEvent('dblclick');
  await page.mouse.move(box.x - 200, box.y + 20, { steps: 8 });
  await page.mouse.up();
  await expect(target.getByRole('textbox')).toHaveCount(0);
  // Dropped on empty canvas: pinned where it was let go.
  await expect.poll(async () => box.x - (await target.boundingBox())!.x).toBeGreaterThan(150);
  // A real double-click afterwards still renames.
  await target.dblclick({ position: { x: 24, y: 14 } });
  await expect(target.getByRole('textbox', { name: '名称' })).toBeFocused();
});

test('switching top-down to left-right draws every connector as a fresh load does', async ({ page }) => {
  await openApp(page);
  const paths = () =>
    page
      .locator('.react-flow__edge')
      .evaluateAll((els) =>
        Object.fromEntries(
          els.map((el): [string, string] => [
            el.getAttribute('data-id') ?? '',
            el.querySelector('path')?.getAttribute('d') ?? '',
          ]),
        ),
      );
  await tool(page, '从左到右').click();
  await tool(page, '适应画布').click();
  await waitForStillViewport(page);
  const switched = await paths();
  await page.reload();
  await expect(page.locator('.react-flow__node')).not.toHaveCount(0);
  await tool(page, '适应画布').click();
  await waitForStillViewport(page);
  const fresh = await paths();
  expect(Object.keys(fresh).length).toBeGreaterThan(15);
  // Handles measured from the DOM after a load may sit a pixel from the precomputed ones; an
  // elbow drawn for the other direction is hundreds of pixels off.
  // Off-screen edges are left out of the DOM, so compare the ones drawn in both views.
  const both = Object.keys(fresh).filter((id) => id in switched);
  expect(both.length).toBeGreaterThan(15);
  for (const id of both) expect(nearlySamePath(switched[id]!, fresh[id]!), id).toBe(true);
});

function nearlySamePath(a: string, b: string): boolean {
  const commands = (d: string) => d.replace(/[^A-Za-z]/g, '');
  const numbers = (d: string) => (d.match(/-?[\d.]+/g) ?? []).map(Number);
  const [x, y] = [numbers(a), numbers(b)];
  return commands(a) === commands(b) && x.length === y.length && x.every((v, i) => Math.abs(v - y[i]!) < 1.5);
}

test('the first-run hint can be dismissed and stays dismissed; the first view logs no warning', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await openApp(page);
  const hint = page.getByRole('region', { name: '上手提示' });
  await expect(hint).toContainText('点击卡片查看详情');
  await hint.getByRole('button', { name: '知道了' }).click();
  await expect(hint).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.react-flow__node')).not.toHaveCount(0);
  await expect(page.getByRole('region', { name: '上手提示' })).toHaveCount(0);
  expect(warnings).toEqual([]);
});
