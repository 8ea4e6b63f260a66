import { LIMITS } from './schema';

type TreeNodeLike = { id: string; parentId: string | null };
type LinkLike = { id: string; source: string; target: string };
type ChartLike = { nodes: readonly TreeNodeLike[]; links: readonly LinkLike[] };

export type InvariantCode =
  'duplicate-id' | 'no-root' | 'several-roots' | 'missing-parent' | 'cycle' | 'too-deep' | 'bad-link';

/** The first broken rule of a document, with the node (or link) it concerns. */
export type InvariantError = { code: InvariantCode; message: string; nodeId?: string; linkId?: string };

const MAX_NAMED = 5;

function nameList(ids: readonly string[]): string {
  const named = ids.slice(0, MAX_NAMED).map((id) => `"${id}"`);
  return ids.length > MAX_NAMED ? `${named.join(', ')} and ${ids.length - MAX_NAMED} more` : named.join(', ');
}

/**
 * The tree rules: unique ids, exactly one root, every parent exists, no cycles, bounded
 * depth. O(n) and iterative, so a hostile 20,000-level chain cannot overflow the stack.
 */
export function checkTree(nodes: readonly TreeNodeLike[]): InvariantError | null {
  const indexById = new Map<string, number>();
  const roots: string[] = [];
  for (const [i, node] of nodes.entries()) {
    const earlier = indexById.get(node.id);
    if (earlier !== undefined) {
      const message = `Two nodes share the id "${node.id}" (#${earlier + 1} and #${i + 1}); every node needs its own id.`;
      return { code: 'duplicate-id', message, nodeId: node.id };
    }
    indexById.set(node.id, i);
    if (node.parentId === null) roots.push(node.id);
  }
  const [root] = roots;
  if (root === undefined) {
    const message = 'The chart has no root: exactly one node must have no parent ("parentId": null).';
    return { code: 'no-root', message };
  }
  if (roots.length > 1) {
    const message = `Several nodes have no parent (${nameList(roots)}); exactly one root is allowed. Give the others a parent.`;
    return { code: 'several-roots', message, nodeId: roots[1] };
  }
  const children = new Map<string, string[]>();
  for (const node of nodes) {
    if (node.parentId === null) continue;
    if (!indexById.has(node.parentId)) {
      const message = `Node "${node.id}" names the parent "${node.parentId}", which does not exist.`;
      return { code: 'missing-parent', message, nodeId: node.id };
    }
    const siblings = children.get(node.parentId);
    if (siblings) siblings.push(node.id);
    else children.set(node.parentId, [node.id]);
  }
  // Breadth-first from the root: whatever it cannot reach hangs off a cycle.
  const depth = new Map<string, number>([[root, 0]]);
  const queue = [root];
  let tooDeep: string | undefined;
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    const childDepth = (depth.get(id) ?? 0) + 1;
    for (const child of children.get(id) ?? []) {
      depth.set(child, childDepth);
      queue.push(child);
      if (childDepth > LIMITS.depth && tooDeep === undefined) tooDeep = child;
    }
  }
  if (queue.length < nodes.length) {
    const onCycle = findCycleMember(nodes, depth);
    const message = `Node "${onCycle}" is its own ancestor: its chain of parents loops back to it. Break the loop by changing a parent.`;
    return { code: 'cycle', message, nodeId: onCycle };
  }
  if (tooDeep !== undefined) {
    const message = `Node "${tooDeep}" is nested more than ${LIMITS.depth} levels deep; flatten the chart.`;
    return { code: 'too-deep', message, nodeId: tooDeep };
  }
  return null;
}

function findCycleMember(nodes: readonly TreeNodeLike[], reached: ReadonlyMap<string, number>): string {
  const parentOf = new Map(nodes.map((n) => [n.id, n.parentId]));
  const start = nodes.find((n) => !reached.has(n.id));
  // Every unreached node's parent exists and is unreached, so this walk must revisit a node.
  const seen = new Set<string>();
  let id: string | null | undefined = start?.id;
  while (id != null && !seen.has(id)) {
    seen.add(id);
    id = parentOf.get(id);
  }
  return id ?? start?.id ?? '';
}

/** Why a link cannot be drawn, or null when it is fine. */
function linkProblem(
  link: LinkLike,
  nodeIds: ReadonlySet<string>,
  seenLinkIds: ReadonlySet<string>,
): string | null {
  if (seenLinkIds.has(link.id)) return 'its id repeats an earlier link';
  if (!nodeIds.has(link.source)) return `its source node "${link.source}" does not exist`;
  if (!nodeIds.has(link.target)) return `its target node "${link.target}" does not exist`;
  if (link.source === link.target) return `it connects node "${link.source}" to itself`;
  return null;
}

export function checkLinks(chart: ChartLike): InvariantError | null {
  const nodeIds = new Set(chart.nodes.map((n) => n.id));
  const seen = new Set<string>();
  for (const link of chart.links) {
    const problem = linkProblem(link, nodeIds, seen);
    if (problem) return { code: 'bad-link', message: `Link "${link.id}": ${problem}.`, linkId: link.id };
    seen.add(link.id);
  }
  return null;
}

/** Every invariant a document must keep; the store can run it after an edit. */
export function validateChart(chart: ChartLike): InvariantError | null {
  return checkTree(chart.nodes) ?? checkLinks(chart);
}

/**
 * Links are decoration, so a broken one should not cost the user their file: drop it and
 * say so. Returns the same object when every link is fine.
 */
export function dropBadLinks<T extends ChartLike>(chart: T): { chart: T; warnings: string[] } {
  const nodeIds = new Set(chart.nodes.map((n) => n.id));
  const seen = new Set<string>();
  const warnings: string[] = [];
  const kept = chart.links.filter((link) => {
    const problem = linkProblem(link, nodeIds, seen);
    if (problem) warnings.push(`Dropped link "${link.id}": ${problem}.`);
    else seen.add(link.id);
    return problem === null;
  });
  return warnings.length === 0 ? { chart, warnings } : { chart: { ...chart, links: kept }, warnings };
}
