import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../src/panels/DetailsPanel';
import { resetStore, store, selectedId } from '../unit/store/store-helpers';

beforeEach(() => resetStore('zh-CN'));

function openOn(id: string) {
  store().openPanel(id);
  render(<DetailsPanel />);
  return userEvent.setup();
}

describe('NodeLinks in the details panel', { timeout: 20_000 }, () => {
  it('lists the node’s dotted lines and removes one as an undo step', async () => {
    const user = openOn('merchant-ops');
    const links = screen.getByRole('region', { name: '协作关系' });
    expect(within(links).getByText('商业化运营')).toBeInTheDocument();
    expect(within(links).getByText('常由同一团队负责')).toBeInTheDocument();
    await user.click(within(links).getByRole('button', { name: '移除协作线: 商业化运营' }));
    expect(store().chart.links).toEqual([]);
    expect(store().past).toHaveLength(1);
  });

  it('adds a line by picking a second node', async () => {
    const user = openOn('plat-membership');
    await user.click(screen.getByRole('button', { name: '添加协作线' }));
    expect(store().linkSourceId).toBe('plat-membership');
    expect(screen.getByRole('button', { name: '点击另一个节点以连接' })).toBeInTheDocument();
    act(() => store().selectNode('user-ops-core'));
    expect(store().linkSourceId).toBeNull();
    expect(store().chart.links.at(-1)).toMatchObject({ source: 'plat-membership', target: 'user-ops-core' });
    expect(
      within(screen.getByRole('region', { name: '协作关系' })).getByText('用户运营'),
    ).toBeInTheDocument();
  });
});

describe('NodeActions in the details panel', { timeout: 20_000 }, () => {
  it('adds a child, a sibling and a duplicate, each selecting the new node', async () => {
    const user = openOn('platform-ops');
    const count = () => store().chart.nodes.length;
    const before = count();
    await user.click(screen.getByRole('button', { name: '添加下级' }));
    expect(count()).toBe(before + 1);
    expect(store().chart.nodes.find((n) => n.id === selectedId())?.parentId).toBe('platform-ops');
    act(() => store().openPanel('platform-ops'));
    await user.click(screen.getByRole('button', { name: '添加同级' }));
    expect(store().chart.nodes.find((n) => n.id === selectedId())?.parentId).toBe('platform-side');
    act(() => store().openPanel('platform-ops'));
    await user.click(screen.getByRole('button', { name: '复制子树' }));
    expect(count()).toBe(before + 2 + 7);
  });

  it('offers no sibling, duplicate or delete for the root', () => {
    openOn('root');
    expect(screen.getByRole('button', { name: '添加同级' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '复制子树' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '删除' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '添加下级' })).toBeEnabled();
  });
});
