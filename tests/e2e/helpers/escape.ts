import { expect, type Locator, type Page } from '@playwright/test';

/** Every control that takes focus inside an open dialog or menu (a menu's items roam with tabindex -1). */
const CONTROLS =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, [tabindex="0"], [role^="menuitem"]:not([data-disabled])';

async function controlsOf(container: Locator): Promise<number> {
  return container.locator(CONTROLS).filter({ visible: true }).count();
}

/** Opens, focuses each control in turn, presses Escape: the container must close and focus go back to `opener`. */
export async function escapeFromEach(
  page: Page,
  open: () => Promise<void>,
  container: Locator,
  opener: Locator,
) {
  await open();
  const count = await controlsOf(container);
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    if (i > 0) await open();
    const control = container.locator(CONTROLS).filter({ visible: true }).nth(i);
    await control.focus();
    await expect(control).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(container, `Escape from control ${i + 1} of ${count}`).toHaveCount(0);
    await expect(opener, `focus back on the opener after control ${i + 1}`).toBeFocused();
  }
}
