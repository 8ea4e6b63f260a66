/// <reference lib="webworker" />
import type { Chart } from '../model/schema';
import { PagePlanError, planPages } from './page-planner';
import type { PlanOptions } from './page-types';
import { measureText } from '../layout/text-width';

export type PlanRequest = { id: number; chart: Chart; options: Omit<PlanOptions, 'measure'> };
export type PlanResponse =
  | { id: number; ok: true; plan: ReturnType<typeof planPages> }
  | { id: number; ok: false; code: string | null; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
// The same width table as the layout and the canvas, so the worker's plan equals the main thread's.
const measure = measureText;

scope.onmessage = (event: MessageEvent<PlanRequest>) => {
  const { id, chart, options } = event.data;
  try {
    scope.postMessage({
      id,
      ok: true,
      plan: planPages(chart, null, { ...options, measure }),
    } satisfies PlanResponse);
  } catch (error) {
    scope.postMessage({
      id,
      ok: false,
      code: error instanceof PagePlanError ? error.code : null,
      message: error instanceof Error ? error.message : String(error),
    } satisfies PlanResponse);
  }
};
