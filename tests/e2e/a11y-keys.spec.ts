import type { Page } from '@playwright/test';
import {
  DEFAULT_NODE_COUNT,
  card,
  clickCard,
  detailsPanel,
  expect,
  expectInsidePane,
  openApp,
  shownNodes,
  test,
  tool,
} from './fixtures';

/** Keys belong to where focus is (issue 8, point 2) and the chart is a tree (point 3). */

const shot = (name: string) => `/tmp/shots-a11y/${name}`;
const focusedCardId = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('.react-flow__node')?.getAttribute('data-id') ?? null);

for (const size of [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
]) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('keys act where focus is: panel, toolbar and held-down Tab add or delete nothing', async ({
      page,
    }) => {
      await openApp(page);
      await clickCard(page, 'acquisition');
      await page.keyboard.press('Space');
      const panel = detailsPanel(page);
      await expect(panel).toBeVisible();

      // F6 takes focus into the panel; Tab walks its fields and adds nothing.
      await page.keyboard.press('F6');
      await expect(panel.locator('#details-heading')).toBeFocused();
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        expect(await focusedCardId(page)).toBeNull();
      }
      await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT);
      // Shift+Tab too (it used to add a child).
      await page.keyboard.press('Shift+Tab');
      await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT);

      // Backspace on a focused toolbar button deletes nothing; Enter activates the button.
      const exportButton = tool(page, '导出');
      await exportButton.focus();
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Delete');
      await expect(card(page, 'acquisition')).toHaveCount(1);
      await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT);
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: '导出' });
      await expect(dialog).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
      await expect(exportButton).toBeFocused();
      // Enter went to the button only: the details are still those of the same card.
      await expect(page.getByRole('complementary', { name: '详情 · 用户获取' })).toBeVisible();

      // Tab held down on a card adds one child, not one per auto-repeat.
      await clickCard(page, 'acquisition');
      for (let i = 0; i < 25; i++) await page.keyboard.down('Tab');
      await page.keyboard.up('Tab');
      await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT + 1);
      await expect(page.locator('.react-flow__node').getByRole('textbox', { name: '名称' })).toBeFocused();
      await page.keyboard.press('Escape');
      // Escape in the new card's name field leaves focus on the card, so keys carry on.
      await expect.poll(() => focusedCardId(page)).not.toBeNull();
    });
  });
}

test.describe('in English at 1024×768', () => {
  test.use({ locale: 'en-US', viewport: { width: 1024, height: 768 } });

  // Here ArrowDown's glide zooms in and leaves the next card at the canvas edge, so under load it
  // can take focus, leave the DOM mid-glide and come back; it must end with focus all the same.
  test('one tab stop; arrows, Home, End and * move focus card to card, each announced', async ({ page }) => {
    await openApp(page);
    const tree = page.getByRole('tree', { name: 'Chart nodes' });
    await expect(tree).toBeAttached();
    // One tab stop for the whole chart: Tabbing on from the toolbar (past its "More" menu and
    // the first-run hint) lands on the root, and on no other card.
    await expect(page.locator('.react-flow__node[tabindex="0"]')).toHaveCount(1);
    await tool(page, 'Language: 中文').focus();
    const root = page.getByRole('treeitem', { name: 'E-commerce platform operations' });
    const onCard = () => page.evaluate(() => document.activeElement?.getAttribute('role') === 'treeitem');
    for (let i = 0; i < 5 && !(await onCard()); i++) await page.keyboard.press('Tab');
    await expect(root).toBeFocused();
    await expect(root).toHaveAttribute('aria-level', '1');
    await expect(root).toHaveAttribute('aria-expanded', 'true');

    await page.keyboard.press('ArrowDown');
    const first = card(page, 'acquisition');
    await expect(first).toBeFocused();
    await expect(first).toHaveAttribute('aria-label', 'User acquisition');
    await expect(first).toHaveAttribute('aria-level', '2');
    await expect(first).toHaveAttribute('aria-posinset', '1');
    await expect(first).toHaveAttribute('aria-setsize', '2');
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    await expect(first).toHaveAttribute('aria-description', /^Chain, level 2, 1 of 2, expanded$/);
    await expect(page.locator('.react-flow__node[tabindex="0"]')).toHaveCount(1);
    await page.screenshot({ path: shot('focus-ring-en.png') });

    await page.keyboard.press('ArrowRight');
    await expect(card(page, 'maintenance')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(root).toBeFocused();

    // End reaches the last card, which may be off screen: it glides into view, then takes focus.
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    // F6 brings focus back to the chart (the canvas holds it while the root is scrolled away).
    await page.keyboard.press('F6');
    await page.keyboard.press('End');
    const last = page.locator('.react-flow__node.selected');
    await expect(last).toBeFocused();
    await expectInsidePane(page, last);
    await expect(last).not.toHaveAttribute('aria-expanded', /.*/);

    // Fold a branch, then * expands the folded siblings again.
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await card(page, 'acquisition')
      .getByRole('button', { name: /^Collapse / })
      // Straight to the button: at 1024 px the minimap may lie over it.
      .dispatchEvent('click');
    await expect(card(page, 'acquisition')).toHaveAttribute('aria-expanded', 'false');
    await expect(card(page, 'acquisition')).toHaveAttribute('aria-description', /collapsed, \d+ hidden/);
    await card(page, 'acquisition').focus();
    await page.keyboard.press('*');
    await expect(card(page, 'acquisition')).toHaveAttribute('aria-expanded', 'true');
  });
});
