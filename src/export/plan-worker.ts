/// <reference lib="webworker" />
import type { Chart } from '../model/schema';
import { PagePlanError, planPages } from './page-planner';
import type { PlanOptions } from './page-types';
import { canvasMeasure } from './text-measure';

export type PlanRequest = { id: number; chart: Chart; options: Omit<PlanOptions, 'measure'> };
export type PlanResponse =
  | { id: number; ok: true; plan: ReturnType<typeof planPages> }
  | { id: number; ok: false; code: string | null; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
// OffscreenCanvas measures with the same fonts as the page.
const measure = canvasMeasure();

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
