import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../src/panels/DetailsPanel';
import { nodeOf, resetStore, store } from '../unit/store/store-helpers';

beforeEach(() => resetStore('en'));

describe('headcount in the details panel', { timeout: 20_000 }, () => {
  it('says why 2.5 is refused and keeps what was typed; a whole number is saved', async () => {
    const user = userEvent.setup();
    store().openPanel('plat-membership');
    render(<DetailsPanel />);
    const before = nodeOf('plat-membership').headcount;
    const field = screen.getByRole('spinbutton', { name: 'Headcount' });
    await user.clear(field);
    await user.type(field, '2.5');
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('Headcount must be a whole number');
    expect(field).toHaveValue(2.5);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(nodeOf('plat-membership').headcount).toBe(before);

    await user.clear(field);
    await user.type(field, '3{Enter}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(nodeOf('plat-membership').headcount).toBe(3);
  });

  it('Escape puts the saved value back and clears the message', async () => {
    const user = userEvent.setup();
    store().openPanel('plat-membership');
    render(<DetailsPanel />);
    const field = screen.getByRole('spinbutton', { name: 'Headcount' });
    await user.type(field, '-4{Enter}');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
