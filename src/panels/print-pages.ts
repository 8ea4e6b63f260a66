import type { PagePlan } from '../export/page-types';
import { PRINT_VIEW_ID, printViewHtml } from '../export/print-view';

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
  document.body.append(view);
  // The PDF's file name and document title come from the page title in Chromium and Firefox.
  const before = document.title;
  document.title = title;
  const done = () => {
    document.title = before;
    view.remove();
  };
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}
