import { indexChart } from '../model/tree';
import { nodeTones } from '../layout/palette';
import type { Chart, NodeId } from '../model/schema';
import type { Derived } from './flow-adapter';

/** Per-node facts the cards show, in one O(n) pass: region tone, child count, subtree size. */
export function deriveNodeFacts(chart: Chart): Derived {
  const index = indexChart(chart);
  const childCount = new Map<NodeId, number>();
  const order: NodeId[] = [];
  const stack = index.root ? [index.root.id] : [];
  while (stack.length) {
    const id = stack.pop()!;
    order.push(id);
    const kids = index.childrenOf.get(id) ?? [];
    childCount.set(id, kids.length);
    for (const k of kids) stack.push(k.id);
  }
  const size = new Map<NodeId, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    let total = 0;
    for (const k of index.childrenOf.get(id) ?? []) total += 1 + (size.get(k.id) ?? 0);
    size.set(id, total);
  }
  return { tones: nodeTones(chart), childCount, hidden: size };
}
