import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, tool } from '../fixtures';

/** Where rendered pages go for a person to look at. */
export const SHOTS = '/tmp/shots-pdf';

export type Ui = { exportButton: string; dialog: string; format: string; savePdf: string; pageCount: RegExp };
export const ZH: Ui = {
  exportButton: '导出',
  dialog: '导出图表',
  format: '格式',
  savePdf: '打印 / 另存为 PDF',
  pageCount: /共 (\d+) 页/,
};
export const EN: Ui = {
  exportButton: 'Export',
  dialog: 'Export chart',
  format: 'Format',
  savePdf: 'Print / Save as PDF',
  pageCount: /(\d+) pages/,
};

/** window.print is replaced before the app starts: the test, not a person, saves the PDF. */
export async function stubPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
}

export async function openExportIn(page: Page, ui: Ui): Promise<Locator> {
  await tool(page, ui.exportButton).click();
  const dialog = page.getByRole('dialog', { name: ui.dialog });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The page count the dialog's preview shows for the current choices. */
export async function previewPageCount(dialog: Locator, ui: Ui): Promise<number> {
  const count = dialog.getByTestId('page-count');
  await expect(count).toHaveText(ui.pageCount, { timeout: 30_000 });
  return Number(ui.pageCount.exec(await count.innerText())![1]);
}

/**
 * Chooses PDF, clicks "Save as PDF" and saves the print view the way the browser's
 * "Save as PDF" does (headless Chromium's page.pdf with the view's @page size).
 */
export async function savePdf(page: Page, dialog: Locator, ui: Ui, name: string) {
  await dialog.getByLabel(ui.format).selectOption('pdf');
  const pages = await previewPageCount(dialog, ui);
  await dialog.getByRole('button', { name: ui.savePdf }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  const started = Date.now();
  const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const ms = Date.now() - started;
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.pdf`);
  writeFileSync(path, bytes);
  return { pages, path, bytes, ms };
}

export function pdfInfo(path: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)![1]), size: /Page size:\s+(.*)/.exec(info)![1]!.trim() };
}

export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Renders every page to PNG next to the PDF, for looking at. */
export function renderPages(path: string, prefix: string, dpi = 60): void {
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', path, join(SHOTS, prefix)]);
}

type Text = string | { 'zh-CN'?: string; en?: string };
type ChartJson = { nodes: { id: string; parentId: string | null; title: Text }[] };

/** A stored title as the chart shows it in `language` (schema v2 holds both; v1 a plain string). */
function shown(text: Text, language: 'zh-CN' | 'en'): string {
  if (typeof text === 'string') return text;
  const other = language === 'en' ? 'zh-CN' : 'en';
  return text[language]?.trim() ? text[language]! : (text[other] ?? '');
}

/**
 * Every node title whole in the extracted text: leaves (never repeated as a "← from p. N" marker
 * or in a page title) exactly as often as nodes carry that title, others at least that often.
 * Whitespace is ignored (titles wrap over lines); a title never matches inside a longer number.
 * Strict: a title cut with "…" does not count, however much of it is left.
 */
export function expectEveryTitle(text: string, chart: ChartJson, language: 'zh-CN' | 'en'): void {
  const flat = text.replace(/\s+/g, '');
  const parents = new Set(chart.nodes.map((n) => n.parentId));
  const byTitle = new Map<string, { count: number; leavesOnly: boolean }>();
  for (const n of chart.nodes) {
    const key = shown(n.title, language).replace(/\s+/g, '');
    const entry = byTitle.get(key) ?? { count: 0, leavesOnly: true };
    entry.count++;
    if (parents.has(n.id)) entry.leavesOnly = false;
    byTitle.set(key, entry);
  }
  const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const [title, { count, leavesOnly }] of byTitle) {
    // Not followed by a digit, so 职能1 never matches inside 职能12.
    const found = (flat.match(new RegExp(`${esc(title)}(?!\\d)`, 'g')) ?? []).length;
    if (leavesOnly) expect(found, `"${title}" whole, once per node`).toBe(count);
    else expect(found, `"${title}" whole`).toBeGreaterThanOrEqual(count);
  }
}
