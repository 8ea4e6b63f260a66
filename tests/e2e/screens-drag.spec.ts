import type { Page } from '@playwright/test';
import { card, expect, openApp, test, tool, waitForStillViewport } from './fixtures';

/** Drag (issue 8, point 9): where the card will land shows before the drop, and the drop does that. */

const SHOTS = '/tmp/shots-screens';
test.use({ viewport: { width: 1280, height: 800 } });

/** Presses on `id`'s title and moves until the dragged card's centre is at `fx`, `fy` of `targetId`'s box. */
async function dragOver(page: Page, id: string, targetId: string, fx: number, fy: number) {
  const box = (await card(page, id).boundingBox())!;
  const grab = { x: box.x + 24, y: box.y + 14 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(grab.x + 6, grab.y + 6, { steps: 3 });
  const to = (await card(page, targetId).boundingBox())!;
  const centre = { x: to.x + to.width * fx, y: to.y + to.height * fy };
  await page.mouse.move(centre.x - box.width / 2 + 24, centre.y - box.height / 2 + 14, { steps: 12 });
}

const y = async (page: Page, id: string) => (await card(page, id).boundingBox())!.y;
const x = async (page: Page, id: string) => (await card(page, id).boundingBox())!.x;

test('compact, top-down: the top edge of a stacked sibling shows "before" and drops there; the middle shows "child"', async ({
  page,
}) => {
  await openApp(page);
  await expect(tool(page, '紧凑模式')).toHaveAttribute('aria-pressed', 'true');
  const hint = page.locator('[data-drop-hint]');

  await dragOver(page, 'acq-content', 'acq-channel', 0.5, 0.1);
  await expect(hint).toHaveAttribute('data-drop-hint', 'before');
  await expect(hint).toHaveAttribute('data-drop-target', 'acq-channel');
  await expect(hint).toContainText('放在前面');
  // The dragged card is drawn above the one under it.
  const dragged = card(page, 'acq-content');
  await expect(dragged).toHaveClass(/\bdragging\b/);
  expect(await dragged.evaluate((el) => getComputedStyle(el).zIndex)).toBe('2000');
  await page.screenshot({ path: `${SHOTS}/drag-before.png` });
  // Over the middle of the same card: it would become its child.
  const to = (await card(page, 'acq-channel').boundingBox())!;
  const box = (await dragged.boundingBox())!;
  await page.mouse.move(
    to.x + to.width / 2 - box.width / 2 + 24 + 6,
    to.y + to.height / 2 - box.height / 2 + 14 + 6,
    {
      steps: 6,
    },
  );
  await expect(hint).toHaveAttribute('data-drop-hint', 'child');
  await expect(hint).toContainText('放为下级');
  await page.screenshot({ path: `${SHOTS}/drag-child.png` });
  // Back to the top edge and let go: it goes before, in the same column.
  await page.mouse.move(
    to.x + to.width / 2 - box.width / 2 + 24,
    to.y + to.height * 0.1 - box.height / 2 + 14,
    {
      steps: 6,
    },
  );
  await expect(hint).toHaveAttribute('data-drop-hint', 'before');
  await page.mouse.up();
  await expect(hint).toHaveCount(0);
  await waitForStillViewport(page);
  await expect.poll(async () => (await y(page, 'acq-content')) < (await y(page, 'acq-channel'))).toBe(true);
  expect(Math.abs((await x(page, 'acq-content')) - (await x(page, 'acq-channel')))).toBeLessThan(2);
});

test('left-right, spread: the bottom edge of a sibling shows "after" and drops there', async ({ page }) => {
  await openApp(page);
  await tool(page, '从左到右').click();
  await tool(page, '紧凑模式').click();
  await expect(tool(page, '紧凑模式')).toHaveAttribute('aria-pressed', 'false');
  await tool(page, '适应画布').click();
  await waitForStillViewport(page);
  const hint = page.locator('[data-drop-hint]');
  await dragOver(page, 'acq-channel', 'acq-campaign', 0.5, 0.9);
  await expect(hint).toHaveAttribute('data-drop-hint', 'after');
  await expect(hint).toHaveAttribute('data-drop-target', 'acq-campaign');
  await page.screenshot({ path: `${SHOTS}/drag-after-lr.png` });
  await page.mouse.up();
  await expect(hint).toHaveCount(0);
  await waitForStillViewport(page);
  await expect.poll(async () => (await y(page, 'acq-channel')) > (await y(page, 'acq-campaign'))).toBe(true);
});
