import { card, clickCard, expect, openApp, test } from './fixtures';

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
