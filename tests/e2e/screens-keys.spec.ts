import type { Page } from '@playwright/test';
import { card, clickCard, expect, openApp, test, tool } from './fixtures';
import { chartButton } from './helpers/charts';
import { escapeFromEach } from './helpers/escape';

/** Keyboard gaps (issue 8, points 3 and 4): the chart's tab stop, the focus ring, Escape from every control. */

const SHOTS = '/tmp/shots-screens';
const focusedCardId = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('.react-flow__node')?.getAttribute('data-id') ?? null);
const focusIsCanvas = (page: Page) =>
  page.evaluate(() => document.activeElement?.matches('[data-chart-canvas]') ?? false);

test.use({ viewport: { width: 1280, height: 800 } });

test('with the selected card panned out of view, Tab still reaches the chart and arrows carry on', async ({
  page,
}) => {
  await openApp(page);
  await clickCard(page, 'acquisition');
  await page.keyboard.press('Escape');
  // Drag the canvas by an empty spot until the selected card (the tab stop) has left the DOM.
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const from = { x: pane.x + 20, y: pane.y + 20 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(pane.x + pane.width - 20, from.y + 20, { steps: 10 });
  await page.mouse.up();
  await expect(card(page, 'acquisition')).toHaveCount(0);
  await expect(page.locator('.react-flow__node[tabindex="0"]')).toHaveCount(0);

  // From the last control before the chart, Tab lands on the chart (the canvas holds the tab stop).
  await page.getByRole('region', { name: '上手提示' }).getByRole('button').focus();
  await page.keyboard.press('Tab');
  expect(await focusIsCanvas(page)).toBe(true);
  // Keys act from there on the selection: ArrowDown goes to its first child, which glides in and takes focus.
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => focusedCardId(page)).toBe('acq-channel');
  // Back on a card, the canvas gives the tab stop back: one tab stop for the whole chart.
  await expect(page.locator('[data-chart-canvas]')).toHaveAttribute('tabindex', '-1');
});

test('the focus ring is told apart from the selection ring', async ({ page }) => {
  await openApp(page);
  await clickCard(page, 'acquisition');
  await page.keyboard.press('Escape');
  await card(page, 'acquisition').focus();
  await page.keyboard.press('ArrowDown');
  const focused = card(page, 'acq-channel');
  await expect(focused).toBeFocused();
  await expect(focused).toHaveClass(/\bselected\b/);
  const look = await focused.evaluate((el) => {
    const outer = getComputedStyle(el);
    const inner = el.querySelector('.opschart-card')!;
    return {
      outline: outer.outlineColor,
      width: outer.outlineWidth,
      offset: outer.outlineOffset,
      ring: getComputedStyle(inner).getPropertyValue('--tw-ring-color').trim(),
    };
  });
  // Focus: a near-black outline 4 px outside the card; selection: the card's colour on the card.
  expect(look).toMatchObject({ outline: 'rgb(15, 23, 42)', width: '3px', offset: '4px' });
  expect(look.ring).not.toBe('');
  expect(look.ring.toLowerCase()).not.toContain('15, 23, 42');
  await page.screenshot({ path: `${SHOTS}/focus-ring.png`, clip: { x: 0, y: 80, width: 700, height: 500 } });
});

test('Escape closes the export dialog from each of its controls and gives focus back', async ({ page }) => {
  await openApp(page);
  const opener = tool(page, '导出');
  const dialog = page.getByRole('dialog', { name: '导出' });
  await escapeFromEach(
    page,
    async () => {
      await opener.click();
      await expect(dialog).toBeVisible();
    },
    dialog,
    opener,
  );
});

test('Escape closes the chart library from each item and gives focus back', async ({ page }) => {
  await openApp(page);
  const opener = chartButton(page);
  const menu = page.getByRole('menu', { name: '图表库' });
  await escapeFromEach(
    page,
    async () => {
      await opener.click();
      await expect(menu).toBeVisible();
    },
    menu,
    opener,
  );
});

test.describe('in English at 1024×768', () => {
  test.use({ locale: 'en-US', viewport: { width: 1024, height: 768 } });

  test('Escape closes the More menu (where the language switch goes) from each item', async ({ page }) => {
    await openApp(page);
    const more = tool(page, 'More');
    const menu = page.getByRole('menu', { name: 'More' });
    await escapeFromEach(
      page,
      async () => {
        await more.click();
        await expect(menu).toBeVisible();
      },
      menu,
      more,
    );
  });

  test('Escape closes the shortcut sheet from each control and gives focus back to the card', async ({
    page,
  }) => {
    await openApp(page);
    const opener = card(page, 'root');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await escapeFromEach(
      page,
      async () => {
        await opener.focus();
        await page.keyboard.press('?');
        await expect(sheet).toBeVisible();
      },
      sheet,
      opener,
    );
  });
});

test('Escape closes the delete dialog, the card menu, backups and the mapping step from each control', async ({
  page,
}) => {
  test.slow();
  await openApp(page);
  const supply = card(page, 'supply-side');
  const confirm = page.getByRole('dialog', { name: '删除“供给侧”' });
  await escapeFromEach(
    page,
    async () => {
      await supply.focus();
      await page.keyboard.press('Delete');
      await expect(confirm).toBeVisible();
    },
    confirm,
    supply,
  );

  const member = card(page, 'plat-membership');
  const menu = page.getByRole('menu', { name: '卡片操作: 会员运营' });
  await escapeFromEach(
    page,
    async () => {
      await member.click({ button: 'right', position: { x: 30, y: 20 } });
      await expect(menu).toBeVisible();
    },
    menu,
    member,
  );

  const library = chartButton(page);
  const backups = page.getByRole('dialog', { name: '备份' });
  await escapeFromEach(
    page,
    async () => {
      await library.click();
      await page.getByRole('menuitem', { name: '备份与存储空间…' }).click();
      await expect(backups).toBeVisible();
    },
    backups,
    library,
  );

  // Cells pasted from a spreadsheet open the mapping step; focus goes back to whatever had it.
  const mapping = page.getByRole('dialog', { name: /导入表格/ });
  const exportButton = tool(page, '导出');
  await escapeFromEach(
    page,
    async () => {
      await exportButton.focus();
      await page.evaluate(() => {
        const data = new DataTransfer();
        data.setData('text/plain', '名称\t上级\n运营\t\n用户获取\t运营');
        document.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      });
      await expect(mapping).toBeVisible();
    },
    mapping,
    exportButton,
  );
  await expect(page.locator('.react-flow__node')).toHaveCount(21);
});

test('Escape with nothing open changes nothing; a card menu opened at the window edge stays on screen', async ({
  page,
}) => {
  await openApp(page);
  await page.keyboard.press('Escape');
  const root = card(page, 'root');
  await root.focus();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(root).toBeFocused();
  await expect(page.locator('.react-flow__node')).toHaveCount(21);
  await expect(page.getByRole('dialog').or(page.getByRole('menu'))).toHaveCount(0);
  await expect(tool(page, '撤销')).toBeDisabled();

  const { width, height } = page.viewportSize()!;
  const target = card(page, 'merchant-ops');
  const pane = (await page.locator('.react-flow').boundingBox())!;
  // Drags the chart by empty canvas until the card's middle is at `to`, then right-clicks there.
  const menuAt = async (to: { x: number; y: number }) => {
    const box = (await target.boundingBox())!;
    const from = { x: pane.x + 20, y: pane.y + 20 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    const by = { x: to.x - (box.x + box.width / 2), y: to.y - (box.y + box.height / 2) };
    await page.mouse.move(from.x + by.x, from.y + by.y, { steps: 8 });
    await page.mouse.up();
    await page.mouse.click(to.x, to.y, { button: 'right' });
    const menu = page.getByRole('menu', { name: /^卡片操作: / });
    await expect(menu).toBeVisible();
    const m = (await menu.boundingBox())!;
    expect(m.x).toBeGreaterThanOrEqual(0);
    expect(m.y).toBeGreaterThanOrEqual(0);
    expect(m.x + m.width).toBeLessThanOrEqual(width);
    expect(m.y + m.height).toBeLessThanOrEqual(height);
    await page.screenshot({ path: `${SHOTS}/card-menu-edge-${to.x}-${to.y}.png` });
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
  };
  await menuAt({ x: width - 6, y: 300 });
  await menuAt({ x: 640, y: height - 6 });
});
