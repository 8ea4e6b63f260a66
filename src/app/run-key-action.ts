import { indexChart } from '../model/tree';
import { lastShown } from '../store/interaction-actions';
import { neighbour } from '../store/navigate';
import type { State } from '../store/store';
import { selectSelectedId } from '../store/selectors';
import { isArrow, type KeyAction } from './key-map';
import { openFromFile, saveToFile } from '../panels/file-commands-lazy';
import { importFile } from '../panels/ImportButton';
import { CANVAS_SELECTOR, cardElement, chartTabStop } from './focus-place';

/** Where a keyboard-opened card menu appears: just inside the card's top-left corner. */
function menuPoint(id: string): { x: number; y: number } {
  const box = cardElement(id)?.getBoundingClientRect();
  return box ? { x: box.left + 16, y: box.top + 24 } : { x: 16, y: 64 };
}

/**
 * Does what a key's action says. Chart actions act on the focused card (the selection);
 * moves hand keyboard focus to the card they reach.
 */
export function runKeyAction(
  action: KeyAction,
  key: string,
  get: () => State,
  focusedId: string | null = null,
): void {
  const s = get();
  const focusCard = (to: string) => {
    s.focusCard(to);
    // Not on screen yet: the canvas holds focus (and keeps the keys) while the card glides in.
    if (!cardElement(to))
      document.querySelector<HTMLElement>(CANVAS_SELECTOR)?.focus({ preventScroll: true });
  };
  const index = indexChart(s.chart);
  // The card with keyboard focus is the one acted on; else the selection.
  const selectedId = selectSelectedId(s);
  const picked = focusedId ?? selectedId;
  const current = picked && index.byId.has(picked) ? picked : null;
  if (current && current !== selectedId && action !== 'escape') s.selectNode(current);
  const id = current ?? index.root.id;
  switch (action) {
    case 'addChild':
      return s.addChildTo(id);
    case 'addSibling':
      // The root has no siblings: Enter there adds a child, as outliners do.
      return index.byId.get(id)?.parentId === null ? s.addChildTo(id) : s.addSiblingOf(id);
    case 'openDetails':
      return s.openPanel(id);
    case 'rename':
      return s.startEditing(id);
    case 'deleteSelection': {
      const parentId = index.byId.get(id)?.parentId ?? null;
      if (!current) return;
      s.deleteSelection();
      // A leaf went at once: the keyboard carries on from its parent instead of from nowhere.
      if (parentId !== null && !get().chart.nodes.some((n) => n.id === id)) focusCard(parentId);
      return;
    }
    case 'duplicate':
      return current ? s.duplicate(current) : undefined;
    case 'navigate': {
      if (!isArrow(key)) return;
      if (!current) return focusCard(id);
      const to = neighbour(index, id, key, s.chart.direction);
      if (to) return focusCard(to);
      // Towards the children of a folded card: unfold it first, as a tree does.
      if (index.byId.get(id)?.collapsed && isTowardsChildren(key, s.chart.direction)) s.toggleCollapse(id);
      return;
    }
    case 'reorder':
      if (current) s.reorder(current, key === 'ArrowUp' || key === 'ArrowLeft' ? -1 : 1);
      return;
    case 'first':
      return focusCard(index.root.id);
    case 'last':
      return focusCard(lastShown(index));
    case 'expandSiblings':
      return s.expandSiblings(id);
    case 'contextMenu':
      return s.openCardMenu({ id, ...menuPoint(id) });
    case 'escape':
      s.escape();
      // Closing the panel from inside it drops focus on the page: the chart takes it back.
      requestAnimationFrame(() => {
        if (document.activeElement === document.body) chartTabStop()?.focus({ preventScroll: true });
      });
      return;
    case 'switchPane': {
      const inChart = document.activeElement?.closest(CANVAS_SELECTOR);
      const heading = document.getElementById('details-heading');
      if (inChart && heading) heading.focus();
      else
        (chartTabStop() ?? document.querySelector<HTMLElement>(CANVAS_SELECTOR))?.focus({
          preventScroll: true,
        });
      return;
    }
    case 'undo':
      return s.undo();
    case 'redo':
      return s.redo();
    case 'export':
      return s.openExport();
    case 'saveFile':
      return void saveToFile(get);
    case 'saveFileAs':
      return void saveToFile(get, { as: true });
    case 'openFile':
      return void openFromFile(
        get,
        () => document.querySelector<HTMLInputElement>('input[data-open-file]')?.click(),
        (file) => importFile({ getState: get }, file),
      );
    case 'search':
      document.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
      return;
    case 'shortcuts':
      return s.openShortcuts();
    case 'copy':
    case 'cut':
    case 'paste':
      // These arrive as clipboard events (see use-keyboard.ts).
      return;
  }
}

function isTowardsChildren(key: string, direction: 'TB' | 'LR'): boolean {
  return direction === 'TB' ? key === 'ArrowDown' : key === 'ArrowRight';
}
