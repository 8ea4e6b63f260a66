import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CrashBoundary } from '../../src/app/CrashBoundary';
import { PanelBoundary } from '../../src/panels/PanelBoundary';
import { createMemoryBackend, createMemoryRepo } from '../../src/store/repo/memory-repo';
import { createChartStore } from '../../src/store/store';
import { sharedPrefs } from '../unit/store/tabs-helpers';

function Boom(): never {
  throw new Error('wrapText: cannot read properties of undefined');
}

beforeEach(() => {
  // React logs caught render errors; the test is about what the user sees instead.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('CrashBoundary', () => {
  it('shows a recovery screen instead of a blank page and stops saving', async () => {
    const backend = createMemoryBackend();
    const prefs = sharedPrefs();
    const store = createChartStore({ repo: createMemoryRepo(backend), prefs, locale: 'en', saveDelayMs: 1 });
    await store.getState().start();
    await store.getState().flushSave();
    const id = store.getState().chart.id;
    render(
      <CrashBoundary store={store}>
        <Boom />
      </CrashBoundary>,
    );
    expect(
      screen.getByRole('heading', { name: 'Something went wrong and the page cannot go on' }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Download every chart (JSON)' })).toBeVisible();
    expect(screen.getByText(/wrapText/)).toBeVisible();
    // Autosave is off: an edit made now never reaches storage.
    store.getState().renameChart('after the crash');
    await new Promise((r) => setTimeout(r, 20));
    await store.getState().flushSave();
    const stored = await createMemoryRepo(backend).read(id);
    expect(stored.ok && stored.chart.title).not.toBe('after the crash');

    // "Reload without this chart": the next start opens a fresh chart, the crashing one stays stored.
    store.getState().skipActiveChartOnNextStart();
    const next = createChartStore({ repo: createMemoryRepo(backend), prefs, locale: 'en' });
    await next.getState().start();
    expect(next.getState().chart.id).not.toBe(id);
    expect((await createMemoryRepo(backend).read(id)).ok).toBe(true);
  });

  it('downloads every chart, unsaved ones included', async () => {
    const store = createChartStore({ repo: createMemoryRepo(), locale: 'en', saveDelayMs: 1 });
    await store.getState().start();
    await store.getState().newChart('blank');
    const names: string[] = [];
    const create = vi.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: () => {} });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    render(
      <CrashBoundary store={store}>
        <Boom />
      </CrashBoundary>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Download every chart (JSON)' }));
    await vi.waitFor(() => expect(names).toHaveLength(2));
    expect(names.every((n) => n.endsWith('.json'))).toBe(true);
  });
});

describe('PanelBoundary', () => {
  it('replaces only the failing panel with a message and a way to close it', async () => {
    const onClose = vi.fn();
    render(
      <div>
        <p>canvas</p>
        <PanelBoundary locale="en" onClose={onClose}>
          <Boom />
        </PanelBoundary>
      </div>,
    );
    expect(screen.getByText('canvas')).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('This panel could not be shown');
    await userEvent.click(screen.getByRole('button', { name: 'Close panel' }));
    expect(onClose).toHaveBeenCalled();
  });
});
