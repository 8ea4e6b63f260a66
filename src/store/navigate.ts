import type { ChartIndex } from '../model/tree';
import type { AnyChart } from '../model/tree-map';
import { childrenOf } from '../model/tree';
import type { Direction, NodeId } from '../model/schema';

export type Arrow = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

type Move = 'parent' | 'child' | 'previous' | 'next';

/** Arrow keys follow the picture: towards the root is "up" top-down and "left" left-right. */
const moves: Record<Direction, Record<Arrow, Move>> = {
  TB: { ArrowUp: 'parent', ArrowDown: 'child', ArrowLeft: 'previous', ArrowRight: 'next' },
  LR: { ArrowLeft: 'parent', ArrowRight: 'child', ArrowUp: 'previous', ArrowDown: 'next' },
};

export function neighbour<C extends AnyChart>(
  index: ChartIndex<C>,
  id: NodeId,
  arrow: Arrow,
  direction: Direction,
): NodeId | null {
  const node = index.byId.get(id);
  if (!node) return null;
  switch (moves[direction][arrow]) {
    case 'parent':
      return node.parentId;
    case 'child':
      return node.collapsed ? null : (childrenOf(index, id)[0]?.id ?? null);
    case 'previous':
    case 'next': {
      if (node.parentId === null) return null;
      const siblings = childrenOf(index, node.parentId);
      const at = siblings.findIndex((n) => n.id === id);
      const step = moves[direction][arrow] === 'next' ? 1 : -1;
      return siblings[at + step]?.id ?? null;
    }
  }
}
