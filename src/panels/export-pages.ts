import {
  PAGE_FORMATS,
  customFormat,
  DEFAULT_MIN_TEXT_PT,
  DEFAULT_MIN_TITLE_PT,
} from '../export/page-formats';
import { PagePlanError, planPages } from '../export/page-planner';
import type { CardDetail, PageFormat, PageFormatId, PagePlan, PlanOptions } from '../export/page-types';
import type { SceneBackground } from '../export/scene-types';
import { measureText } from '../layout/text-width';
import type { Chart } from '../model/schema';

export const PAGE_FORMAT_IDS: readonly PageFormatId[] = [
  'slide-16x9',
  'slide-4x3',
  'a4-landscape',
  'a4-portrait',
  'a3-landscape',
  'a3-portrait',
  'custom',
];

export const CARD_DETAILS: readonly CardDetail[] = ['metrics', 'subtitle', 'title'];

/** The page choices of the export dialog, shared by PDF, PNG pages and the preview. */
export type PageSettings = {
  pageFormat: PageFormatId;
  /** Custom page size in px (for "custom"). */
  customWidth: number;
  customHeight: number;
  /** Nothing on a page under this, in pt. */
  minTextPt: number;
  /** The most a card may show; the planner may show less. */
  detail: CardDetail;
};

export const DEFAULT_PAGE_SETTINGS: PageSettings = {
  pageFormat: 'slide-16x9',
  customWidth: 1920,
  customHeight: 1080,
  minTextPt: DEFAULT_MIN_TEXT_PT,
  detail: 'metrics',
};

export function pageFormatOf(s: PageSettings): PageFormat {
  return s.pageFormat === 'custom' ? customFormat(s.customWidth, s.customHeight) : PAGE_FORMATS[s.pageFormat];
}

export type PlanInput = PageSettings & {
  /** The least detail a card may be lowered to (bilingual exports keep their subtitles). */
  minDetail?: CardDetail;
  branchOf: string | null;
  includeCollapsed: boolean;
  background: SceneBackground;
  showRegions: boolean;
};

export type PlanOutcome =
  { ok: true; plan: PagePlan; ms: number } | { ok: false; code: string; message: string };

/** The planner's options for the dialog's choices. */
export function planOptionsFor(input: PlanInput): PlanOptions {
  return {
    format: pageFormatOf(input),
    minTextPt: input.minTextPt,
    // Card titles keep their lead over body text when the user raises the minimum.
    minTitlePt: Math.max(
      DEFAULT_MIN_TITLE_PT,
      input.minTextPt + (DEFAULT_MIN_TITLE_PT - DEFAULT_MIN_TEXT_PT),
    ),
    detail: input.detail,
    ...(input.minDetail ? { minDetail: input.minDetail } : {}),
    measure: measureText,
    scope: input.branchOf ? { subtreeOf: input.branchOf } : 'all',
    includeCollapsed: input.includeCollapsed,
    background: input.background,
    showRegions: input.showRegions,
  };
}

function failed(error: unknown): PlanOutcome {
  if (error instanceof PagePlanError) return { ok: false, code: error.code, message: error.message };
  return { ok: false, code: 'unexpected', message: error instanceof Error ? error.message : String(error) };
}

/** Plans the pages for the dialog's choices; a plan that cannot be made comes back as a message, never a throw. */
export function planFor(chart: Chart, input: PlanInput): PlanOutcome {
  const started = performance.now();
  try {
    return { ok: true, plan: planPages(chart, null, planOptionsFor(input)), ms: performance.now() - started };
  } catch (error) {
    return failed(error);
  }
}

/** The same, with large charts planned in the planner's worker so the tab never freezes. */
export async function planForAsync(chart: Chart, input: PlanInput): Promise<PlanOutcome> {
  const started = performance.now();
  try {
    const { planPagesAsync } = await import('../export/plan-client');
    const plan = await planPagesAsync(chart, planOptionsFor(input));
    return { ok: true, plan, ms: performance.now() - started };
  } catch (error) {
    return failed(error);
  }
}
