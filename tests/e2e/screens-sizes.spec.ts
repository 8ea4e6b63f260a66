import type { Page } from '@playwright/test';
import { translate, type StringKey } from './helpers/strings';
import { expect, test } from './fixtures';

const SHOTS = '/tmp/shots-screens';
const TOOLS: StringKey[] = [
  'undo',
  'redo',
  'addChild',
  'deleteNode',
  'topDown',
  'leftRight',
  'compactMode',
  'autoLayout',
  'collapseAll',
  'expandAll',
  'fitView',
  'export',
  'openOrImport',
];

const SIZES = [
  { name: 'desktop-1920', width: 1920, height: 1080, touch: false },
  { name: 'laptop-1366', width: 1366, height: 768, touch: false },
  { name: 'laptop-1280', width: 1280, height: 720, touch: false },
  { name: 'small-1024', width: 1024, height: 768, touch: false },
  { name: 'tablet-820', width: 820, height: 1180, touch: true },
  { name: 'phone-390', width: 390, height: 844, touch: true },
] as const;

type Lang = 'zh-CN' | 'en';

/** Every toolbar control, by name: in the bar and wholly on screen, or else an item of "More". */
async function expectEveryControlReachable(page: Page, lang: Lang, width: number) {
  const t = (key: StringKey) => translate(lang, key);
  const banner = page.getByRole('banner');
  const language = `${t('language')}: ${lang === 'zh-CN' ? t('switchToEnglish') : t('switchToChinese')}`;
  const inMenu: string[] = [];
  for (const name of [...TOOLS.map(t), language]) {
    const button = banner.getByRole('button', { name, exact: true });
    if ((await button.count()) === 0) {
      inMenu.push(name);
      continue;
    }
    const box = (await button.boundingBox())!;
    expect(box.x, name).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, name).toBeLessThanOrEqual(width);
  }
  const level = banner.getByRole('combobox', { name: t('expandToLevel') });
  const levelInMenu = (await level.count()) === 0;
  if (inMenu.length || levelInMenu) {
    const more = banner.getByRole('button', { name: t('more'), exact: true });
    // The menu code loads on demand: wait for the real trigger, not its placeholder.
    await expect(more).toBeEnabled();
    const box = (await more.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    await more.click();
    const menu = page.getByRole('menu', { name: t('more') });
    for (const name of inMenu) await expect(menu.getByRole('menuitem', { name }), name).toBeVisible();
    if (levelInMenu)
      await expect(menu.getByRole('menuitem', { name: t('levelN').replace('{n}', '2') })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/${lang}-${width}-more.png` });
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
  }
  // The chart title never runs into the app name.
  const title = banner.getByRole('button', { name: new RegExp(`^${t('chartLibrary')}: `) });
  const titleBox = (await title.boundingBox())!;
  const name = banner.getByText(t('appName'), { exact: true }).first();
  if (await name.isVisible()) {
    const nameBox = (await name.boundingBox())!;
    expect(nameBox.x + nameBox.width).toBeLessThanOrEqual(titleBox.x);
  }
  // Nor under the save state beside the search box (it did at 390 px).
  const saveBox = (await banner.getByRole('status', { name: t('saveStatus') }).boundingBox())!;
  expect(titleBox.x + titleBox.width).toBeLessThanOrEqual(saveBox.x);
  expect(titleBox.width).toBeGreaterThan(60);
}

for (const lang of ['zh-CN', 'en'] as const) {
  test.describe(`${lang}`, () => {
    test.use({ locale: lang });
    for (const size of SIZES) {
      test.describe(size.name, () => {
        test.use({ viewport: { width: size.width, height: size.height }, hasTouch: size.touch });
        test(`every toolbar control is reachable at ${size.width}×${size.height}`, async ({ page }) => {
          await page.goto('/');
          await expect(page.locator('.react-flow__node').first()).toBeVisible();
          await page.screenshot({ path: `${SHOTS}/${lang}-${size.name}.png` });
          await expectEveryControlReachable(page, lang, size.width);
        });
      });
    }
  });
}
