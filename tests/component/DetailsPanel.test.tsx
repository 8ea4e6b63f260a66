import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../src/panels/DetailsPanel';
import { nodeOf, resetStore, store, shownNodeOf, testStore, selectedId } from '../unit/store/store-helpers';

function openOn(id: string) {
  store().openPanel(id);
  return render(<DetailsPanel />);
}

beforeEach(() => resetStore('zh-CN'));

describe('DetailsPanel', { timeout: 20_000 }, () => {
  it('shows the selected node: metrics as list items, description and path', () => {
    openOn('plat-membership');
    expect(screen.getByRole('heading', { name: '详情 · 会员运营' })).toBeInTheDocument();
    const metrics = screen.getByRole('region', { name: '指标' });
    const items = within(metrics).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(
      within(metrics)
        .getAllByRole('textbox')
        .map((t) => (t as HTMLInputElement).value),
    ).toEqual(['会员数', '会员留存率', '付费会员数', '转化率']);
    expect(screen.getByRole('textbox', { name: '说明' })).toHaveValue(
      shownNodeOf('plat-membership').description ?? '',
    );
    const crumbs = screen.getByRole('navigation', { name: '节点路径' });
    expect(
      within(crumbs)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.replace('›', '')),
    ).toEqual(['电商平台运营', '用户维护', '平台侧', '平台运营', '会员运营']);
    expect(within(crumbs).getByText('会员运营')).toHaveAttribute('aria-current', 'page');
  });

  it('edits list items in wrapping fields, so a long item is never clipped mid-word', async () => {
    const user = userEvent.setup();
    openOn('plat-membership');
    const fields = within(screen.getByRole('region', { name: '职责' })).getAllByRole('textbox');
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) expect(field.tagName).toBe('TEXTAREA');
    // Still one line to the keyboard: Enter commits the item instead of adding a line break.
    await user.clear(fields[0]!);
    await user.type(fields[0]!, '会员体系搭建{Enter}');
    expect(nodeOf('plat-membership').responsibilities[0]?.['zh-CN']).toBe('会员体系搭建');
  });

  it('shows nothing without a selected node', () => {
    const { container } = render(<DetailsPanel />);
    expect(container).toBeEmptyDOMElement();
  });

  it('goes to an ancestor from the breadcrumbs', async () => {
    const user = userEvent.setup();
    openOn('plat-membership');
    await user.click(
      within(screen.getByRole('navigation', { name: '节点路径' })).getByRole('button', { name: '平台运营' }),
    );
    expect(selectedId()).toBe('platform-ops');
    expect(store().panelOpen).toBe(true);
    expect(screen.getByRole('heading', { name: '详情 · 平台运营' })).toBeInTheDocument();
  });

  it('commits a title edit on blur as one undo step', async () => {
    const user = userEvent.setup();
    openOn('plat-membership');
    const title = screen.getByRole('textbox', { name: '名称' });
    await user.clear(title);
    await user.type(title, '会员中心');
    expect(store().past).toHaveLength(0);
    await user.tab();
    expect(shownNodeOf('plat-membership').title).toBe('会员中心');
    expect(store().past).toHaveLength(1);
    act(() => store().undo());
    expect(screen.getByRole('textbox', { name: '名称' })).toHaveValue('会员运营');
  });

  it('commits on Enter and restores on Escape', async () => {
    const user = userEvent.setup();
    openOn('plat-membership');
    const title = screen.getByRole('textbox', { name: '名称' });
    await user.clear(title);
    await user.type(title, '不要这个');
    await user.keyboard('{Escape}');
    expect(title).toHaveValue('会员运营');
    await user.tab();
    expect(store().past).toHaveLength(0);
    const owner = screen.getByRole('textbox', { name: '负责人' });
    await user.type(owner, '李四{Enter}');
    expect(nodeOf('plat-membership').owner).toBe('李四');
  });

  it('clearing the Chinese title falls back to the English one, listed with "add translation"', async () => {
    const user = userEvent.setup();
    openOn('plat-membership');
    const title = screen.getByRole('textbox', { name: '名称' });
    await user.clear(title);
    await user.tab();
    expect(shownNodeOf('plat-membership').title).toBe('Membership ops');
    expect(title).toHaveValue('');
    expect(title).toHaveAttribute('placeholder', 'Membership ops');
    const missing = screen.getByRole('region', { name: '缺少中文译文' });
    await user.click(within(missing).getByRole('button', { name: '添加译文: 名称' }));
    expect(title).toHaveFocus();
    await user.type(title, '会员中心{Enter}');
    expect(nodeOf('plat-membership').title).toEqual({ 'zh-CN': '会员中心', en: 'Membership ops' });
    expect(screen.queryByRole('region', { name: '缺少中文译文' })).not.toBeInTheDocument();
  });

  it('refuses a title empty in both languages and shows the stored one again', async () => {
    const user = userEvent.setup();
    store().updateStoredFields('plat-membership', { title: { 'zh-CN': '会员运营' } });
    openOn('plat-membership');
    const title = screen.getByRole('textbox', { name: '名称' });
    await user.clear(title);
    await user.tab();
    expect(shownNodeOf('plat-membership').title).toBe('会员运营');
    expect(title).toHaveValue('会员运营');
    expect(store().notices.map((n) => n.key)).toContain('emptyTitle');
  });

  it('adds, removes and reorders metrics, one undo step each', async () => {
    const user = userEvent.setup();
    openOn('plat-membership');
    await user.click(screen.getByRole('button', { name: '添加: 指标' }));
    expect(shownNodeOf('plat-membership').metrics).toEqual([
      '会员数',
      '会员留存率',
      '付费会员数',
      '转化率',
      '新条目',
    ]);
    await user.click(screen.getByRole('button', { name: '移除: 会员留存率' }));
    expect(shownNodeOf('plat-membership').metrics).toEqual(['会员数', '付费会员数', '转化率', '新条目']);
    await user.click(screen.getByRole('button', { name: '下移: 会员数' }));
    expect(shownNodeOf('plat-membership').metrics).toEqual(['付费会员数', '会员数', '转化率', '新条目']);
    await user.click(screen.getByRole('button', { name: '上移: 新条目' }));
    expect(shownNodeOf('plat-membership').metrics).toEqual(['付费会员数', '会员数', '新条目', '转化率']);
    expect(screen.getByRole('button', { name: '上移: 付费会员数' })).toBeDisabled();
    expect(store().past).toHaveLength(4);
    const items = within(screen.getByRole('region', { name: '指标' })).getAllByRole('textbox');
    expect(items.map((t) => (t as HTMLInputElement).value)).toEqual([
      '付费会员数',
      '会员数',
      '新条目',
      '转化率',
    ]);
  });

  it('edits a metric in place, and emptying it removes it', async () => {
    const user = userEvent.setup();
    openOn('plat-membership');
    const second = screen.getByRole('textbox', { name: '指标 2' });
    await user.clear(second);
    await user.type(second, '会员 ARPU{Enter}');
    expect(shownNodeOf('plat-membership').metrics[1]).toBe('会员 ARPU');
    const first = screen.getByRole('textbox', { name: '指标 1' });
    await user.clear(first);
    await user.tab();
    expect(shownNodeOf('plat-membership').metrics).toEqual(['会员 ARPU', '付费会员数', '转化率']);
  });

  it('shows the English labels when the UI is in English', () => {
    testStore().setState({ locale: 'en' });
    openOn('plat-membership');
    expect(screen.getByRole('region', { name: 'Metrics' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close details' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('会员运营');
  });
});
