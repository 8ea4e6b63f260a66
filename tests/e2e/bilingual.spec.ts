import {
  test,
  expect,
  card,
  clickCard,
  detailsPanel,
  fitView,
  openApp,
  tool,
  DEFAULT_NODE_COUNT,
  shownNodes,
} from './fixtures';

const SHOTS = process.env.SHOTS_DIR;

test('edit in Chinese, switch to English: edited text falls back, marked; switch back', async ({ page }) => {
  await openApp(page);
  // Rename a node in Chinese: the English title stays (editing changes only the language shown).
  await card(page, 'plat-membership').dblclick({ position: { x: 20, y: 14 } });
  await card(page, 'plat-membership').getByRole('textbox').fill('会员与积分运营');
  await page.keyboard.press('Enter');
  // Add a node and name it in Chinese: it has no English yet.
  await clickCard(page, 'supply-side');
  await tool(page, '添加下级').click();
  await expect(shownNodes(page)).toHaveCount(DEFAULT_NODE_COUNT + 1);
  const input = page.locator('.react-flow__node').getByRole('textbox');
  await input.fill('仓储运营');
  await input.press('Enter');
  const fresh = page.locator('.react-flow__node[aria-label="仓储运营"]');
  await expect(fresh).toBeVisible();
  await expect(fresh.getByTestId('fallback-mark')).toHaveCount(0);

  await tool(page, '语言: English').click();
  await expect(tool(page, 'Undo')).toBeVisible();
  await fitView(page, 'Fit view');
  await expect(card(page, 'root')).toHaveAttribute('aria-label', 'E-commerce platform operations');
  await expect(card(page, 'plat-membership')).toHaveAttribute('aria-label', 'Membership ops');
  await expect(card(page, 'plat-membership').getByTestId('fallback-mark')).toHaveCount(0);
  // The new node falls back to its Chinese title, with a subtle mark saying so.
  await expect(fresh).toBeVisible();
  const mark = fresh.getByTestId('fallback-mark');
  await expect(mark).toHaveText('中');
  await expect(mark).toHaveAttribute('title', /no English translation/);
  // At 1280 px the chart's own language control waits in "More", offering the other language.
  await page.getByRole('button', { name: 'More' }).click();
  await expect(page.getByRole('menuitem', { name: 'Show the chart in Chinese' })).toBeVisible();
  await page.keyboard.press('Escape');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/en-fallback-card.png` });

  // The details panel lists it with "Add translation", which leads to the empty English field.
  await fresh.click({ position: { x: 20, y: 14 } });
  if (!(await detailsPanel(page).isVisible())) await page.keyboard.press('Enter');
  const missing = detailsPanel(page).getByRole('region', { name: 'Missing in English' });
  await expect(missing).toContainText('Title');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/en-details-missing.png` });
  await missing.getByRole('button', { name: 'Add translation: Title' }).click();
  const title = detailsPanel(page).getByRole('textbox', { name: 'Title', exact: true });
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('');
  await expect(title).toHaveAttribute('placeholder', '仓储运营');
  await title.fill('Warehousing ops');
  await title.press('Enter');
  await expect(page.locator('.react-flow__node[aria-label="Warehousing ops"]')).toBeVisible();
  await expect(missing).toHaveCount(0);

  await tool(page, 'Language: 中文').click();
  await fitView(page);
  await expect(card(page, 'plat-membership')).toHaveAttribute('aria-label', '会员与积分运营');
  await expect(page.locator('.react-flow__node[aria-label="仓储运营"]')).toBeVisible();
  await expect(card(page, 'root')).toHaveAttribute('aria-label', '电商平台运营');
});

test('a Chinese interface shows and exports an English chart', async ({ page }) => {
  // Wide enough for the chart language select to sit in the toolbar.
  await page.setViewportSize({ width: 1440, height: 720 });
  await openApp(page);
  const chartLanguage = page.getByRole('combobox', { name: '图表语言' });
  await chartLanguage.selectOption('en');
  await expect(card(page, 'root')).toHaveAttribute('aria-label', 'E-commerce platform operations');
  await expect(tool(page, '撤销')).toBeVisible();
  // A reload keeps the chart language, apart from the interface language.
  await page.reload();
  await expect(card(page, 'root')).toHaveAttribute('aria-label', 'E-commerce platform operations');
  await expect(chartLanguage).toHaveValue('en');
  await expect(tool(page, '撤销')).toBeVisible();

  // Export: the dialog starts in the chart language; Chinese can be chosen for the file alone.
  await tool(page, '导出').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('格式').selectOption('svg');
  const exportLanguage = dialog.getByRole('combobox', { name: '导出语言' });
  await expect(exportLanguage).toHaveValue('en');
  const svgText = async () => {
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: /^下载/ }).click();
    const file = await download;
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };
  const english = await svgText();
  expect(english).toContain('Membership ops');
  expect(english).not.toContain('会员运营');

  await exportLanguage.selectOption('zh-CN');
  await dialog.getByLabel('双语：标题下方附另一种语言').check();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/zh-export-bilingual.png` });
  const bilingual = await svgText();
  expect(bilingual).toContain('会员运营');
  expect(bilingual).toContain('Membership ops');
  // A bilingual spreadsheet: each text column once per language, as stored.
  await dialog.getByLabel('格式').selectOption('csv');
  const csv = await svgText();
  expect(csv).toContain('名称（中文）,名称（英文）');
  expect(csv).toMatch(/plat-membership,[^,]*,function,会员运营,Membership ops/);
  // The chart on screen is still English.
  await expect(card(page, 'root')).toHaveAttribute('aria-label', 'E-commerce platform operations');
});
