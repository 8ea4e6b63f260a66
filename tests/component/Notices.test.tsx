import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Notices } from '../../src/panels/Notices';
import { resetStore, store } from '../unit/store/store-helpers';

const saveFailed = () =>
  store().notify({
    id: 'save-failed',
    tone: 'error',
    key: 'saveFailed',
    params: { reason: 'storage is full' },
    persistent: true,
    actions: ['export-json'],
  });

// jsdom's Blob has no text(), so read it the old way.
const readText = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });

let blobs: Blob[] = [];
beforeEach(() => {
  resetStore('en');
  blobs = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => vi.restoreAllMocks());

describe('Notices', { timeout: 20_000 }, () => {
  it('shows nothing when there is nothing to say', () => {
    const { container } = render(<Notices />);
    expect(container).toBeEmptyDOMElement();
  });

  it('offers an Export JSON button on a failed save, which downloads the chart', async () => {
    const user = userEvent.setup();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    saveFailed();
    render(<Notices />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not save to browser storage (storage is full)');
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(click).toHaveBeenCalledTimes(1);
    const anchor = click.mock.instances[0] as unknown as HTMLAnchorElement;
    expect(anchor.download).toMatch(/\.json$/);
    expect(JSON.parse(await readText(blobs[0]!))).toEqual(JSON.parse(JSON.stringify(store().chart)));
    // The notice stays: saving has not recovered just because a file was exported.
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });

  it('shows the notice in the UI language and can be dismissed', async () => {
    const user = userEvent.setup();
    resetStore('zh-CN');
    saveFailed();
    render(<Notices />);
    expect(screen.getByRole('button', { name: '导出 JSON' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '知道了' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(store().notices).toEqual([]);
  });

  it('uses a polite status for information and an alert for warnings', () => {
    render(<Notices />);
    act(() =>
      store().notify({ id: 'import', tone: 'info', key: 'importedAsNew', params: { title: 'Q3 plan' } }),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Imported as a new chart: Q3 plan');
    act(() => store().notify({ id: 'edit-refused', tone: 'warning', key: 'cycleRefused' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'A node cannot move under one of its own descendants',
    );
  });

  it('offers both choices when another tab changed the chart', () => {
    store().notify({
      id: 'other-tab',
      tone: 'warning',
      key: 'otherTabChanged',
      persistent: true,
      actions: ['reload-chart', 'keep-mine'],
    });
    render(<Notices />);
    expect(screen.getByRole('button', { name: 'Load the latest version' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep this version' })).toBeInTheDocument();
  });
});
