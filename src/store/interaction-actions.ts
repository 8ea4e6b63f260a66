import type { NodeId } from '../model/schema';
import { childrenOf, indexChart, type ChartIndex } from '../model/tree';
import { updateNode } from '../model/tree-edit';
import type { AnyChart } from '../model/tree-map';
import type { GetState, SetState } from './store';

/** Where the card menu opens: the card it acts on and the point (client pixels) it opens at. */
export type CardMenuAt = { id: NodeId; x: number; y: number };

export type InteractionSlice = {
  cardMenu: CardMenuAt | null;
  shortcutsOpen: boolean;
  /**
   * A card that should take keyboard focus as soon as it is on screen: React Flow mounts
   * only visible cards, so a card reached by the keyboard may first need to glide into view.
   */
  cardFocus: { id: NodeId; nonce: number } | null;
};

export type InteractionActions = {
  openCardMenu: (at: CardMenuAt) => void;
  closeCardMenu: () => void;
  openShortcuts: () => void;
  closeShortcuts: () => void;
  /** Select a card, bring it into view and give it keyboard focus. */
  focusCard: (id: NodeId) => void;
  clearCardFocus: () => void;
  /** The WAI-ARIA tree's `*`: expand every sibling of the node (and the node). */
  expandSiblings: (id: NodeId) => void;
};

export const initialInteraction = (): InteractionSlice => ({
  cardMenu: null,
  shortcutsOpen: false,
  cardFocus: null,
});

/** The last card in reading order that is not folded away (the tree pattern's End). */
export function lastShown<C extends AnyChart>(index: ChartIndex<C>): NodeId {
  let node = index.root;
  for (let guard = 0; guard <= index.byId.size; guard++) {
    const kids = node.collapsed ? [] : childrenOf(index, node.id);
    const last = kids.at(-1);
    if (!last) break;
    node = last;
  }
  return node.id;
}

export function createInteractionActions(set: SetState, get: GetState): InteractionActions {
  return {
    openCardMenu: (at) => {
      get().selectNode(at.id);
      set({ cardMenu: at });
    },
    closeCardMenu: () => set({ cardMenu: null }),
    openShortcuts: () => set({ shortcutsOpen: true }),
    closeShortcuts: () => set({ shortcutsOpen: false }),
    focusCard: (id) => {
      get().selectNode(id, { focus: true });
      set((s) => ({ cardFocus: { id, nonce: (s.cardFocus?.nonce ?? 0) + 1 } }));
    },
    clearCardFocus: () => set({ cardFocus: null }),
    expandSiblings: (id) => {
      const s = get();
      const index = indexChart(s.chart);
      const parentId = index.byId.get(id)?.parentId;
      const siblings = parentId == null ? [index.root] : childrenOf(index, parentId);
      let chart = s.chart;
      for (const node of siblings) {
        if (!node.collapsed) continue;
        const r = updateNode(chart, node.id, { collapsed: false });
        if (r.ok) chart = r.chart;
      }
      // Folding is a view choice, not an edit: no undo step, as with the fold buttons.
      if (chart !== s.chart) s.commit(chart, { history: 'skip' });
    },
  };
}
