import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ChartMenu } from '../../src/panels/ChartMenu';
import { loadTemplate } from '../../src/model/templates';
import { selectLibrary } from '../../src/store/library-list';
import { resetStore, store, shownNodeOf, shownChart } from '../unit/store/store-helpers';

beforeEach(() => resetStore('zh-CN'));

const menuButton = () => screen.getByRole('button', { name: /^图表库: / });
async function openMenu(user: ReturnType<typeof userEvent.setup>) {
  await user.click(menuButton());
  return screen.findByRole('menu', { name: '图表库' }, { timeout: 8000 });
}

// Rendering and role queries are slow in jsdom on a busy 2-core machine; no test here is about speed.
describe('ChartMenu', { timeout: 20_000 }, () => {
  it('creates a chart from a template and lists it as the active one', async () => {
    const user = userEvent.setup();
    render(<ChartMenu />);
    await user.click(within(await openMenu(user)).getByRole('menuitem', { name: '店铺运营路径' }));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    // Templates other than the default load on demand.
    await waitFor(() => expect(selectLibrary(store())).toHaveLength(2), { timeout: 8000 });
    expect(store().chart.title).toEqual((await loadTemplate('shop-path')).title);
    expect(menuButton()).toHaveAccessibleName(`图表库: ${shownChart().title}`);
    const items = within(await openMenu(user)).getAllByRole('menuitemradio');
    expect(items).toHaveLength(2);
    // Most recently changed first; the new chart is the checked one.
    const active = items.find((i) => i.textContent?.includes(shownChart().title));
    expect(active).toHaveAttribute('aria-checked', 'true');
    expect(items.filter((i) => i.getAttribute('aria-checked') === 'true')).toHaveLength(1);
  });

  it('keeps charts independent when switching back and forth', async () => {
    const user = userEvent.setup();
    render(<ChartMenu />);
    const firstId = store().chart.id;
    act(() => void store().updateNodeFields('plat-membership', { title: '会员中心' }));
    await user.click(within(await openMenu(user)).getByRole('menuitem', { name: '空白图表' }));
    const secondId = store().chart.id;
    expect(secondId).not.toBe(firstId);
    expect(store().chart.nodes).toHaveLength(1);
    act(() => store().addChildTo(store().chart.nodes[0]!.id));
    expect(store().chart.nodes).toHaveLength(2);

    await user.click(within(await openMenu(user)).getByRole('menuitemradio', { name: /电商平台运营分工/ }));
    await waitFor(() => expect(store().chart.id).toBe(firstId));
    expect(shownNodeOf('plat-membership').title).toBe('会员中心');
    // Each chart keeps its own undo history across switches.
    expect(store().past).toHaveLength(1);

    await user.click(within(await openMenu(user)).getByRole('menuitemradio', { name: /未命名图表/ }));
    await waitFor(() => expect(store().chart.id).toBe(secondId));
    expect(store().chart.nodes).toHaveLength(2);
    expect(store().chart.nodes.some((n) => n.title['zh-CN'] === '会员中心')).toBe(false);
  });

  it('renames the chart', async () => {
    const user = userEvent.setup();
    render(<ChartMenu />);
    await user.click(within(await openMenu(user)).getByRole('menuitem', { name: '重命名' }));
    const input = screen.getByRole('textbox', { name: '重命名' });
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.type(input, '我们的分工{Enter}');
    expect(shownChart().title).toBe('我们的分工');
    expect(selectLibrary(store())[0]?.title).toBe('我们的分工');
    expect(menuButton()).toHaveAccessibleName('图表库: 我们的分工');
    expect(menuButton()).toHaveFocus();
  });

  it('Escape while renaming keeps the old name', async () => {
    const user = userEvent.setup();
    render(<ChartMenu />);
    await user.click(within(await openMenu(user)).getByRole('menuitem', { name: '重命名' }));
    await user.clear(screen.getByRole('textbox', { name: '重命名' }));
    await user.type(screen.getByRole('textbox', { name: '重命名' }), '不要{Escape}');
    expect(shownChart().title).toBe('电商平台运营分工');
    expect(screen.queryByRole('textbox', { name: '重命名' })).not.toBeInTheDocument();
    expect(menuButton()).toHaveFocus();
  });

  it('deletes a chart only on a second, confirming click', async () => {
    const user = userEvent.setup();
    render(<ChartMenu />);
    await user.click(within(await openMenu(user)).getByRole('menuitem', { name: '如何入门' }));
    await waitFor(() => expect(selectLibrary(store())).toHaveLength(2), { timeout: 8000 });
    const doomed = shownChart().title;
    const menu = await openMenu(user);
    const remove = within(menu).getByRole('menuitem', { name: `删除图表: ${doomed}` });
    await user.click(remove);
    expect(selectLibrary(store())).toHaveLength(2);
    expect(remove).toHaveTextContent('确定');
    await user.click(remove);
    await waitFor(() => expect(selectLibrary(store())).toHaveLength(1));
    expect(selectLibrary(store()).some((c) => c.title === doomed)).toBe(false);
    expect(shownChart().title).toBe('电商平台运营分工');
  });

  it('opens from the keyboard on the first item; arrows walk, Escape closes and focus goes back', async () => {
    const user = userEvent.setup();
    render(<ChartMenu />);
    menuButton().focus();
    await user.keyboard('{Enter}');
    const menu = await screen.findByRole('menu', { name: '图表库' }, { timeout: 8000 });
    const first = within(menu).getByRole('menuitemradio', { name: /电商平台运营分工/ });
    await waitFor(() => expect(first).toHaveFocus());
    await user.keyboard('{ArrowDown}');
    expect(within(menu).getByRole('menuitem', { name: '删除图表: 电商平台运营分工' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(within(menu).getByRole('menuitem', { name: '备份与存储空间…' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    await waitFor(() => expect(menuButton()).toHaveFocus());
    // Loaded now: Radix's own button opens it again, still on the first item.
    await user.keyboard('{ArrowDown}');
    const again = await screen.findByRole('menu', { name: '图表库' }, { timeout: 8000 });
    await waitFor(() => expect(within(again).getAllByRole('menuitemradio')[0]).toHaveFocus());
  });

  it('gives focus back to the button when a dialog opened from the menu closes', async () => {
    const user = userEvent.setup();
    render(<ChartMenu />);
    // Twice: the second time the dialog's code is already loaded and it opens at once.
    for (let i = 0; i < 2; i++) {
      await user.click(within(await openMenu(user)).getByRole('menuitem', { name: '重置为模板' }));
      const dialog = await screen.findByRole('dialog', { name: '重置为模板？' }, { timeout: 8000 });
      await user.click(within(dialog).getByRole('button', { name: '取消' }));
      await waitFor(() => expect(menuButton()).toHaveFocus());
    }
  });
});
