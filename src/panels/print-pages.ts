import type { PagePlan } from '../export/page-types';
import { PRINT_VIEW_ID, printViewCss, printViewHtml } from '../export/print-view';

/** A print view's sheet left by an earlier print that never reported `afterprint`. */
const isPrintSheet = (sheet: CSSStyleSheet) =>
  Array.from(sheet.cssRules).some((rule) => rule.cssText.includes(`#${PRINT_VIEW_ID}`));

/**
 * Puts the plan's print view into the document and opens the browser's print dialog, where
 * "Save as PDF" writes a vector PDF (selectable text, fonts embedded and subsetted by the
 * browser, "→ p. N" as links). The view stays hidden on screen and goes after printing.
 */
export function printPlan(plan: PagePlan, title: string): void {
  document.getElementById(PRINT_VIEW_ID)?.remove();
  const view = document.createElement('div');
  view.id = PRINT_VIEW_ID;
  view.innerHTML = printViewHtml(plan);
  // A constructed style sheet is CSSOM, which the CSP's style-src does not gate (a <style>
  // element would need 'unsafe-inline').
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(printViewCss(plan));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets.filter((s) => !isPrintSheet(s)), sheet];
  document.body.append(view);
  // The PDF's file name and document title come from the page title in Chromium and Firefox.
  const before = document.title;
  document.title = title;
  const done = () => {
    document.title = before;
    view.remove();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}
