import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { Toolbar } from '../../src/panels/Toolbar';
import { nodeOf, resetStore, store, shownNodeOf } from '../unit/store/store-helpers';

beforeEach(() => resetStore('zh-CN'));

const names = () =>
  [...screen.getAllByRole('button'), ...screen.getAllByRole('combobox')].map((el) => {
    expect(el).toHaveAccessibleName();
    return el.getAttribute('aria-label') ?? el.textContent ?? '';
  });

describe('Toolbar', { timeout: 20_000 }, () => {
  it('enables undo and redo only when there is something to undo or redo', async () => {
    const user = userEvent.setup();
    render(<Toolbar />);
    const undo = screen.getByRole('button', { name: '撤销' });
    const redo = screen.getByRole('button', { name: '重做' });
    expect(undo).toBeDisabled();
    expect(redo).toBeDisabled();
    act(() => void store().updateNodeFields('plat-membership', { title: '会员中心' }));
    expect(undo).toBeEnabled();
    await user.click(undo);
    expect(shownNodeOf('plat-membership').title).toBe('会员运营');
    expect(undo).toBeDisabled();
    expect(redo).toBeEnabled();
    await user.click(redo);
    expect(shownNodeOf('plat-membership').title).toBe('会员中心');
  });

  it('switches the UI language, with every control named in both languages', async () => {
    const user = userEvent.setup();
    render(<Toolbar />);
    const zh = names();
    expect(zh).toEqual(
      expect.arrayContaining(['撤销', '重做', '全部折叠', '全部展开', '语言: English', '展开到层级']),
    );
    await user.click(screen.getByRole('button', { name: /^语言/ }));
    expect(store().locale).toBe('en');
    const en = names();
    expect(en).toEqual(
      expect.arrayContaining([
        'Undo',
        'Redo',
        'Collapse all',
        'Expand all',
        'Language: 中文',
        'Expand to level',
      ]),
    );
    expect(en).toHaveLength(zh.length);
    // No Chinese label is left behind once the UI is in English (the language button's own "中文" aside).
    // The chart's own title is content, not UI: it keeps the chart's language.
    const ui = en.filter((n) => !n.startsWith('Chart library: '));
    expect(ui.filter((n) => /[\u4e00-\u9fff]/.test(n) && n !== 'Language: 中文')).toEqual([]);
    expect(screen.getByRole('navigation', { name: 'Toolbar' })).toBeInTheDocument();
    // The chart follows the language: the library button names it in English.
    expect(screen.getByRole('button', { name: /^Chart library: / })).toHaveAccessibleName(
      `Chart library: ${store().chart.title.en}`,
    );
    expect(store().chartLanguage).toBe('en');
    await user.click(screen.getByRole('button', { name: /^Language/ }));
    expect(screen.getByRole('button', { name: '撤销' })).toBeInTheDocument();
  });

  it('collapse all and expand all fold and unfold every parent', async () => {
    const user = userEvent.setup();
    render(<Toolbar />);
    await user.click(screen.getByRole('button', { name: '全部折叠' }));
    expect(nodeOf('root').collapsed).toBe(true);
    expect(nodeOf('platform-ops').collapsed).toBe(true);
    expect(nodeOf('plat-membership').collapsed).toBeFalsy();
    await user.click(screen.getByRole('button', { name: '全部展开' }));
    expect(store().chart.nodes.some((n) => n.collapsed)).toBe(false);
    expect(screen.getByRole('button', { name: '撤销' })).toBeDisabled();
  });

  it('expands to a chosen level', async () => {
    const user = userEvent.setup();
    render(<Toolbar />);
    await user.selectOptions(screen.getByRole('combobox', { name: '展开到层级' }), '第 2 层');
    expect(nodeOf('root').collapsed).toBeFalsy();
    expect(nodeOf('maintenance').collapsed).toBeFalsy();
    expect(nodeOf('platform-side').collapsed).toBe(true);
    expect(nodeOf('platform-ops').collapsed).toBe(true);
    await user.selectOptions(screen.getByRole('combobox', { name: '展开到层级' }), '第 1 层');
    expect(nodeOf('maintenance').collapsed).toBe(true);
  });

  it('adds a child to the selection and refuses to delete the root', async () => {
    const user = userEvent.setup();
    render(<Toolbar />);
    expect(screen.getByRole('button', { name: '添加下级' })).toBeDisabled();
    act(() => store().selectNode('root'));
    expect(screen.getByRole('button', { name: '删除' })).toBeDisabled();
    act(() => store().selectNode('plat-membership'));
    await user.click(screen.getByRole('button', { name: '添加下级' }));
    expect(store().chart.nodes.filter((n) => n.parentId === 'plat-membership')).toHaveLength(1);
  });

  it('shows the layout direction as a pressed toggle', async () => {
    const user = userEvent.setup();
    render(<Toolbar />);
    expect(screen.getByRole('button', { name: '自上而下' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: '从左到右' }));
    expect(store().chart.direction).toBe('LR');
    expect(screen.getByRole('button', { name: '从左到右' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '自上而下' })).toHaveAttribute('aria-pressed', 'false');
  });
});
