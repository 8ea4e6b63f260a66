import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DeleteDialog } from '../../src/panels/DeleteDialog';
import { DetailsPanel } from '../../src/panels/DetailsPanel';
import { resetStore, store } from '../unit/store/store-helpers';

const has = (id: string) => store().chart.nodes.some((n) => n.id === id);
const parentOf = (id: string) => store().chart.nodes.find((n) => n.id === id)?.parentId;

function deleteFromPanel(id: string) {
  store().openPanel(id);
  render(
    <>
      <DetailsPanel />
      <DeleteDialog />
    </>,
  );
  return userEvent.setup();
}

beforeEach(() => resetStore('zh-CN'));

describe('DeleteDialog', { timeout: 20_000 }, () => {
  it('asks before deleting a node with children', async () => {
    const user = deleteFromPanel('platform-ops');
    await user.click(screen.getByRole('button', { name: '删除' }));
    const dialog = screen.getByRole('dialog', { name: '删除“平台运营”' });
    expect(dialog).toHaveTextContent('“平台运营”有 5 个下级节点');
    expect(has('platform-ops')).toBe(true);
    expect(screen.getByRole('button', { name: '取消' })).toHaveFocus();
  });

  it('"lift" removes only the node and keeps its children, in its place', async () => {
    const user = deleteFromPanel('platform-ops');
    await user.click(screen.getByRole('button', { name: '删除' }));
    await user.click(screen.getByRole('button', { name: '删除并保留下级（上移一级）' }));
    expect(has('platform-ops')).toBe(false);
    for (const id of ['plat-campaign', 'plat-strategy', 'plat-category', 'plat-product', 'plat-membership']) {
      expect(parentOf(id)).toBe('platform-side');
    }
    const siblings = store()
      .chart.nodes.filter((n) => n.parentId === 'platform-side')
      .map((n) => n.id);
    expect(siblings).toEqual([
      'plat-campaign',
      'plat-strategy',
      'plat-category',
      'plat-product',
      'plat-membership',
      'user-ops',
    ]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(store().past).toHaveLength(1);
  });

  it('"subtree" removes the node and everything below it', async () => {
    const user = deleteFromPanel('platform-ops');
    await user.click(screen.getByRole('button', { name: '删除' }));
    await user.click(screen.getByRole('button', { name: '删除整个子树' }));
    expect(has('platform-ops')).toBe(false);
    expect(has('plat-membership')).toBe(false);
    expect(store().past).toHaveLength(1);
  });

  it('cancel and Escape leave the chart alone', async () => {
    const user = deleteFromPanel('platform-ops');
    const before = store().chart;
    await user.click(screen.getByRole('button', { name: '删除' }));
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '删除' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(store().chart).toBe(before);
  });

  it('Escape closes from every control, Tab stays inside, and focus returns to the opener', async () => {
    const user = deleteFromPanel('platform-ops');
    const before = store().chart;
    const opener = screen.getByRole('button', { name: '删除' });
    for (const name of ['删除整个子树', '删除并保留下级（上移一级）', '取消']) {
      await user.click(opener);
      const dialog = screen.getByRole('dialog');
      screen.getByRole('button', { name }).focus();
      // Focus is trapped: three Tabs from any button come back round to a button inside.
      await user.tab();
      await user.tab();
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      await waitFor(() => expect(opener).toHaveFocus());
    }
    expect(store().chart).toBe(before);
  });

  it('deletes a leaf without asking', async () => {
    const user = deleteFromPanel('plat-membership');
    await user.click(screen.getByRole('button', { name: '删除' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(has('plat-membership')).toBe(false);
  });

  it('speaks English when the UI does', () => {
    resetStore('en');
    render(<DeleteDialog />);
    act(() => store().requestDelete('supply-side'));
    expect(screen.getByRole('dialog', { name: 'Delete “Supply side”' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Delete and keep its children (move them up)' }),
    ).toBeInTheDocument();
  });
});
