// What the page-planner bench runs in Chromium (bundled as one IIFE by measure-pages.mjs).
export { planPages } from '../../src/export/page-planner';
export { defaultPlanOptions } from '../../src/export/page-formats';
export { measureText } from '../../src/layout/text-width';
export { generateChart } from '../../src/model/generate-chart';
