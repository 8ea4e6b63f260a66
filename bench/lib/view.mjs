/**
 * Moving the chart's view with real input only (mouse drags on empty canvas, wheel turns),
 * and reading where things are on screen.
 */

/** d3-zoom as React Flow configures it: one pixel-mode wheel unit scales by 2^(0.002). */
const WHEEL_LOG2_PER_UNIT = 0.002;
/** The app's minimum zoom: the farthest a user can zoom out to travel across a wide chart. */
const FAR_ZOOM = 0.02;

/** @param {import('@playwright/test').Page} page */
export async function readView(page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow').getBoundingClientRect();
    const t = document.querySelector('.react-flow__viewport').style.transform;
    const m = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(t);
    return {
      pane: { left: pane.left, top: pane.top, width: pane.width, height: pane.height },
      x: m ? Number(m[1]) : 0,
      y: m ? Number(m[2]) : 0,
      zoom: m ? Number(m[3]) : 1,
    };
  });
}

/**
 * A point on empty canvas (no card, edge, panel or control under it) from which a drag of
 * (reachX, reachY) stays on the canvas. Searches a grid, nearest to `near` first.
 * @param {import('@playwright/test').Page} page
 */
export async function findEmptyPoint(page, { reachX = 0, reachY = 0, near = null } = {}) {
  const point = await page.evaluate(
    ({ reachX, reachY, near }) => {
      const flow = document.querySelector('.react-flow').getBoundingClientRect();
      const blocked =
        '.react-flow__node, .react-flow__edge, .react-flow__panel, .react-flow__minimap, .react-flow__controls, button, input, [role="dialog"]';
      const isEmpty = (x, y) => {
        const el = document.elementFromPoint(x, y);
        return !!el && !!el.closest('.react-flow') && !el.closest(blocked);
      };
      const margin = 24;
      const minX = flow.left + margin + Math.max(0, -reachX);
      const maxX = flow.right - margin - Math.max(0, reachX);
      const minY = flow.top + margin + Math.max(0, -reachY);
      const maxY = flow.bottom - margin - Math.max(0, reachY);
      const cx = near ? near.x : (minX + maxX) / 2;
      const cy = near ? near.y : (minY + maxY) / 2;
      const candidates = [];
      for (let x = minX; x <= maxX; x += 12) for (let y = minY; y <= maxY; y += 12) candidates.push([x, y]);
      candidates.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
      // The end of the drag need not be empty (the drag is captured), but its start and a neighbourhood must be.
      for (const [x, y] of candidates) {
        if (isEmpty(x, y) && isEmpty(x + 4, y) && isEmpty(x, y + 4) && isEmpty(x - 4, y) && isEmpty(x, y - 4))
          return { x, y };
      }
      return null;
    },
    { reachX, reachY, near },
  );
  if (!point) throw new Error('no empty canvas point to drag from');
  return point;
}

/**
 * Pans by (dx, dy) screen pixels with mouse drags on empty canvas, in chunks that stay on the canvas.
 * @param {import('@playwright/test').Page} page
 */
export async function panBy(page, dx, dy) {
  let restX = dx;
  let restY = dy;
  for (let guard = 0; guard < 60 && (Math.abs(restX) > 0.5 || Math.abs(restY) > 0.5); guard++) {
    const stepX = Math.max(-700, Math.min(700, restX));
    const stepY = Math.max(-400, Math.min(400, restY));
    const start = await findEmptyPoint(page, { reachX: stepX, reachY: stepY });
    const before = await readView(page);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    // Few moves: this only travels (each move costs hundreds of ms on a 10,000-node chart); d3 pans by the full delta anyway.
    const steps = 2;
    for (let i = 1; i <= steps; i++)
      await page.mouse.move(start.x + (stepX * i) / steps, start.y + (stepY * i) / steps);
    await page.mouse.up();
    // Let the new view render before looking for the next empty spot: a card drawn late under the
    // cursor would turn the next drag into a card drag.
    await settle(page, 60);
    const after = await readView(page);
    const movedX = after.x - before.x;
    const movedY = after.y - before.y;
    if (Math.abs(movedX - stepX) > 2 || Math.abs(movedY - stepY) > 2) {
      throw new Error(
        `a drag of ${stepX.toFixed(0)},${stepY.toFixed(0)} px panned ${movedX.toFixed(0)},${movedY.toFixed(0)} px`,
      );
    }
    restX -= movedX;
    restY -= movedY;
  }
}

/**
 * Wheel-zooms around a screen point until the zoom is `target` (within 0.5%), clamped by the app's zoom limits.
 * @param {import('@playwright/test').Page} page
 */
export async function zoomAt(page, sx, sy, target) {
  await page.mouse.move(sx, sy);
  let last = NaN;
  for (let i = 0; i < 6; i++) {
    const { zoom } = await readView(page);
    // Reached, or held at the app's zoom limit.
    if (Math.abs(zoom / target - 1) < 0.005 || zoom === last) return zoom;
    last = zoom;
    const units = -Math.log2(target / zoom) / WHEEL_LOG2_PER_UNIT;
    await page.mouse.wheel(0, units);
    await settle(page);
  }
  return (await readView(page)).zoom;
}

/** Chart coordinates → screen coordinates under the current view. */
export function toScreen(view, cx, cy) {
  return { x: view.pane.left + view.x + cx * view.zoom, y: view.pane.top + view.y + cy * view.zoom };
}

/**
 * Brings chart point (cx, cy) to screen point (sx, sy) at the given zoom, as a user would: zoom
 * out if it is far away, drag it to the middle, zoom in around it, drag it into place.
 * @param {import('@playwright/test').Page} page
 */
export async function bringInto(page, cx, cy, zoom, sx, sy) {
  let view = await readView(page);
  const mid = { x: view.pane.left + view.pane.width / 2, y: view.pane.top + view.pane.height / 2 };
  let at = toScreen(view, cx, cy);
  if (Math.abs(at.x - mid.x) > view.pane.width * 1.5 || Math.abs(at.y - mid.y) > view.pane.height * 1.5) {
    await zoomAt(page, mid.x, mid.y, FAR_ZOOM);
    view = await readView(page);
    at = toScreen(view, cx, cy);
  }
  await panBy(page, mid.x - at.x, mid.y - at.y);
  view = await readView(page);
  at = toScreen(view, cx, cy);
  await zoomAt(page, at.x, at.y, zoom);
  view = await readView(page);
  at = toScreen(view, cx, cy);
  await panBy(page, sx - at.x, sy - at.y);
  await settle(page);
  return readView(page);
}

/** Waits two painted frames and a short idle, so the previous input has been handled. */
export async function settle(page, ms = 120) {
  await page.evaluate(() => window.__bench.nextPaint());
  await page.waitForTimeout(ms);
}
