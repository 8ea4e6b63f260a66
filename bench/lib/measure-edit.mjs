import { armStopwatch, readStopwatch } from './stopwatch.mjs';
import { readView, settle } from './view.mjs';

/**
 * Rename: click a card (`nodeId`, else the one nearest the middle of the canvas), F2, type a
 * title, Enter; Enter keydown → first frame painted with the new title on the card.
 * @param {import('@playwright/test').Page} page
 */
export async function measureRename(page, newTitle, nodeId) {
  const view = await readView(page);
  const target = await page.evaluate(
    ({ pane, nodeId }) => {
      const cx = pane.left + pane.width / 2;
      const cy = pane.top + pane.height / 2;
      let best = null;
      for (const el of document.querySelectorAll('.react-flow__node')) {
        if (nodeId && el.dataset.id !== nodeId) continue;
        const r = el.getBoundingClientRect();
        const inside =
          r.left > pane.left + 40 &&
          r.right < pane.left + pane.width - 240 &&
          r.top > pane.top + 40 &&
          r.bottom < pane.top + pane.height - 200;
        if (!inside || el.style.visibility === 'hidden') continue;
        const d = Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy);
        if (!best || d < best.d)
          best = { id: el.dataset.id, x: r.left + r.width / 2, y: r.top + r.height * 0.3, d };
      }
      return best;
    },
    { pane: view.pane, nodeId },
  );
  if (!target)
    throw new Error(nodeId ? `card ${nodeId} is not fully on screen` : 'no card fully on screen to rename');
  const card = page.locator(`.react-flow__node[data-id="${target.id}"]`);
  await page.mouse.click(target.x, target.y);
  await page.waitForFunction(
    (id) => document.querySelector(`.react-flow__node[data-id="${id}"]`)?.classList.contains('selected'),
    target.id,
    { timeout: 10_000 },
  );
  await page.keyboard.press('F2');
  const input = card.locator('input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(newTitle);
  await settle(page, 50);
  const sel = `.react-flow__node[data-id="${CSS_escape(target.id)}"]`;
  await armStopwatch(page, {
    event: 'keydown',
    key: 'Enter',
    done: { selector: sel, noInput: true, text: newTitle },
  });
  await page.keyboard.press('Enter');
  const ms = await readStopwatch(page, 20_000);
  await settle(page);
  return { ms, nodeId: target.id };
}

/**
 * Clicks the fold button of `nodeId` (which must be on screen) and times click → first frame
 * painted with the new layout: the card at its place in the folded/unfolded layout (`cardAt`,
 * computed in Node) or gone from the screen, and every card on screen measured. Large charts
 * keep the old layout for a moment and get the new one from a worker, so a flipped button
 * alone does not mean the fold is drawn.
 * @param {import('@playwright/test').Page} page
 * @param {'collapse' | 'expand'} action
 * @param {{ x: number, y: number }} cardAt
 */
export async function measureFold(page, nodeId, action, cardAt) {
  const card = `.react-flow__node[data-id="${CSS_escape(nodeId)}"]`;
  const sel = `${card} button[aria-expanded]`;
  const button = page.locator(sel);
  await button.waitFor({ state: 'attached', timeout: 10_000 });
  const state = await button.getAttribute('aria-expanded');
  if (state !== (action === 'collapse' ? 'true' : 'false'))
    throw new Error(`${nodeId} is already ${action === 'collapse' ? 'collapsed' : 'expanded'}`);
  const box = await button.boundingBox();
  if (!box || box.width < 4)
    throw new Error(`fold button of ${nodeId} is not clickable (${box ? box.width.toFixed(1) : 0}px)`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await settle(page, 50);
  const before = await page.evaluate(
    (card) => ({
      cards: document.getElementsByClassName('react-flow__node').length,
      transform: document.querySelector(card)?.style.transform ?? '',
    }),
    card,
  );
  const m = /translate\(([-\d.e]+)px,\s*([-\d.e]+)px\)/.exec(before.transform);
  if (m && Math.abs(Number(m[1]) - cardAt.x) < 0.5 && Math.abs(Number(m[2]) - cardAt.y) < 0.5) {
    throw new Error(`folding ${nodeId} does not move its card, so the new layout cannot be seen arriving`);
  }
  await armStopwatch(page, {
    event: 'click',
    within: sel,
    done: { selector: card, placedAt: cardAt, allMeasured: true },
  });
  await page.mouse.down();
  await page.mouse.up();
  const ms = await readStopwatch(page, 30_000);
  const after = await page.evaluate(() => document.getElementsByClassName('react-flow__node').length);
  await settle(page, 300);
  return { ms, cardsBefore: before.cards, cardsAfter: after };
}

function CSS_escape(id) {
  return id.replace(/["\\]/g, '\\$&');
}
