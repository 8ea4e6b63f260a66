import { expect } from 'vitest';
import type { Chart, NodeId } from '../../../src/model/schema';
import type { Box, ChartLayout, PlacedNode } from '../../../src/layout/types';

export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function contains(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** Pairs of intersecting boxes, by a sweep along x (the charts under test have thousands of nodes). */
export function overlappingPairs(boxes: readonly (Box & { id: string })[]): [string, string][] {
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  const pairs: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.x < a.x + a.width; j++) {
      if (intersects(a, sorted[j]!)) pairs.push([a.id, sorted[j]!.id]);
    }
  }
  return pairs;
}

/** Visible children per node id, in document order. */
export function visibleChildren(chart: Chart, layout: ChartLayout): Map<NodeId, PlacedNode[]> {
  const out = new Map<NodeId, PlacedNode[]>();
  for (const n of chart.nodes) {
    const placed = layout.nodes.get(n.id);
    if (!placed || n.parentId === null) continue;
    const siblings = out.get(n.parentId);
    if (siblings) siblings.push(placed);
    else out.set(n.parentId, [placed]);
  }
  return out;
}

/** Ids of the node and all its visible descendants. */
export function subtreeIds(id: NodeId, children: Map<NodeId, PlacedNode[]>): NodeId[] {
  const ids: NodeId[] = [];
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop()!;
    ids.push(next);
    for (const c of children.get(next) ?? []) stack.push(c.id);
  }
  return ids;
}

/** Every geometric promise of the layout for a chart without pinned nodes; lists all violations at once. */
export function expectLayoutInvariants(chart: Chart, layout: ChartLayout): void {
  const nodes = [...layout.nodes.values()];
  const problems: string[] = [];
  for (const [a, b] of overlappingPairs(nodes)) problems.push(`cards overlap: ${a} × ${b}`);
  for (const n of nodes) if (!contains(layout.bounds, n)) problems.push(`outside bounds: ${n.id}`);
  const lr = layout.direction === 'LR';
  const children = visibleChildren(chart, layout);
  for (const [parentId, kids] of children) {
    const parent = layout.nodes.get(parentId)!;
    for (const kid of kids) {
      const after = lr ? kid.x >= parent.x + parent.width : kid.y >= parent.y + parent.height;
      if (!after) problems.push(`not past its parent: ${kid.id}`);
    }
    // Document order along the cross axis: left to right, or down a compact column.
    for (let k = 1; k < kids.length; k++) {
      const a = kids[k - 1]!;
      const b = kids[k]!;
      const ordered = lr
        ? b.y >= a.y + a.height
        : b.x >= a.x + a.width || (b.x === a.x && b.y >= a.y + a.height);
      if (!ordered) problems.push(`sibling order: ${a.id} then ${b.id}`);
    }
  }
  const insideOf = new Map(layout.regions.map((r) => [r.nodeId, new Set(subtreeIds(r.nodeId, children))]));
  if (insideOf.size !== layout.regions.length) problems.push('two regions for one node');
  for (const region of layout.regions) {
    const inside = insideOf.get(region.nodeId)!;
    for (const id of inside)
      if (!contains(region, layout.nodes.get(id)!))
        problems.push(`${id} sticks out of region ${region.nodeId}`);
    // Inner regions sit inside their outer region; no other region or card touches it.
    for (const other of layout.regions) {
      if (other === region || inside.has(other.nodeId)) continue;
      if (insideOf.get(other.nodeId)!.has(region.nodeId)) {
        if (!contains(other, region)) problems.push(`region ${region.nodeId} sticks out of ${other.nodeId}`);
      } else if (intersects(region, other))
        problems.push(`regions intersect: ${region.nodeId} × ${other.nodeId}`);
    }
    for (const n of nodes)
      if (!inside.has(n.id) && intersects(region, n))
        problems.push(`${n.id} intrudes on region ${region.nodeId}`);
  }
  expect(problems).toEqual([]);
}
