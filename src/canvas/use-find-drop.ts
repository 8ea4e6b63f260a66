import { useCallback } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Box } from '../layout/types';
import { useChartStoreApi } from '../store/store';
import { dropZone, siblingAxis, type Drop, type SiblingAxis } from './drop-target';
import type { CardNode } from './flow-adapter';

/** Where a dragged card would land if dropped now: on which card, and as its child or beside it. */
export type DropPlace = { targetId: string; kind: Drop['kind']; box: Box; axis: SiblingAxis };

const boxOf = (n: CardNode): Box => ({
  x: n.position.x,
  y: n.position.y,
  width: n.width ?? 0,
  height: n.height ?? 0,
});

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return Math.max(0, w) * Math.max(0, h);
}

/** One answer for the hint shown while dragging and for the drop itself, so they never disagree. */
export function useFindDrop(): (node: CardNode) => DropPlace | null {
  const flow = useReactFlow<CardNode>();
  const store = useChartStoreApi();
  return useCallback(
    (node) => {
      const dragged = boxOf(node);
      const target = flow
        .getIntersectingNodes(node)
        .filter((n) => n.id !== node.id)
        .sort((a, b) => overlap(dragged, boxOf(b)) - overlap(dragged, boxOf(a)))[0];
      if (!target) return null;
      const box = boxOf(target);
      const parentId = target.data.node.parentId;
      // The root has no siblings: anything dropped on it becomes its child.
      if (parentId === null) return { targetId: target.id, kind: 'child', box, axis: 'x' };
      const { chart } = store.getState();
      const layout = store.layouts.current();
      const siblings = chart.nodes.filter((n) => n.parentId === parentId && n.id !== node.id);
      const at = siblings.findIndex((n) => n.id === target.id);
      const neighbour = siblings[at + 1] ?? siblings[at - 1];
      const axis = siblingAxis(box, neighbour ? layout.nodes.get(neighbour.id) : undefined, chart.direction);
      return { targetId: target.id, kind: dropZone(dragged, box, axis).kind, box, axis };
    },
    [flow, store],
  );
}
