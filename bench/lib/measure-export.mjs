import { readFile } from 'node:fs/promises';

export const EXPORT_NOT_BUILT = 'n/a (export UI not built yet)';

/** Width and height from a PNG's IHDR chunk, or null if the bytes are not a PNG. */
export function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Whole-chart PNG at 2× through the export dialog: Ctrl+E, pick PNG and 2×, press the
 * dialog's export/download button; time from that press to the download starting.
 * Returns `{ skipped }` while the app has no export dialog.
 * @param {import('@playwright/test').Page} page
 */
export async function measurePngExport(page, uiTimeout = 10_000) {
  // Shortcuts are ignored while typing in a field; the previous step may have left focus in one.
  await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
  const pressed = Date.now();
  await page.keyboard.press('Control+e');
  const dialog = page.getByRole('dialog');
  const opened = await dialog
    .first()
    .waitFor({ state: 'visible', timeout: uiTimeout })
    .then(() => true)
    .catch(() => false);
  if (!opened) return { skipped: EXPORT_NOT_BUILT };
  const openMs = Date.now() - pressed;
  const d = dialog.first();
  // The dialog draws a preview of the whole chart, which keeps a big chart's page busy for a while.
  await pick(d, /^PNG/i, uiTimeout);
  await pick(d, /^2\s*[×x]$|^2\s*[×x]\b|@2x/i, uiTimeout);
  const download = d.getByRole('button', { name: /^(下载|Download)/i });
  const go = (await download.count())
    ? download.first()
    : d.getByRole('button', { name: /导出|保存|Export|Save/i }).last();
  const started = Date.now();
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 + uiTimeout }),
    go.click({ timeout: uiTimeout }),
  ]);
  const ms = Date.now() - started;
  const path = await file.path();
  const failure = await file.failure();
  if (failure) throw new Error(`download failed: ${failure}`);
  const bytes = await readFile(path);
  const size = pngSize(bytes);
  if (!size) throw new Error(`download ${file.suggestedFilename()} is not a PNG`);
  // The dialog's status line says when the image had to be scaled down to fit the canvas limits.
  const note =
    (
      await d
        .getByRole('status')
        .first()
        .textContent({ timeout: 2_000 })
        .catch(() => '')
    )?.trim() ?? '';
  await page.keyboard.press('Escape').catch(() => {});
  return {
    ms,
    bytes: bytes.length,
    width: size.width,
    height: size.height,
    file: file.suggestedFilename(),
    note,
    openMs,
  };
}

/** Chooses an option by its visible name, whatever control the dialog uses for it: a select first, then radios, tabs or buttons. */
async function pick(dialog, name, timeout) {
  const select = dialog.locator('select');
  for (let i = 0; i < (await select.count()); i++) {
    const options = await select.nth(i).locator('option').allTextContents();
    const match = options.find((o) => name.test(o.trim()));
    if (match) {
      await select.nth(i).selectOption({ label: match }, { timeout });
      return;
    }
  }
  for (const role of ['radio', 'tab', 'menuitemradio', 'button']) {
    const control = dialog.getByRole(role, { name }).first();
    if (await control.count()) {
      await control.click({ timeout });
      return;
    }
  }
  throw new Error(`export dialog has no ${name} choice`);
}
