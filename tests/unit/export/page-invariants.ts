import type { Chart } from '../../../src/model/schema';
import type { PagePlan } from '../../../src/export/page-types';
import { MAX_TITLE_LINES } from '../../../src/layout/card-text';

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * What every plan must satisfy: each node of the chart a full card on exactly one page; each
 * tree edge drawn on the page of its child (from the parent's card or its "back" marker);
 * every marker pointing at a page that exists; the planner's own re-check clean.
 */
export function planProblems(chart: Chart, plan: PagePlan): string[] {
  const problems = [...plan.problems];
  if (plan.pages.length === 0) problems.push('no pages');
  const pageOf = new Map<string, number>();
  const titleOf = new Map(chart.nodes.map((n) => [n.id, n.title]));
  plan.pages.forEach((page, i) => {
    if (page.scene.nodes.length === 0 && page.markers.length === 0) problems.push(`page ${i + 1} is blank`);
    for (const id of page.nodeIds) {
      if (pageOf.has(id)) problems.push(`${id} is a card on pages ${pageOf.get(id)! + 1} and ${i + 1}`);
      pageOf.set(id, i);
    }
    const drawn = new Set(page.scene.nodes.map((n) => n.id));
    // A card's title is whole (only a title longer than MAX_TITLE_LINES lines may end in "…").
    for (const card of page.scene.nodes) {
      const lines = card.title.lines.map((l) => l.text);
      const title = titleOf.get(card.id) ?? '';
      if (squash(lines.join('')) !== squash(title) && lines.length < MAX_TITLE_LINES)
        problems.push(`page ${i + 1}: title of ${card.id} is cut: "${lines.join(' ')}"`);
    }
    if (page.nodeIds.some((id) => !drawn.has(id)))
      problems.push(`page ${i + 1} lists a card it does not draw`);
    for (const m of page.markers)
      if (!(m.targetPage >= 0 && m.targetPage < plan.pages.length) || m.targetPage === i)
        problems.push(`marker of ${m.nodeId} on page ${i + 1} points at page ${m.targetPage + 1}`);
  });
  for (const node of chart.nodes) {
    const at = pageOf.get(node.id);
    if (at === undefined) {
      problems.push(`${node.id} is on no page`);
      continue;
    }
    if (node.parentId === null) continue;
    const page = plan.pages[at]!;
    const drawn = page.treeEdges.some(
      (e) => e.to.kind === 'card' && e.parentId === node.parentId && e.childId === node.id,
    );
    const parentHere =
      page.nodeIds.includes(node.parentId) ||
      page.markers.some((m) => m.kind === 'back' && m.nodeId === node.parentId);
    if (!drawn || !parentHere)
      problems.push(`edge ${node.parentId} → ${node.id} is neither drawn nor replaced by a marker`);
  }
  plan.pages.forEach((page, i) => {
    if (page.treeEdges.length !== page.scene.edges.length)
      problems.push(`page ${i + 1}: edges and their ends differ`);
  });
  return problems;
}
