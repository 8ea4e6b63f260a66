import type { Page } from '@playwright/test';
import { translate, type StringKey } from './helpers/strings';
import { card, expect, openApp, test, tool, waitForStillViewport } from './fixtures';

/** Legend and minimap (issue 8, point 5): they never cover the fitted chart and can be hidden. */

const SHOTS = '/tmp/shots-screens';
type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Cards that a corner widget (controls, legend, minimap) lies over. */
async function coveredCards(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes = (selector: string) =>
      Array.from(document.querySelectorAll(selector), (el) => ({ el, box: el.getBoundingClientRect() }));
    const panels = boxes('.react-flow__panel');
    return boxes('.react-flow__node')
      .filter(({ box }) =>
        panels.some(
          ({ box: p }) =>
            box.left < p.right && p.left < box.right && box.top < p.bottom && p.top < box.bottom,
        ),
      )
      .map(({ el }) => el.getAttribute('data-id') ?? '');
  });
}

for (const { lang, width, height } of [
  { lang: 'zh-CN', width: 1280, height: 800 },
  { lang: 'en', width: 1024, height: 768 },
] as const) {
  const t = (key: StringKey) => translate(lang, key);
  test.describe(`${lang} at ${width}×${height}`, () => {
    test.use({ locale: lang, viewport: { width, height } });

    test('the fitted chart lies clear of the legend and minimap, which can be hidden and stay hidden', async ({
      page,
    }) => {
      await openApp(page);
      const legend = page.getByRole('region', { name: t('legend') });
      const minimap = page.locator('.react-flow__minimap');
      await expect(legend).toBeVisible();
      await expect(minimap).toBeVisible();
      await tool(page, t('fitView')).click();
      await waitForStillViewport(page);
      expect(await coveredCards(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/widgets-${lang}-${width}.png` });

      // Hidden from the zoom controls; the buttons say whether each is shown.
      const controls = page.locator('.react-flow__controls');
      const legendButton = page.getByRole('button', { name: t('legend'), exact: true });
      const minimapButton = page.getByRole('button', { name: t('minimap'), exact: true });
      await expect(legendButton).toHaveAttribute('aria-pressed', 'true');
      await legendButton.click();
      await expect(legend).toHaveCount(0);
      await expect(legendButton).toHaveAttribute('aria-pressed', 'false');
      await minimapButton.click();
      await expect(minimap).toHaveCount(0);
      await expect(minimapButton).toHaveAttribute('aria-pressed', 'false');
      await expect(controls).toBeVisible();

      // Remembered in this browser.
      await page.reload();
      await expect(card(page, 'root')).toBeVisible();
      await expect(legend).toHaveCount(0);
      await expect(minimap).toHaveCount(0);
      await legendButton.click();
      await expect(legend).toBeVisible();
      await page.reload();
      await expect(legend).toBeVisible();
      await expect(minimap).toHaveCount(0);
    });
  });
}

test.describe('phone 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('legend and minimap start hidden; details open as a sheet with the card still in sight', async ({
    page,
  }) => {
    await openApp(page);
    await expect(page.getByRole('button', { name: '图例', exact: true })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await expect(page.locator('.react-flow__minimap')).toHaveCount(0);
    await expect(page.getByRole('region', { name: '图例' })).toHaveCount(0);

    const target = card(page, 'acquisition');
    await target.tap({ position: { x: 10, y: 8 } });
    const sheet = page.getByRole('complementary', { name: '详情 · 用户获取' });
    await expect(sheet).toBeVisible();
    const box = (await sheet.boundingBox())!;
    // Full width, over the lower part: the chart above stays visible and the tapped card with it.
    expect(box.width).toBe(390);
    expect(box.y).toBeGreaterThan(844 * 0.3);
    await waitForStillViewport(page);
    const cardBox = (await target.boundingBox())!;
    expect(overlaps(cardBox, box)).toBe(false);
    expect(cardBox.y).toBeGreaterThan(48);
    await page.screenshot({ path: `${SHOTS}/phone-sheet.png` });
    await sheet.getByRole('button', { name: '关闭' }).tap();
    await expect(sheet).toHaveCount(0);
  });
});
