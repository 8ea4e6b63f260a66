import '@testing-library/jest-dom/vitest';
import { afterEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import { loadTemplate } from '../src/model/templates';
import { loadStrings } from '../src/i18n/strings';

// Stores made in tests start on the default chart, which the app fetches on demand.
await loadTemplate('default');
// English UI strings, which the app fetches on first use, are there from the start in tests.
await loadStrings('en');

/**
 * Components read the store from context (`<ChartStoreProvider>`). Every component test
 * renders inside the provider of its test's store (`resetStore()` in store-helpers), so
 * tests read like renders of the app and pick the store up the way the app does.
 */
vi.mock('@testing-library/react', async (importOriginal) => {
  const rtl = await importOriginal<typeof import('@testing-library/react')>();
  const { createElement } = await import('react');
  const { ChartStoreProvider } = await import('../src/store/store');
  const { testStore } = await import('./unit/store/store-helpers');
  const wrapper = ({ children }: { children: React.ReactNode }) =>
    createElement(ChartStoreProvider, { store: testStore(), children });
  const render = (ui: React.ReactNode, options?: object) => rtl.render(ui, { wrapper, ...options });
  const renderHook = (hook: (props: unknown) => unknown, options?: object) =>
    rtl.renderHook(hook, { wrapper, ...options });
  return { ...rtl, render, renderHook };
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// jsdom lacks these; React Flow and our panels use them.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
