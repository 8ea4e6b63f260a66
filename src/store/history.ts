import type { ChartDoc } from '../model/schema';

/** Enough for an afternoon of edits; documents share unchanged nodes, so a snapshot costs little. */
export const HISTORY_LIMIT = 300;

export type History = { past: ChartDoc[]; future: ChartDoc[] };

export function record(history: History, previous: ChartDoc): History {
  const past = history.past.length >= HISTORY_LIMIT ? history.past.slice(1) : history.past.slice();
  past.push(previous);
  return { past, future: [] };
}

export function stepBack(history: History, current: ChartDoc): (History & { chart: ChartDoc }) | null {
  const chart = history.past.at(-1);
  if (!chart) return null;
  return { chart, past: history.past.slice(0, -1), future: [current, ...history.future] };
}

export function stepForward(history: History, current: ChartDoc): (History & { chart: ChartDoc }) | null {
  const chart = history.future[0];
  if (!chart) return null;
  return { chart, past: [...history.past, current], future: history.future.slice(1) };
}

/**
 * Collapsing is a way of looking, not an edit: keep the folds the user has now when
 * undo/redo brings back an older document.
 */
export function keepFolds(restored: ChartDoc, current: ChartDoc): ChartDoc {
  const folded = new Map<string, boolean | undefined>();
  for (const n of current.nodes) folded.set(n.id, n.collapsed);
  let changed = false;
  const nodes = restored.nodes.map((n) => {
    if (!folded.has(n.id)) return n;
    const c = folded.get(n.id);
    if (Boolean(c) === Boolean(n.collapsed)) return n;
    changed = true;
    return { ...n, collapsed: c };
  });
  return changed ? { ...restored, nodes } : restored;
}
