import type { Page } from '@playwright/test';
import { expect, isLocalUrl } from '../fixtures';
import { comparable } from './charts';
import { download, openExport, status } from './export-dialog';

/** Reads the share link the dialog copied (needs clipboard permission in `page`'s context). */
export async function copyShareLink(page: Page): Promise<{ url: string; original: Record<string, unknown> }> {
  const dialog = await openExport(page);
  const original = comparable((await download(page, dialog, 'json')).bytes.toString('utf8'));
  await dialog.getByRole('button', { name: '复制分享链接' }).click();
  await expect(status(dialog)).toHaveText('分享链接已复制（图表数据在链接中，不会上传）');
  const url = await page.evaluate(() => navigator.clipboard.readText());
  const origin = new URL(page.url()).origin;
  expect(url.startsWith(`${origin}/#chart=`)).toBe(true);
  expect(url.slice(origin.length)).toMatch(/^\/#chart=[A-Za-z0-9_-]+$/);
  await dialog.getByRole('button', { name: '取消' }).click();
  return { url, original };
}

/** Fails the test on console errors, page errors and requests leaving localhost in a second page. */
export function guardPage(other: Page): string[] {
  const problems: string[] = [];
  other.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  other.on('pageerror', (e) => problems.push(e.message));
  other.on('request', (r) => !isLocalUrl(r.url()) && problems.push(r.url()));
  return problems;
}
