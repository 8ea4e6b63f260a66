import { card, clickCard, expect, openApp, test } from './fixtures';
import { openExport } from './helpers/export-dialog';

// IndexedDB writes are asynchronous and wait ~300 ms for more edits; a reload right after an
// edit must still find it (the page-hide copy in localStorage is restored on start).
test('an edit followed at once by a reload is kept', async ({ page }) => {
  await openApp(page);
  await clickCard(page, 'merchant-ops');
  await page.keyboard.press('F2');
  await card(page, 'merchant-ops').getByRole('textbox', { name: '名称' }).fill('刚改完就刷新');
  await page.keyboard.press('Enter');
  await expect(card(page, 'merchant-ops')).toHaveAttribute('aria-label', '刚改完就刷新');
  await page.reload();
  await expect(card(page, 'merchant-ops')).toHaveAttribute('aria-label', '刚改完就刷新');
  await expect(page.getByRole('status', { name: '保存状态' })).toHaveText('已保存');
  // The copy was written back to IndexedDB and then removed.
  expect(await page.evaluate(() => localStorage.getItem('opschart:unsaved'))).toBeNull();
  await page.reload();
  await expect(card(page, 'merchant-ops')).toHaveAttribute('aria-label', '刚改完就刷新');
});

test('the built page allows no connection beyond its own origin (no dev WebSocket) and no eval', async ({
  page,
}) => {
  await openApp(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("connect-src 'self';");
  expect(policy).not.toContain('ws:');
  expect(policy).not.toContain('unsafe-eval');
});

test('the built page allows no inline style but the scroll lock of its dialogs, which still works', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.effectiveDirective}: ${e.sample || e.blockedURI}`),
    );
  });
  await openApp(page);
  const policy =
    (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  expect(policy).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+';/);
  expect(policy).not.toContain('unsafe-inline');
  // A Radix dialog locks page scrolling with a <style> element; its text must hash to the allowed one.
  await openExport(page);
  const lock = await page.evaluate(async () => {
    const text = Array.from(document.head.querySelectorAll('style'))
      .map((s) => s.textContent ?? '')
      .find((t) => t.includes('data-scroll-locked'));
    if (text === undefined) return null;
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return btoa(String.fromCharCode(...new Uint8Array(digest)));
  });
  expect(lock, 'the scroll lock inserted its style element').not.toBeNull();
  expect(policy, 'vite.config.ts SCROLL_LOCK_STYLE_HASH must be this hash').toContain(`'sha256-${lock}'`);
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).overflow)).toBe('hidden');
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});
