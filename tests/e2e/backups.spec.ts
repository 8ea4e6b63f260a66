import { card, expect, openApp, test } from './fixtures';

test('a deleted chart is in the backups, and opens again as a chart', async ({ page }) => {
  await openApp(page);
  const chartButton = page.getByRole('button', { name: /^图表库: / });
  const library = page.getByRole('menu', { name: '图表库' });
  await expect(page.getByRole('status', { name: '保存状态' })).toHaveText('已保存');
  await chartButton.click();
  await library.getByRole('menuitem', { name: '空白图表' }).click();
  await expect(chartButton).toHaveAccessibleName('图表库: 未命名图表');
  await chartButton.click();
  const deleteButton = library.getByRole('menuitem', { name: '删除图表: 电商平台运营分工' });
  await deleteButton.click();
  await library.getByRole('menuitem', { name: '删除图表: 电商平台运营分工' }).click();
  await expect(library.getByRole('menuitemradio', { name: /电商平台运营分工/ })).toHaveCount(0);

  await library.getByRole('menuitem', { name: '备份与存储空间…' }).click();
  const dialog = page.getByRole('dialog', { name: '备份' });
  const item = dialog.getByRole('listitem', { name: '电商平台运营分工' });
  await expect(item).toContainText('删除图表之前的最后版本');
  await expect(dialog).toContainText(/已用 .+，剩余 .+/);
  await page.screenshot({ path: '/tmp/shots-storage/backups.png' });
  await item.getByRole('button', { name: '打开为新图表' }).click();
  await expect(dialog).toBeHidden();
  await expect(chartButton).toHaveAccessibleName('图表库: 电商平台运营分工');
  await expect(card(page, 'merchant-ops')).toBeVisible();
});
