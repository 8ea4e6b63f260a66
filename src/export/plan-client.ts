import type { Chart } from '../model/schema';
import { PagePlanError, planPages, type PagePlanErrorCode } from './page-planner';
import type { PagePlan, PlanOptions } from './page-types';
import type { PlanRequest, PlanResponse } from './plan-worker';

/** Below this many nodes planning takes a few milliseconds; a worker round trip is not worth it. */
export const PLAN_WORKER_THRESHOLD = 200;

// Module-level on purpose: one planner worker per page, whoever asks; `pending` only pairs
// answers with requests (as in layout-client.ts).
let worker: Worker | null | undefined;
let lastId = 0;
const pending = new Map<number, { resolve: (plan: PagePlan) => void; reject: (error: Error) => void }>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    worker = new Worker(new URL('./plan-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return (worker = null);
  }
  worker.onmessage = (event: MessageEvent<PlanResponse>) => {
    const entry = pending.get(event.data.id);
    if (!entry) return;
    pending.delete(event.data.id);
    const data = event.data;
    if (data.ok) entry.resolve(data.plan);
    else
      entry.reject(
        data.code ? new PagePlanError(data.code as PagePlanErrorCode, data.message) : new Error(data.message),
      );
  };
  worker.onerror = () => {
    // A worker that cannot run (e.g. blocked) leaves planning to the page.
    worker?.terminate();
    worker = null;
    for (const entry of pending.values()) entry.reject(new Error('The page planner stopped.'));
    pending.clear();
  };
  return worker;
}

/**
 * Plans pages off the main thread for large charts, so the tab never freezes; small charts
 * (and environments without workers) are planned in place. Same result as `planPages`.
 */
export function planPagesAsync(chart: Chart, options: PlanOptions): Promise<PagePlan> {
  const target = chart.nodes.length > PLAN_WORKER_THRESHOLD ? getWorker() : null;
  if (!target) return new Promise((resolve) => resolve(planPages(chart, null, options)));
  const rest: Omit<PlanOptions, 'measure'> & { measure?: unknown } = { ...options };
  delete rest.measure;
  const request: PlanRequest = { id: ++lastId, chart, options: rest };
  return new Promise((resolve, reject) => {
    pending.set(request.id, { resolve, reject });
    target.postMessage(request);
  });
}
