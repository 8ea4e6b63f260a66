import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SearchBox } from '../../src/panels/SearchBox';
import { resetStore, store, selectedId, searchHits } from '../unit/store/store-helpers';

beforeEach(() => resetStore('zh-CN'));

describe('SearchBox', { timeout: 20_000 }, () => {
  it('lists matches as options and selects the chosen one with Enter', async () => {
    const user = userEvent.setup();
    render(<SearchBox />);
    const box = screen.getByRole('combobox', { name: '搜索' });
    await user.type(box, '会员');
    const list = screen.getByRole('listbox', { name: '搜索结果' });
    const options = within(list).getAllByRole('option');
    expect(options[0]).toHaveTextContent('会员运营');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Enter}');
    expect(selectedId()).toBe('plat-membership');
    expect(store().focusRequest?.id).toBe('plat-membership');
  });

  it('moves through matches with the arrow keys and opens a folded branch for a pick', async () => {
    const user = userEvent.setup();
    store().toggleCollapse('maintenance');
    render(<SearchBox />);
    await user.type(screen.getByRole('combobox', { name: '搜索' }), 'GMV');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText('2 个匹配')).toBeInTheDocument();
    await user.keyboard('{ArrowDown}');
    const second = searchHits()[1]!.id;
    expect(selectedId()).toBe(second);
    expect(screen.getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    expect(store().chart.nodes.find((n) => n.id === 'maintenance')?.collapsed).toBeFalsy();
  });

  it('says so when nothing matches, and Escape clears the query', async () => {
    const user = userEvent.setup();
    render(<SearchBox />);
    const box = screen.getByRole('combobox', { name: '搜索' });
    await user.type(box, 'zzzz-nothing');
    expect(screen.getByText('没有匹配的节点')).toBeInTheDocument();
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(store().searchQuery).toBe('');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('clicking an option selects its node', async () => {
    const user = userEvent.setup();
    render(<SearchBox />);
    await user.type(screen.getByRole('combobox', { name: '搜索' }), 'membership');
    await user.click(screen.getByRole('option', { name: /会员运营/ }));
    expect(selectedId()).toBe('plat-membership');
  });
});
