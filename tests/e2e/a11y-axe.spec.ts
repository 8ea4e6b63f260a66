import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { card, clickCard, detailsPanel, expect, openApp, test } from './fixtures';

/** axe-core on the app's main states, in both languages: no critical or serious violation. */

async function expectNoSeriousViolations(page: Page, state: string, lang: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `${lang} · ${state}`).toEqual([]);
}

for (const { locale, lang, libraryName, exportName, menuName } of [
  { locale: 'zh-CN', lang: 'zh-CN', libraryName: /^图表库: /, exportName: '导出', menuName: /^卡片操作: / },
  {
    locale: 'en-US',
    lang: 'en',
    libraryName: /^Chart library: /,
    exportName: 'Export',
    menuName: /^Card actions: /,
  },
]) {
  test.describe(lang, () => {
    test.use({ locale, viewport: { width: 1280, height: 800 } });

    test('first view, details, export dialog, card menu and chart library pass axe', async ({ page }) => {
      // Five full axe scans of a live canvas take a while on a shared 2-core machine.
      test.slow();
      await openApp(page);
      await expectNoSeriousViolations(page, 'first view', lang);

      await clickCard(page, 'plat-membership');
      await expect(detailsPanel(page)).toBeVisible();
      await expectNoSeriousViolations(page, 'details open', lang);

      await page.keyboard.press('Control+e');
      const exportDialog = page.getByRole('dialog', { name: exportName });
      await expect(exportDialog).toBeVisible();
      await expectNoSeriousViolations(page, 'export dialog', lang);
      await page.keyboard.press('Escape');
      await expect(exportDialog).toHaveCount(0);

      await card(page, 'plat-membership').click({ button: 'right', position: { x: 30, y: 20 } });
      const menu = page.getByRole('menu', { name: menuName });
      await expect(menu).toBeVisible();
      await expectNoSeriousViolations(page, 'card menu', lang);
      await page.keyboard.press('Escape');
      await expect(menu).toHaveCount(0);

      await page.getByRole('button', { name: libraryName }).click();
      await expect(page.getByRole('menu')).toBeVisible();
      await expectNoSeriousViolations(page, 'chart library', lang);
    });
  });
}
