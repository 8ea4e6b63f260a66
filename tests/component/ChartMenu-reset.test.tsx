import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartMenu } from '../../src/panels/ChartMenu';
import { resetStore, shownNodeOf, store } from '../unit/store/store-helpers';

beforeEach(() => resetStore('zh-CN'));

async function askReset(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: /^图表库: / }));
  await user.click(
    within(await screen.findByRole('menu', { name: '图表库' }, { timeout: 8000 })).getByRole('menuitem', {
      name: '重置为模板',
    }),
  );
  // The dialog's code loads on demand; a busy machine may take a few seconds.
  return screen.findByRole('dialog', { name: '重置为模板？' }, { timeout: 8000 });
}

describe('Reset to template', { timeout: 20_000 }, () => {
  it('asks first; Cancel (focused) keeps every edit, Reset puts the template back', async () => {
    const user = userEvent.setup();
    render(<ChartMenu />);
    act(() => void store().updateNodeFields('plat-membership', { title: '会员中心' }));

    const dialog = await askReset(user);
    expect(within(dialog).getByRole('button', { name: '取消' })).toHaveFocus();
    expect(shownNodeOf('plat-membership').title).toBe('会员中心');
    await user.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(shownNodeOf('plat-membership').title).toBe('会员中心');

    await user.click(within(await askReset(user)).getByRole('button', { name: '重置' }));
    await vi.waitFor(() => expect(shownNodeOf('plat-membership').title).toBe('会员运营'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
