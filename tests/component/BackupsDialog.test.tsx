import { render, screen, within } from '@testing-library/react';
import { selectLibrary } from '../../src/store/library-list';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartMenu } from '../../src/panels/ChartMenu';
import { exportChartText } from '../../src/model/chart-text';
import { templateChart } from '../../src/model/templates';
import { createMemoryRepo } from '../../src/store/repo/memory-repo';
import type { ChartRepository } from '../../src/store/repo/types';
import * as download from '../../src/export/download';
import { resetStore, store } from '../unit/store/store-helpers';

let repo: ChartRepository;

beforeEach(async () => {
  repo = createMemoryRepo();
  resetStore('zh-CN', templateChart('default'), repo);
  const old = { ...templateChart('default'), id: 'old-chart', title: { 'zh-CN': '上周的版本' } };
  await repo.backUp({
    chartId: 'old-chart',
    title: '上周的版本',
    text: exportChartText(old),
    reason: 'replaced',
  });
  await repo.backUp({ chartId: 'broken', title: '坏掉的图', text: '{"format":"opsch', reason: 'unreadable' });
});

async function openBackups(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: /^图表库: / }));
  await user.click(
    within(await screen.findByRole('menu', { name: '图表库' }, { timeout: 8000 })).getByRole('menuitem', {
      name: '备份与存储空间…',
    }),
  );
  const dialog = await screen.findByRole('dialog', { name: '备份' }, { timeout: 8000 });
  await within(dialog).findByRole('list', { name: '备份' });
  return dialog;
}

describe('Backups in the chart library', { timeout: 20_000 }, () => {
  it('lists what, when and why; opens one as a new chart without replacing any', async () => {
    const user = userEvent.setup();
    render(<ChartMenu />);
    const before = store().chart;
    const dialog = await openBackups(user);
    const item = within(dialog).getByRole('listitem', { name: '上周的版本' });
    expect(item).toHaveTextContent('被“保留我的”替换之前的版本');
    expect(within(dialog).getByRole('listitem', { name: '坏掉的图' })).toHaveTextContent(
      '存储中的内容无法读取',
    );
    await user.click(within(item).getByRole('button', { name: '打开为新图表' }));
    await vi.waitFor(() => expect(store().chart.title).toEqual({ 'zh-CN': '上周的版本' }));
    expect(store().chart.id).not.toBe(before.id);
    expect(selectLibrary(store()).map((c) => c.id)).toContain(before.id);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('an unreadable backup says why it cannot open, and can still be downloaded as it is', async () => {
    const user = userEvent.setup();
    const spy = vi.spyOn(download, 'downloadBlob').mockImplementation(() => {});
    render(<ChartMenu />);
    const dialog = await openBackups(user);
    const item = within(dialog).getByRole('listitem', { name: '坏掉的图' });
    const chart = store().chart;
    await user.click(within(item).getByRole('button', { name: '打开为新图表' }));
    await vi.waitFor(() => expect(store().notices.map((n) => n.tone)).toContain('error'));
    expect(store().chart).toBe(chart);
    await user.click(within(item).getByRole('button', { name: '下载' }));
    await vi.waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
    expect(spy.mock.calls[0]![1]).toMatch(/^坏掉的图-\d{4}-\d\d-\d\d-\d\d-\d\d\.json$/);
    spy.mockRestore();
  });

  it('deletes a backup only when asked twice', async () => {
    const user = userEvent.setup();
    render(<ChartMenu />);
    const dialog = await openBackups(user);
    const item = within(dialog).getByRole('listitem', { name: '坏掉的图' });
    await user.click(within(item).getByRole('button', { name: '删除' }));
    expect(await repo.listBackups()).toHaveLength(2);
    await user.click(within(item).getByRole('button', { name: '确认删除' }));
    await vi.waitFor(() => expect(within(dialog).queryByRole('listitem', { name: '坏掉的图' })).toBeNull());
    expect((await repo.listBackups()).map((b) => b.title)).toEqual(['上周的版本']);
  });
});
