import { findEmptyPoint, readView, settle } from './view.mjs';

const DURATION_MS = 1000;

/** fps and the longest gap between consecutive animation frames recorded in the page. */
export function frameStats(frames) {
  if (frames.length < 2) return { fps: 0, maxGapMs: Infinity, frames: frames.length };
  let maxGap = 0;
  for (let i = 1; i < frames.length; i++) maxGap = Math.max(maxGap, frames[i] - frames[i - 1]);
  const seconds = (frames[frames.length - 1] - frames[0]) / 1000;
  return { fps: (frames.length - 1) / seconds, maxGapMs: maxGap, frames: frames.length };
}

/**
 * Drives one input event per frame for about a second while the page records every animation frame.
 * Each step waits for the page's next frame, so input never queues up faster than it is drawn.
 * @param {import('@playwright/test').Page} page
 * @param {(i: number, elapsed: number) => Promise<void>} step
 */
async function recordWhile(page, step) {
  await page.evaluate(() => window.__bench.startFrames());
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  const start = Date.now();
  for (let i = 0; Date.now() - start < DURATION_MS; i++) {
    await step(i, Date.now() - start);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
  await page.evaluate(() => window.__bench.nextPaint());
  const frames = await page.evaluate(() => window.__bench.stopFrames());
  return frameStats(frames);
}

/**
 * One second of mouse drag-pan from empty canvas: right and back, with a little vertical sway,
 * so the chart ends where it started.
 * @param {import('@playwright/test').Page} page
 */
export async function measurePan(page) {
  const reach = 240;
  const start = await findEmptyPoint(page, { reachX: reach, reachY: 60 });
  const before = await readView(page);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  let moved = false;
  try {
    const stats = await recordWhile(page, async (_i, elapsed) => {
      const phase = (elapsed % DURATION_MS) / DURATION_MS;
      const dx = reach * (phase < 0.5 ? phase * 2 : 2 - phase * 2);
      const dy = 60 * Math.sin(phase * 2 * Math.PI);
      await page.mouse.move(start.x + dx, start.y + dy);
      if (!moved && dx > 5) moved = (await readView(page)).x !== before.x;
    });
    if (!moved) throw new Error('the drag did not move the chart');
    return stats;
  } finally {
    await page.mouse.move(start.x, start.y);
    await page.mouse.up();
    await settle(page);
  }
}

/**
 * One second of wheel zoom around the canvas centre, one notch per frame: in then out, or out
 * then in, so the zoom ends where it started.
 * @param {import('@playwright/test').Page} page
 * @param {'in-first' | 'out-first'} order
 */
export async function measureWheelZoom(page, order) {
  const view = await readView(page);
  const cx = view.pane.left + view.pane.width / 2;
  const cy = view.pane.top + view.pane.height / 2;
  await page.mouse.move(cx, cy);
  // 40 units is 2^(0.08) ≈ ×1.057 per notch; 15 notches each way is about ×2.3.
  const notch = 40;
  const first = order === 'in-first' ? -notch : notch;
  let zoomMoved = false;
  const stats = await recordWhile(page, async (i) => {
    const sign = Math.floor(i / 15) % 2 === 0 ? 1 : -1;
    await page.mouse.wheel(0, first * sign);
    // Under load React may draw the new zoom some frames late, so keep looking (every third notch).
    if (!zoomMoved && i % 3 === 2) zoomMoved = (await readView(page)).zoom !== view.zoom;
  });
  await settle(page, 250);
  if (!zoomMoved) throw new Error('the wheel did not zoom the chart');
  return stats;
}
