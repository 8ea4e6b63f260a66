import type { ChartLink, NodeId } from '../model/schema';
import { localText, withText } from '../model/local-text';
import { patchInLanguage, type ShownPatch } from '../model/edit-text';
import {
  addChild,
  addLink,
  addSibling,
  clearPinnedPositions,
  duplicateSubtree,
  extractSubtree,
  moveNode,
  parseClip,
  pasteSubtree,
  recolor,
  removeLink,
  removeNode,
  removeNodes,
  reorderSibling,
  setPinnedPosition,
  updateNode,
  type EditRefusal,
  type EditResult,
  type NodePatch as StoredPatch,
} from '../model/tree-edit';
import { translate, type StringKey } from '../i18n/strings';
import type { GetState, SetState } from './store';
import { selectSelectedId } from './selectors';

/** A change as the user types it: plain strings, written in the chart language. */
export type NodePatch = ShownPatch;

export type EditActions = {
  addChildTo: (parentId: NodeId) => void;
  addSiblingOf: (id: NodeId) => void;
  /** Writes text in the chart language; the other language of each text is kept. */
  updateNodeFields: (id: NodeId, patch: NodePatch) => boolean;
  /** Writes stored (bilingual) fields as they are: the details panel's lists and translations. */
  updateStoredFields: (id: NodeId, patch: StoredPatch) => boolean;
  renameChart: (title: string) => void;
  deleteNode: (id: NodeId, mode: 'subtree' | 'lift') => void;
  deleteSelection: () => void;
  requestDelete: (id: NodeId) => void;
  cancelDelete: () => void;
  moveNodeTo: (id: NodeId, parentId: NodeId, beforeId?: NodeId | null) => boolean;
  reorder: (id: NodeId, delta: -1 | 1) => void;
  duplicate: (id: NodeId) => void;
  copySelection: () => string | null;
  cutSelection: () => string | null;
  pasteText: (text: string) => void;
  recolorSelection: (color: string | undefined) => void;
  addLinkBetween: (source: NodeId, target: NodeId, kind?: ChartLink['kind']) => void;
  removeLinkById: (linkId: string) => void;
  pinPosition: (id: NodeId, position: { x: number; y: number }) => void;
  autoLayout: () => void;
  setDirection: (direction: 'TB' | 'LR') => void;
  setCompact: (compact: boolean) => void;
};

const refusalKey: Record<EditRefusal, StringKey> = {
  cycle: 'cycleRefused',
  root: 'rootRefused',
  'not-found': 'editFailed',
  'empty-title': 'emptyTitle',
  'too-long': 'tooLong',
  'too-many-nodes': 'editFailed',
  invalid: 'editFailed',
};

export function createEditActions(set: SetState, get: GetState): EditActions {
  /** The last copied subtree, so paste works between charts even where the system clipboard is closed to us. */
  let lastClip: string | null = null;
  const apply = (result: EditResult, select = true): boolean => {
    if (!result.ok) {
      get().notify({ id: 'edit-refused', tone: 'warning', key: refusalKey[result.reason] ?? 'editFailed' });
      return false;
    }
    get().commit(result.chart);
    if (select && result.focusId) get().selectNode(result.focusId, { focus: true });
    else get().keepSelectionValid();
    return true;
  };

  return {
    // A new node is named in the language shown only; the other language falls back until translated.
    addChildTo: (parentId) => {
      const { chart, chartLanguage } = get();
      const title = localText(chartLanguage, titleFor(chartLanguage));
      if (apply(addChild(chart, parentId, { title }))) set({ editingId: selectSelectedId(get()) });
    },
    addSiblingOf: (id) => {
      const { chart, chartLanguage } = get();
      const title = localText(chartLanguage, titleFor(chartLanguage));
      if (apply(addSibling(chart, id, { title }))) set({ editingId: selectSelectedId(get()) });
    },
    updateNodeFields: (id, patch) => {
      const { chart, chartLanguage } = get();
      const node = chart.nodes.find((n) => n.id === id);
      if (!node) return false;
      return apply(updateNode(chart, id, patchInLanguage(node, patch, chartLanguage)), false);
    },
    updateStoredFields: (id, patch) => apply(updateNode(get().chart, id, patch), false),
    renameChart: (title) => {
      const trimmed = title.trim();
      const { chart, chartLanguage } = get();
      if (!trimmed || trimmed === chart.title[chartLanguage]) return;
      get().commit({ ...chart, title: withText(chart.title, chartLanguage, trimmed.slice(0, 200)) });
    },
    deleteNode: (id, mode) => {
      set({ pendingDelete: null });
      apply(removeNode(get().chart, id, mode), false);
    },
    deleteSelection: () => {
      const { selectedIds: ids, chart } = get();
      if (ids.length === 0) return;
      if (ids.length === 1) return get().requestDelete(ids[0]!);
      apply(removeNodes(chart, ids), false);
    },
    requestDelete: (id) => {
      const { chart } = get();
      const node = chart.nodes.find((n) => n.id === id);
      if (!node) return;
      if (node.parentId === null) {
        get().notify({ id: 'edit-refused', tone: 'warning', key: 'rootRefused' });
        return;
      }
      const hasChildren = chart.nodes.some((n) => n.parentId === id);
      if (hasChildren) set({ pendingDelete: id });
      else get().deleteNode(id, 'subtree');
    },
    cancelDelete: () => set({ pendingDelete: null }),
    moveNodeTo: (id, parentId, beforeId) => apply(moveNode(get().chart, id, parentId, beforeId), false),
    reorder: (id, delta) => apply(reorderSibling(get().chart, id, delta), false),
    duplicate: (id) => apply(duplicateSubtree(get().chart, id)),
    copySelection: () => {
      const { chart } = get();
      const selectedId = selectSelectedId(get());
      if (!selectedId) return null;
      lastClip = JSON.stringify(extractSubtree(chart, selectedId));
      return lastClip;
    },
    cutSelection: () => {
      const { chart } = get();
      const selectedId = selectSelectedId(get());
      const node = selectedId ? chart.nodes.find((n) => n.id === selectedId) : undefined;
      if (!node) return null;
      if (node.parentId === null) {
        get().notify({ id: 'edit-refused', tone: 'warning', key: 'rootRefused' });
        return null;
      }
      const text = get().copySelection();
      get().deleteNode(node.id, 'subtree');
      return text;
    },
    pasteText: (text) => {
      const clip = parseClip(text) ?? (lastClip && text === '' ? parseClip(lastClip) : null);
      if (!clip) {
        // Not chart nodes: perhaps cells from a spreadsheet or an outline (their reader loads on demand).
        void import('../export/structured-input').then(({ readPastedText }) => {
          const input = readPastedText(text, translate(get().locale, 'pastedCells'));
          if (input) void get().openStructured(input);
          else get().notify({ id: 'paste', tone: 'warning', key: 'pasteNotChart' });
        });
        return;
      }
      const { chart } = get();
      const root = chart.nodes.find((n) => n.parentId === null);
      const parentId = selectSelectedId(get()) ?? root?.id;
      if (parentId) apply(pasteSubtree(chart, parentId, clip));
    },
    recolorSelection: (color) => {
      const { selectedIds: ids, chart } = get();
      if (ids.length > 0) apply(recolor(chart, ids, color), false);
    },
    addLinkBetween: (source, target, kind = 'works-with') => {
      set({ linkSourceId: null });
      if (source !== target) apply(addLink(get().chart, source, target, kind), false);
    },
    removeLinkById: (linkId) => apply(removeLink(get().chart, linkId), false),
    pinPosition: (id, position) => apply(setPinnedPosition(get().chart, id, position), false),
    autoLayout: () => {
      const { chart, commit } = get();
      const next = clearPinnedPositions(chart);
      if (next !== chart) commit(next);
      set((s) => ({ fitRequest: s.fitRequest + 1 }));
    },
    setDirection: (direction) => {
      const { chart, commit } = get();
      if (chart.direction !== direction) commit({ ...clearPinnedPositions(chart), direction });
      set((s) => ({ fitRequest: s.fitRequest + 1 }));
    },
    setCompact: (compact) => {
      const { chart, commit } = get();
      if (chart.compact !== compact) commit({ ...chart, compact });
      set((s) => ({ fitRequest: s.fitRequest + 1 }));
    },
  };
}

const titleFor = (locale: string) => (locale === 'en' ? 'New function' : '新职能');
