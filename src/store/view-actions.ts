import type { Locale, NodeId } from '../model/schema';
import { ancestorsToExpand, collapseToLevel, indexChart, setAllCollapsed } from '../model/tree';
import { updateNode } from '../model/tree-edit';
import { neighbour, type Arrow } from './navigate';
import { selectSelectedId } from './selectors';
import type { GetState, SetState } from './store';

export type ViewActions = {
  selectNode: (id: NodeId | null, options?: { focus?: boolean; additive?: boolean; open?: boolean }) => void;
  selectMany: (ids: NodeId[]) => void;
  keepSelectionValid: () => void;
  keepSelectionVisible: () => void;
  openPanel: (id?: NodeId) => void;
  closePanel: () => void;
  escape: () => void;
  hoverNode: (id: NodeId | null) => void;
  startEditing: (id: NodeId) => void;
  stopEditing: () => void;
  setSearchQuery: (query: string) => void;
  revealNode: (id: NodeId) => void;
  toggleCollapse: (id: NodeId) => void;
  collapseAll: () => void;
  expandAll: () => void;
  expandToLevel: (level: number) => void;
  navigate: (arrow: Arrow) => void;
  requestFit: () => void;
  setLocale: (locale: Locale) => void;
  startLink: (id: NodeId) => void;
  openExport: () => void;
  closeExport: () => void;
};

export function createViewActions(set: SetState, get: GetState): ViewActions {
  const focus = (id: NodeId) =>
    set((s) => ({ focusRequest: { id, nonce: (s.focusRequest?.nonce ?? 0) + 1 } }));

  return {
    selectNode: (id, options = {}) => {
      const s = get();
      if (id && s.linkSourceId && s.linkSourceId !== id) return s.addLinkBetween(s.linkSourceId, id);
      if (id === null) return set({ selectedIds: [], panelOpen: false, editingId: null });
      if (options.additive) {
        const has = s.selectedIds.includes(id);
        return set({ selectedIds: has ? s.selectedIds.filter((x) => x !== id) : [...s.selectedIds, id] });
      }
      set({ selectedIds: [id], ...(options.open ? { panelOpen: true } : {}) });
      if (options.focus) focus(id);
    },
    selectMany: (ids) => set({ selectedIds: ids }),
    keepSelectionValid: () => {
      const { chart, selectedIds } = get();
      const ids = indexChart(chart).byId;
      const kept = selectedIds.filter((id) => ids.has(id));
      if (kept.length === selectedIds.length) return;
      // The node the panel showed is gone: the panel closes rather than jump to another.
      const primaryGone = !ids.has(selectedIds.at(-1)!);
      set({ selectedIds: kept, ...(primaryGone ? { panelOpen: false } : {}) });
    },
    keepSelectionVisible: () => {
      const { chart } = get();
      const selectedId = selectSelectedId(get());
      if (!selectedId) return;
      const hiddenBy = ancestorsToExpand(indexChart(chart), selectedId)[0];
      if (hiddenBy) set({ selectedIds: [hiddenBy.id] });
    },
    openPanel: (id) => {
      const target = id ?? selectSelectedId(get());
      if (target) set({ selectedIds: [target], panelOpen: true });
    },
    closePanel: () => set({ panelOpen: false }),
    escape: () => {
      const s = get();
      if (s.exportOpen) return set({ exportOpen: false });
      if (s.linkSourceId) return set({ linkSourceId: null });
      if (s.pendingDelete) return set({ pendingDelete: null });
      if (s.panelOpen) return set({ panelOpen: false });
      set({ selectedIds: [] });
    },
    hoverNode: (id) => {
      if (get().hoveredId !== id) set({ hoveredId: id });
    },
    startEditing: (id) => set({ editingId: id, selectedIds: [id] }),
    stopEditing: () => set({ editingId: null }),
    setSearchQuery: (query) => set({ searchQuery: query }),
    revealNode: (id) => {
      const s = get();
      const closed = ancestorsToExpand(indexChart(s.chart), id);
      let chart = s.chart;
      for (const ancestor of closed) {
        const r = updateNode(chart, ancestor.id, { collapsed: false });
        if (r.ok) chart = r.chart;
      }
      if (chart !== s.chart) s.commit(chart, { history: 'skip' });
      get().selectNode(id, { focus: true });
    },
    toggleCollapse: (id) => {
      const s = get();
      const node = s.chart.nodes.find((n) => n.id === id);
      if (!node) return;
      const r = updateNode(s.chart, id, { collapsed: !node.collapsed });
      if (r.ok) s.commit(r.chart, { history: 'skip' });
      get().keepSelectionVisible();
    },
    collapseAll: () => {
      const s = get();
      s.commit(setAllCollapsed(s.chart, true), { history: 'skip' });
      const root = get().chart.nodes.find((n) => n.parentId === null);
      if (root) get().selectNode(root.id);
      get().requestFit();
    },
    expandAll: () => {
      const s = get();
      s.commit(setAllCollapsed(s.chart, false), { history: 'skip' });
      get().requestFit();
    },
    expandToLevel: (level) => {
      const s = get();
      s.commit(collapseToLevel(s.chart, level), { history: 'skip' });
      get().keepSelectionVisible();
      get().requestFit();
    },
    navigate: (arrow) => {
      const s = get();
      const index = indexChart(s.chart);
      const selectedId = selectSelectedId(s);
      const from = selectedId ?? index.root?.id;
      if (!from) return;
      const to = selectedId ? neighbour(index, from, arrow, s.chart.direction) : from;
      if (to) get().selectNode(to, { focus: true });
    },
    requestFit: () => set((s) => ({ fitRequest: s.fitRequest + 1 })),
    // The UI language always takes the chart along (the document holds both languages);
    // the chart language alone can be set apart with setChartLanguage.
    setLocale: (locale) => {
      if (get().locale !== locale) set({ locale });
      get().setChartLanguage(locale);
    },
    startLink: (id) => set({ linkSourceId: id }),
    openExport: () => set({ exportOpen: true }),
    closeExport: () => set({ exportOpen: false }),
  };
}
