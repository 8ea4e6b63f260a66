import type { Chart } from '../model/schema';
import { deserializeLayout, type LayoutRequest, type LayoutResponse } from './layout-message';
import { layoutChart } from './tree-layout';
import type { ChartLayout, LayoutOptions } from './types';

/** Below this many nodes a synchronous layout takes a few milliseconds; a worker round trip is not worth it. */
export const WORKER_THRESHOLD = 2000;

export function shouldUseWorker(nodeCount: number): boolean {
  return nodeCount > WORKER_THRESHOLD;
}

/** The promise of an older request rejects with this once a newer request is made. */
export class LayoutSupersededError extends Error {
  constructor() {
    super('a newer layout request replaced this one');
    this.name = 'LayoutSupersededError';
  }
}

type Pending = {
  request: LayoutRequest;
  resolve: (layout: ChartLayout) => void;
  reject: (error: Error) => void;
};

// Module-level on purpose: one worker per page, shared by every store (a worker per store
// would cost a thread and a bundle load each); `pending` only pairs answers with requests.
/** undefined: not created yet; null: unavailable (no Worker, or it failed to start) so lay out in place. */
let worker: Worker | null | undefined;
let lastId = 0;
const pending = new Map<number, Pending>();

/**
 * Lays the chart out off the main thread. Only the latest request resolves; earlier
 * ones reject with `LayoutSupersededError`, so a stale layout can never land after a fresh one.
 */
export function layoutInWorker(chart: Chart, options: Partial<LayoutOptions> = {}): Promise<ChartLayout> {
  for (const entry of pending.values()) entry.reject(new LayoutSupersededError());
  pending.clear();
  const target = getWorker();
  if (!target) return new Promise((resolve) => resolve(layoutChart(chart, options)));
  const request: LayoutRequest = { id: ++lastId, chart, options };
  return new Promise((resolve, reject) => {
    pending.set(request.id, { request, resolve, reject });
    target.postMessage(request);
  });
}

/** Stops the worker; the next request starts a new one. */
export function disposeLayoutWorker(): void {
  worker?.terminate();
  worker = undefined;
  for (const entry of pending.values()) entry.reject(new LayoutSupersededError());
  pending.clear();
}

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (event: MessageEvent<LayoutResponse>) => settle(event.data);
  worker.onerror = () => fallBack();
  return worker;
}

function settle(response: LayoutResponse): void {
  const entry = pending.get(response.id);
  if (!entry) return;
  pending.delete(response.id);
  if (response.ok) entry.resolve(deserializeLayout(response.layout));
  else entry.reject(new Error(response.error));
}

/** A worker that cannot load (blocked by policy, failed fetch) must not leave the chart unlaid: finish here. */
function fallBack(): void {
  worker?.terminate();
  worker = null;
  for (const { request, resolve, reject } of pending.values()) {
    try {
      resolve(layoutChart(request.chart, request.options));
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
  pending.clear();
}
