import type { ChartDoc, DocNode, Locale, NodeId } from '../model/schema';
import { pasteSubtree, type EditResult } from '../model/tree-edit';
import { draftsToDocument, type NodeDraft } from './sheet-document';
import type { OutlineItem } from './outline-read';

/** Outline items as node drafts, top items without a parent. */
function outlineDrafts(items: readonly OutlineItem[]): NodeDraft[] {
  return items.map((it, i): NodeDraft => ({
    id: `o${i + 1}`,
    parentId: it.parent < 0 ? null : `o${it.parent + 1}`,
    row: it.line,
    title: it.title,
    ...(it.description ? { description: it.description } : {}),
    ...(it.goal ? { goal: it.goal } : {}),
    responsibilities: [],
    metrics: [],
  }));
}

/** Several top items get one new root titled `rootTitle`. */
function withOneRoot(drafts: NodeDraft[], rootTitle: string): NodeDraft[] {
  if (drafts.filter((d) => d.parentId === null).length <= 1) return drafts;
  const root: NodeDraft = {
    id: 'o0',
    parentId: null,
    row: 0,
    title: rootTitle,
    responsibilities: [],
    metrics: [],
  };
  return [root, ...drafts.map((d) => (d.parentId === null ? { ...d, parentId: root.id } : d))];
}

/** A new chart document from an outline (then read through `importChart` like any file). */
export function outlineToDocument(
  items: readonly OutlineItem[],
  options: { id: string; title: string; locale: Locale },
): Record<string, unknown> {
  const drafts = withOneRoot(outlineDrafts(items), options.title);
  const single = drafts.filter((d) => d.parentId === null).length === 1 && drafts[0]?.row !== 0;
  return draftsToDocument(drafts, [], { ...options, title: single ? drafts[0]!.title : options.title });
}

/**
 * Adds every top item of the outline (with its items) as the last children of `parentId`,
 * in order. Pure, and one resulting document, so the store commits it as one undo step.
 */
export function addOutlineUnder(
  chart: ChartDoc,
  parentId: NodeId,
  items: readonly OutlineItem[],
  language: Locale = 'zh-CN',
): EditResult {
  // The outline's text goes into the language the chart is shown in.
  const document = draftsToDocument(outlineDrafts(items), [], { id: 'x', title: 'x', locale: language });
  const nodes = (document.nodes as DocNode[]).map((n): DocNode =>
    n.kind === 'root' ? { ...n, kind: 'group' } : n,
  );
  const tops = nodes.filter((n) => n.parentId === null);
  let result: EditResult | null = null;
  let current = chart;
  let firstTop: NodeId | undefined;
  for (const top of tops) {
    const inside = new Set([top.id]);
    const block = nodes.filter((n) => {
      if (n === top) return true;
      if (n.parentId !== null && inside.has(n.parentId)) {
        inside.add(n.id);
        return true;
      }
      return false;
    });
    const clip = {
      format: 'opschart-subtree' as const,
      version: 2 as const,
      links: [],
      nodes: block.map((n) => (n === top ? { ...n, parentId: null } : n)),
    };
    result = pasteSubtree(current, parentId, clip);
    if (!result.ok) return result;
    firstTop ??= result.focusId;
    current = result.chart;
  }
  if (!result) return { ok: false, reason: 'invalid' };
  return result.ok ? { ...result, ...(firstTop ? { focusId: firstTop } : {}) } : result;
}
