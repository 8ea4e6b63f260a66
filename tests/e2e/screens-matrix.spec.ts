import type { Page } from '@playwright/test';
import { translate, type StringKey } from './helpers/strings';
import { escapeFromEach } from './helpers/escape';
import { DEFAULT_NODE_COUNT, card, clickCard, expect, openApp, shownNodes, test, tool } from './fixtures';

/**
 * Issue 8's journey list, once per language and screen: click (or tap) opens the details, Tab
 * through them adds nothing, Enter on a focused toolbar button activates it, right-click opens
 * the card menu (long-press is in screens-touch), arrows move focus card to card, announced.
 * a11y-keys holds the held-down Tab and the full tree walk; screens-keys Escape from every control.
 */

const focusedCardId = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('.react-flow__node')?.getAttribute('data-id') ?? null);

for (const lang of ['zh-CN', 'en'] as const) {
  const t = (key: StringKey) => translate(lang, key);
  for (const screen of [
    { name: '1280×800', viewport: { width: 1280, height: 800 }, touch: false },
    { name: '1024×768', viewport: { width: 1024, height: 768 }, touch: false },
    { name: 'tablet 820×1180', viewport: { width: 820, height: 1180 }, touch: true },
  ]) {
    test.describe(`${lang} at ${screen.name}`, () => {
      test.use({ locale: lang, viewport: screen.viewport, hasTouch: screen.touch });

      test('details by click or tap, Tab and Enter where focus is, card menu, arrows announced', async ({
        page,
      }) => {
        await openApp(page);
        const acquisition = card(page, 'acquisition');
        const title = (await acquisition.getAttribute('aria-label'))!;
        if (screen.touch) await acquisition.tap({ position: { x: 20, y: 14 } });
        else await clickCard(page, 'acquisition');
        const details = page.getByRole('complementary', { name: `${t('details')} · ${title}` });
        await expect(details).toBeVisible();

        // Tab walks the panel's fields and adds nothing.
        await page.keyboard.press('F6');
        await expect(details.locator('#details-heading')).toBeFocused();
        for (let i = 0; i < 8; i++) {
          await page.keyboard.press('Tab');
          expect(await focusedCardId(page)).toBeNull();
        }
        await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT);

        // Enter on a focused toolbar button activates that button, nothing else.
        const exportButton = tool(page, t('export'));
        await exportButton.focus();
        await page.keyboard.press('Enter');
        const dialog = page.getByRole('dialog', { name: t('export') });
        await expect(dialog).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(dialog).toHaveCount(0);
        await expect(exportButton).toBeFocused();
        await expect(details).toBeVisible();
        await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT);

        if (!screen.touch) {
          // Right-click: the card's menu, focus inside it; Escape gives focus back to the card.
          await acquisition.click({ button: 'right', position: { x: 30, y: 20 } });
          const menu = page.getByRole('menu', { name: `${t('cardMenu')}: ${title}` });
          await expect(menu).toBeVisible();
          await expect(
            menu.getByRole('menuitem', { name: new RegExp(`^${t('menuDetails')}`) }),
          ).toBeVisible();
          expect(await page.evaluate(() => !!document.activeElement?.closest('[role="menu"]'))).toBe(true);
          await page.keyboard.press('Escape');
          await expect(menu).toHaveCount(0);
          await expect(acquisition).toBeFocused();
        }

        // Arrows: to the first child and back, each announced by name, level and expanded state.
        await acquisition.focus();
        await page.keyboard.press('ArrowDown');
        const child = card(page, 'acq-channel');
        await expect(child).toBeFocused();
        await expect(child).toHaveAttribute('role', 'treeitem');
        await expect(child).toHaveAccessibleName(/\S/);
        await expect(child).toHaveAttribute('aria-level', '3');
        await expect(child).not.toHaveAttribute('aria-expanded', /.*/);
        await page.keyboard.press('ArrowUp');
        await expect(acquisition).toBeFocused();
        await expect(acquisition).toHaveAccessibleName(title);
        await expect(acquisition).toHaveAttribute('aria-level', '2');
        await expect(acquisition).toHaveAttribute('aria-expanded', 'true');
      });

      test('Escape closes the export dialog and the chart library from each control, focus back', async ({
        page,
      }) => {
        await openApp(page);
        const exportButton = tool(page, t('export'));
        const dialog = page.getByRole('dialog', { name: t('export') });
        await escapeFromEach(
          page,
          async () => {
            await exportButton.click();
            await expect(dialog).toBeVisible();
          },
          dialog,
          exportButton,
        );
        const library = page
          .getByRole('banner')
          .getByRole('button', { name: new RegExp(`^${t('chartLibrary')}: `) });
        const menu = page.getByRole('menu', { name: t('chartLibrary') });
        await escapeFromEach(
          page,
          async () => {
            await library.click();
            await expect(menu).toBeVisible();
          },
          menu,
          library,
        );
      });
    });
  }
}
