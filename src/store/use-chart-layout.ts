import { useCallback, useSyncExternalStore } from 'react';
import type { ChartLayout } from '../layout/types';
import { useChartStoreApi } from './store';

const whole = (layout: ChartLayout) => layout;

/**
 * The layout of the chart on screen, for components: derived from the shown chart
 * (memoised on it), and for a large chart the worker's latest answer (the previous layout
 * until it comes). `select` narrows it like a store selector (return a stable value: a box,
 * a flag), so a component re-renders only when its part changes. Code outside render reads
 * `store.layouts.current()`.
 */
export function useChartLayout(): ChartLayout;
export function useChartLayout<T>(select: (layout: ChartLayout) => T): T;
export function useChartLayout<T>(select?: (layout: ChartLayout) => T): T | ChartLayout {
  const store = useChartStoreApi();
  const subscribe = useCallback(
    (listener: () => void) => {
      const fromStore = store.subscribe(listener);
      const fromWorker = store.layouts.subscribe(listener);
      return () => {
        fromStore();
        fromWorker();
      };
    },
    [store],
  );
  const pick = select ?? whole;
  const snapshot = () => pick(store.layouts.current());
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
