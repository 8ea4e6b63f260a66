import type { CardDetail, PageFormat, PageFormatId, PlanOptions } from './page-types';

const IN = 72;
const MM = 72 / 25.4;
/** CSS px → pt (96 px per inch). */
export const PX_TO_PT = 0.75;

/** The standard pages, in pt (1/72 in). Slides keep 0.3 in clear on every side, paper 10 mm. */
export const PAGE_FORMATS: Record<Exclude<PageFormatId, 'custom'>, PageFormat> = {
  'slide-16x9': { id: 'slide-16x9', widthPt: 13.333 * IN, heightPt: 7.5 * IN, marginPt: 0.3 * IN },
  'slide-4x3': { id: 'slide-4x3', widthPt: 10 * IN, heightPt: 7.5 * IN, marginPt: 0.3 * IN },
  'a4-landscape': { id: 'a4-landscape', widthPt: 297 * MM, heightPt: 210 * MM, marginPt: 10 * MM },
  'a4-portrait': { id: 'a4-portrait', widthPt: 210 * MM, heightPt: 297 * MM, marginPt: 10 * MM },
  'a3-landscape': { id: 'a3-landscape', widthPt: 420 * MM, heightPt: 297 * MM, marginPt: 10 * MM },
  'a3-portrait': { id: 'a3-portrait', widthPt: 297 * MM, heightPt: 420 * MM, marginPt: 10 * MM },
};

/** A pixel-sized page (e.g. PNG pages), margins 3 % of the shorter side. */
export function customFormat(widthPx: number, heightPx: number): PageFormat {
  const widthPt = Math.max(0, widthPx) * PX_TO_PT;
  const heightPt = Math.max(0, heightPx) * PX_TO_PT;
  return {
    id: 'custom',
    widthPt,
    heightPt,
    marginPt: Math.round(Math.min(widthPt, heightPt) * 0.03 * 10) / 10,
  };
}

export const DEFAULT_MIN_TEXT_PT = 10;
export const DEFAULT_MIN_TITLE_PT = 14;
/** Allowed minimum text sizes; outside this the planner refuses with a clear message. */
export const MIN_TEXT_RANGE = { min: 4, max: 72 } as const;

export function defaultPlanOptions(detail: CardDetail = 'metrics'): PlanOptions {
  return {
    format: PAGE_FORMATS['slide-16x9'],
    minTextPt: DEFAULT_MIN_TEXT_PT,
    minTitlePt: DEFAULT_MIN_TITLE_PT,
    detail,
  };
}
