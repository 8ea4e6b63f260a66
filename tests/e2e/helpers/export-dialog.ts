import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, tool } from '../fixtures';

export type ExportFormat = 'png' | 'svg' | 'pptx' | 'json' | 'csv' | 'xlsx';

export function exportDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: '导出图表' });
}

export async function openExport(page: Page): Promise<Locator> {
  await tool(page, '导出').click();
  const dialog = exportDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

export async function chooseFormat(dialog: Locator, format: ExportFormat): Promise<void> {
  await dialog.getByLabel('格式').selectOption(format);
  await expect(dialog.getByRole('button', { name: `下载 ${format.toUpperCase()}` })).toBeVisible();
}

export type Downloaded = { name: string; bytes: Buffer };

/** Clicks the dialog's download button and reads the saved file back. */
export async function download(page: Page, dialog: Locator, format: ExportFormat): Promise<Downloaded> {
  await chooseFormat(dialog, format);
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 45_000 }),
    dialog.getByRole('button', { name: `下载 ${format.toUpperCase()}` }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

export function status(dialog: Locator): Locator {
  return dialog.getByRole('status');
}
