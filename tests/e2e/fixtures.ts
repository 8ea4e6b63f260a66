import { test as base, expect, type Locator, type Page } from '@playwright/test';

/** Anything a journey must never cause: a console error, an uncaught exception, a request off this machine. */
export type Guard = { problems: string[] };

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLocalUrl(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  try {
    return LOCAL_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      // Only errors fail: React Flow's attribution notice and similar hints arrive as warnings.
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('request', (request) => {
        if (!isLocalUrl(request.url())) problems.push(`request left localhost: ${request.url()}`);
      });
      await use({ problems });
      expect(problems, 'console errors, page errors or requests leaving localhost').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const DEFAULT_NODE_COUNT = 21;

/** A card by its node id (stable in the templates; titles repeat across branches). */
export function card(page: Page, id: string): Locator {
  return page.locator(`.react-flow__node[data-id="${id}"]`);
}

/** Cards on screen: React Flow leaves cards outside the viewport out of the DOM. */
export function cards(page: Page): Locator {
  return page.locator('.react-flow__node');
}

/** Every shown (not folded away) node wherever the viewport is: the minimap draws them all. */
export function shownNodes(page: Page): Locator {
  return page.locator('.react-flow__minimap-node');
}

/** A card by its exact title; use only for titles that occur once. */
export function cardTitled(page: Page, title: string): Locator {
  return page.locator('.react-flow__node').filter({ has: page.getByTitle(title, { exact: true }) });
}

export function tool(page: Page, name: string): Locator {
  return page.getByRole('banner').getByRole('button', { name, exact: true });
}

export function detailsPanel(page: Page): Locator {
  return page.getByRole('complementary');
}

export async function openApp(page: Page, count = DEFAULT_NODE_COUNT): Promise<void> {
  await page.goto('/');
  await expect(cards(page)).toHaveCount(count);
}

/** Asks the app to fit the chart and waits until React Flow's viewport transform settles. */
export async function fitView(page: Page, label = '适应画布'): Promise<void> {
  await tool(page, label).click();
  await waitForStillViewport(page);
}

export async function waitForStillViewport(page: Page): Promise<void> {
  const transform = () =>
    page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  let last = await transform();
  await expect
    .poll(
      async () => {
        const now = await transform();
        const same = now === last;
        last = now;
        return same;
      },
      { intervals: [120, 120, 200, 300] },
    )
    .toBe(true);
}

/** True when the element's box lies within the React Flow pane (1 px tolerance for sub-pixel rounding). */
export async function isInsidePane(page: Page, target: Locator): Promise<boolean> {
  // React Flow leaves off-screen cards out of the DOM (onlyRenderVisibleElements): absent is outside.
  if ((await target.count()) === 0) return false;
  const pane = await page.locator('.react-flow').boundingBox();
  const box = await target.boundingBox({ timeout: 1000 }).catch(() => null);
  if (!pane || !box) return false;
  return (
    box.x >= pane.x - 1 &&
    box.y >= pane.y - 1 &&
    box.x + box.width <= pane.x + pane.width + 1 &&
    box.y + box.height <= pane.y + pane.height + 1
  );
}

export async function expectInsidePane(page: Page, target: Locator): Promise<void> {
  await expect.poll(() => isInsidePane(page, target), { message: 'card is inside the canvas' }).toBe(true);
}

/** Selects a card with a plain click on its title area (the fold button sits at the bottom edge). */
export async function clickCard(page: Page, id: string): Promise<void> {
  const target = card(page, id);
  await target.click({ position: { x: 20, y: 14 } });
  await expect(target).toHaveClass(/\bselected\b/);
}

/** Everything the app keeps in IndexedDB (`opschart` / `charts`), without creating the database. */
export async function storedEntries(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('opschart')) return {};
    return new Promise<Record<string, unknown>>((resolve, reject) => {
      const request = indexedDB.open('opschart');
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const out: Record<string, unknown> = {};
        if (!db.objectStoreNames.contains('charts')) {
          db.close();
          return resolve(out);
        }
        const cursor = db.transaction('charts').objectStore('charts').openCursor();
        cursor.onsuccess = () => {
          const c = cursor.result;
          if (!c) {
            db.close();
            return resolve(out);
          }
          out[String(c.key)] = c.value;
          c.continue();
        };
      };
    });
  });
}

/** Reads what autosave wrote for the active chart. */
export async function storedChart(page: Page): Promise<{ id: string; raw: string | null }> {
  const id = await page.evaluate(
    () =>
      (JSON.parse(localStorage.getItem('opschart:prefs') ?? '{}') as { activeId?: string }).activeId ?? '',
  );
  const entries = await storedEntries(page);
  const raw = entries[`chart:${id}`];
  return { id, raw: typeof raw === 'string' ? raw : null };
}

/** Waits until autosave has written a chart whose text contains `needle`. */
export async function expectSaved(page: Page, needle: string): Promise<void> {
  await expect.poll(async () => (await storedChart(page)).raw ?? '').toContain(needle);
}
