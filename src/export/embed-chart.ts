import type { NodeId } from '../model/schema';
import type { AnyChart, NodeOf } from '../model/tree-map';
import { indexChart, subtreeIds } from '../model/tree';

/** What travels inside an exported picture: the whole chart, only the exported branch, or nothing. */
export type EmbedChoice = {
  /** The user's switch "embed the editable chart". */
  embed: boolean;
  /** The exported branch's top node; null (or the root) = the whole chart. */
  branchOf: NodeId | null;
};

/**
 * The chart a branch export carries: only that branch (its top node becomes the root, pinned
 * positions dropped because they belong to the whole chart's coordinates, only links inside it).
 * The rest of the document (title, language, layout settings) is kept, so it imports as a chart.
 * An unknown id (a node deleted meanwhile) gives the whole chart, as the scene does.
 */
export function branchChart<C extends AnyChart>(chart: C, branchOf: NodeId): C {
  const index = indexChart(chart);
  const top = index.byId.get(branchOf);
  if (!top || top.id === index.root.id) return chart;
  const keep = new Set(subtreeIds(index, top.id));
  const nodes: NodeOf<C>[] = [];
  for (const node of chart.nodes as readonly NodeOf<C>[]) {
    if (!keep.has(node.id)) continue;
    let next: NodeOf<C> = node.id === top.id ? { ...node, parentId: null } : node;
    if (next.position) {
      next = { ...next };
      delete next.position;
    }
    nodes.push(next);
  }
  const links = (chart.links as readonly { source: string; target: string }[]).filter(
    (l) => keep.has(l.source) && keep.has(l.target),
  );
  return { ...chart, nodes, links };
}

/** The JSON text to embed in a PNG or SVG, or null when the user chose to embed nothing. */
/** Embedded is the stored document (both languages), so the picture imports back whole. */
export function chartToEmbed(chart: AnyChart, choice: EmbedChoice): string | null {
  if (!choice.embed) return null;
  return JSON.stringify(choice.branchOf ? branchChart(chart, choice.branchOf) : chart);
}
