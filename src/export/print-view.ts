import { pageAnchor, pageToSvg } from './page-svg';
import type { PagePlan } from './page-types';
import { escapeXml } from './xml-text';

/** The id of the element that holds the print view; everything else is hidden when printing. */
export const PRINT_VIEW_ID = 'opschart-print-view';

const n = (value: number) => (Math.round(value * 100) / 100).toString();

/**
 * The print view's style sheet: `@page` at the plan's page size with no margins (the
 * planner's safe margins are inside each page), the view hidden on screen and alone in print.
 * Applied as a constructed style sheet (see print-pages.ts), not a `<style>` element, so the
 * page's Content-Security-Policy needs no `'unsafe-inline'` for it.
 */
export function printViewCss(plan: PagePlan): string {
  const { widthPt, heightPt } = plan.format;
  const size = `${n(widthPt)}pt ${n(heightPt)}pt`;
  return [
    `@page { size: ${size}; margin: 0; }`,
    `@media screen { #${PRINT_VIEW_ID} { display: none; } }`,
    '@media print {',
    `  html, body { margin: 0 !important; padding: 0 !important; background: #fff !important; height: auto !important; overflow: visible !important; }`,
    `  body > :not(#${PRINT_VIEW_ID}) { display: none !important; }`,
    `  #${PRINT_VIEW_ID} { display: block; }`,
    '}',
    `#${PRINT_VIEW_ID} section { width: ${n(widthPt)}pt; height: ${n(heightPt)}pt; overflow: hidden; break-after: page; page-break-after: always; }`,
    `#${PRINT_VIEW_ID} section:last-child { break-after: auto; page-break-after: auto; }`,
    `#${PRINT_VIEW_ID} svg { display: block; }`,
    // Colours as designed (white cards, tinted regions), not the printer's economy mode.
    `#${PRINT_VIEW_ID} { print-color-adjust: exact; -webkit-print-color-adjust: exact; }`,
  ].join('\n');
}

/**
 * The print view of a page plan: one <section> per planned page holding that page as inline
 * SVG in pt, every "→ p. N" marker a link to `#page-N` (styled by `printViewCss`). The
 * browser's "Save as PDF" turns it into a vector PDF with selectable text and its fonts
 * embedded. Pure: returns the markup of the view's element.
 */
export function printViewHtml(plan: PagePlan): string {
  return plan.pages
    .map(
      (page, i) =>
        `<section id="${pageAnchor(i)}" aria-label="${escapeXml(page.title)}">${pageToSvg(page, { links: true })}</section>`,
    )
    .join('');
}
