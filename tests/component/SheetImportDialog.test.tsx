import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { selectLibrary } from '../../src/store/library-list';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SheetImportDialog } from '../../src/panels/SheetImportDialog';
import { resetStore, shownChart, store } from '../unit/store/store-helpers';

const teams = [
  ['名称', '上级'],
  ['运营', ''],
  ['用户获取', '运营'],
];

async function open(sheets: { name: string; rows: string[][] }[], name = 'book') {
  await act(() => store().openStructured({ kind: 'sheet', name, sheets }));
  render(<SheetImportDialog />);
  return userEvent.setup();
}

beforeEach(() => resetStore('zh-CN'));

describe('SheetImportDialog', { timeout: 20_000 }, () => {
  it('asks which of 50 sheets; an empty sheet says so and cannot be imported', async () => {
    const sheets = Array.from({ length: 50 }, (_, i) => ({ name: `表${i + 1}`, rows: i === 1 ? [] : teams }));
    const user = await open(sheets);
    const dialog = screen.getByRole('dialog', { name: '导入表格：book' });
    const which = within(dialog).getByRole('combobox', { name: '这个工作簿有 50 个工作表，导入哪一个？' });
    expect(within(which).getAllByRole('option')).toHaveLength(50);
    await user.selectOptions(which, '1');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('这个工作表是空的');
    expect(within(dialog).getByRole('button', { name: /导入/ })).toBeDisabled();
    await user.selectOptions(which, '2');
    await user.click(await within(dialog).findByRole('button', { name: '导入 2 个节点' }));
    await waitFor(() => expect(store().sheetImport).toBeNull());
    expect(shownChart().nodes.map((n) => n.title)).toEqual(['运营', '用户获取']);
  });

  it('refuses 100,000 rows with the row where it stops fitting, and nothing changes', async () => {
    const before = store().chart;
    const rows = [['name'], ...Array.from({ length: 100_000 }, (_, i) => [`t${i}`])];
    await open([{ name: 'big', rows }], 'big');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '这个表有 100,000 行，一个图表最多 20,000 个节点（第 20,002 行起放不下）',
    );
    expect(screen.getByRole('button', { name: /导入/ })).toBeDisabled();
    expect(store().chart).toBe(before);
  });

  it('lets the user change the detected mapping and updates the preview', async () => {
    const user = await open([
      {
        name: 's',
        rows: [
          ['部门', '说明', '备注'],
          ['运营', '', '甲'],
          ['增长', '运营', '乙'],
          ['孤儿', '总部', '丙'],
        ],
      },
    ]);
    expect(await screen.findByText('结构：没有上级列，全部放在一个新根节点下')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'B 列 说明' }), 'parent');
    expect(await screen.findByText('结构：按名称和上级名称')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('第 4 行：上级“总部”不存在');
    await user.click(screen.getByRole('button', { name: '跳过这些行，导入其余 2 个节点' }));
    await waitFor(() => expect(store().sheetImport).toBeNull());
    expect(shownChart().nodes.map((n) => [n.title, n.notes])).toEqual([
      ['运营', '甲'],
      ['增长', '乙'],
    ]);
  });

  it('says the preview is building, ignores Import until it is ready, and shows only the newest mapping', async () => {
    await open([
      {
        name: 's',
        rows: [
          ['部门', '上级'],
          ['运营', ''],
          ['增长', '运营'],
        ],
      },
    ]);
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('status')).toHaveTextContent('正在生成预览…');
    const accept = within(dialog).getByRole('button', { name: '导入 0 个节点' });
    expect(accept).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(accept);
    expect(store().sheetImport).not.toBeNull();
    expect(await within(dialog).findByText('结构：按名称和上级名称')).toBeInTheDocument();
    expect(within(dialog).queryByRole('status')).toBeNull();
    // Two quick changes: the first request is superseded and never lands.
    const parent = within(dialog).getByRole('combobox', { name: 'B 列 上级' });
    fireEvent.change(parent, { target: { value: 'notes' } });
    fireEvent.change(parent, { target: { value: 'ignore' } });
    expect(within(dialog).getByRole('status')).toHaveTextContent('正在生成预览…');
    expect(await within(dialog).findByText('结构：没有上级列，全部放在一个新根节点下')).toBeInTheDocument();
    expect(within(dialog).queryByRole('status')).toBeNull();
    expect(within(dialog).getByRole('button', { name: '导入 3 个节点' })).not.toHaveAttribute(
      'aria-disabled',
    );
  });

  it('cancel creates nothing', async () => {
    const before = selectLibrary(store());
    const user = await open([{ name: 's', rows: teams }]);
    await user.click(screen.getByRole('button', { name: '取消' }));
    expect(store().sheetImport).toBeNull();
    expect(selectLibrary(store())).toBe(before);
  });
});
