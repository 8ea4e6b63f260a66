import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  card,
  clickCard,
  detailsPanel,
  expect,
  fitView,
  openApp,
  test,
  waitForStillViewport,
} from './fixtures';

const SHOTS = '/tmp/shots-planner';

type Cut = { what: string; why: string };

/**
 * Every card title and region label in the DOM, checked where the browser laid it out: the
 * rendered text is the node's whole title, and the laid-out text (a Range over it, which
 * clipping and line-clamp do not shorten) stays inside its own box and inside its card/band.
 */
function findCuts(page: Page): Promise<Cut[]> {
  return page.evaluate(() => {
    const cuts: Cut[] = [];
    const inside = (a: DOMRect, b: DOMRect, slack = 1.5) =>
      a.left >= b.left - slack &&
      a.right <= b.right + slack &&
      a.top >= b.top - slack &&
      a.bottom <= b.bottom + slack;
    const textRect = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect();
    };
    for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const name = node.getAttribute('aria-label') ?? '';
      const title = node.querySelector<HTMLElement>('[data-card-title]');
      if (!title) {
        cuts.push({ what: name, why: 'no title element' });
        continue;
      }
      if (title.textContent !== name) cuts.push({ what: name, why: `shows "${title.textContent}"` });
      const text = textRect(title);
      // A glyph box is a little taller than a tight line box (leading < 1.45): allow that, never a line.
      const line =
        parseFloat(getComputedStyle(title).fontSize) *
        (title.getBoundingClientRect().height / title.offsetHeight);
      if (!inside(text, title.getBoundingClientRect(), Math.max(1.5, 0.2 * line)))
        cuts.push({ what: name, why: 'text overflows its line box' });
      if (!inside(text, node.getBoundingClientRect()))
        cuts.push({ what: name, why: 'text runs out of the card' });
      if (title.scrollWidth > title.clientWidth + 1)
        cuts.push({ what: name, why: 'text wider than its box' });
      // The title never runs into the subtitle below it.
      const next = title.nextElementSibling;
      if (next && text.bottom > next.getBoundingClientRect().top + 1)
        cuts.push({ what: name, why: 'title runs into the subtitle' });
    }
    for (const label of document.querySelectorAll<HTMLElement>('[data-region-label]')) {
      const id = label.dataset.regionLabel!;
      const band = document.querySelector(`[data-region="${CSS.escape(id)}"]`);
      const text = textRect(label);
      if (!band) continue;
      if (label.scrollWidth > label.clientWidth + 1)
        cuts.push({ what: `region ${id}`, why: 'label wider than its box' });
      if (!inside(text, band.getBoundingClientRect()))
        cuts.push({ what: `region ${id}`, why: 'label runs out of its band' });
      if (/…$/.test(label.textContent ?? ''))
        cuts.push({ what: `region ${id}`, why: 'label ends in an ellipsis' });
    }
    return cuts;
  });
}

for (const [lang, locale, fitLabel] of [
  ['zh', 'zh-CN', '适应画布'],
  ['en', 'en-US', 'Fit view'],
] as const) {
  test.describe(`text fits (${lang})`, () => {
    test.use({ locale, viewport: { width: 1280, height: 800 } });

    test(`no card title or region label is cut at the fitted view or at 100 % (${lang})`, async ({
      page,
    }) => {
      await openApp(page);
      await fitView(page, fitLabel);
      await page.mouse.move(1, 1);
      // Region labels are named after their node: the first chain's band shows its title whole.
      await expect(page.locator('[data-region-label="acquisition"]')).toContainText(
        (await card(page, 'acquisition').getAttribute('aria-label')) ?? '',
      );
      expect(await findCuts(page)).toEqual([]);
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/text-fits-${lang}-fitted.png` });
      // Zoomed in, the cards show their detailed face (title, subtitle, chips).
      const pane = (await page.locator('.react-flow').boundingBox())!;
      await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 3);
      for (let i = 0; i < 2; i++) await page.mouse.wheel(0, -200);
      await waitForStillViewport(page);
      await expect(page.locator('[data-card-title]').first()).toHaveAttribute('title', /.+/);
      expect(await findCuts(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/text-fits-${lang}-zoomed.png` });
    });
  });
}

test.describe('details panel (en)', () => {
  test.use({ locale: 'en-US', viewport: { width: 1280, height: 800 } });

  test('responsibilities and metrics wrap in the details panel, never clip', async ({ page }) => {
    await openApp(page);
    await clickCard(page, 'plat-membership');
    const panel = detailsPanel(page);
    const items = panel.getByRole('region', { name: 'Responsibilities' }).getByRole('textbox');
    await expect(items.first()).toBeVisible();
    const clipped = await panel
      .locator('section textarea, section input')
      .evaluateAll((fields) =>
        fields
          .filter((f) => f.scrollWidth > f.clientWidth + 1 || f.scrollHeight > f.clientHeight + 1)
          .map((f) => (f as HTMLTextAreaElement).value),
      );
    expect(clipped).toEqual([]);
    // At least one item is long enough to need a second line, so wrapping is really exercised.
    const tall = await items.evaluateAll((fields) => fields.some((f) => f.clientHeight > 40));
    expect(tall).toBe(true);
    await page.screenshot({ path: `${SHOTS}/text-fits-en-details.png` });
  });
});
