import type { ChartDoc, NodeId } from '../model/schema';
import { searchNodes } from '../model/tree';
import type { SearchHit } from './types';

const NO_HITS: SearchHit[] = [];
// A memo keyed on the document (immutable, as with `indexChart`): the last query asked of it.
const hitsCache = new WeakMap<ChartDoc, { query: string; hits: SearchHit[] }>();

/**
 * What the search box lists and the canvas highlights: derived from the document and the
 * query, so a deleted or renamed node is never offered as a match. The same array comes
 * back until either changes, so it is a stable zustand selector.
 */
export function selectSearchHits(s: { chart: ChartDoc; searchQuery: string }): SearchHit[] {
  if (!s.searchQuery.trim()) return NO_HITS;
  const cached = hitsCache.get(s.chart);
  if (cached?.query === s.searchQuery) return cached.hits;
  const hits = searchNodes(s.chart, s.searchQuery, 50);
  hitsCache.set(s.chart, { query: s.searchQuery, hits });
  return hits;
}

/**
 * "The selected node" — what the details panel shows, arrows move from, and copy, add and
 * the card menu act on — is the one selected last: a plain click selects one node, a
 * Shift/Ctrl-click adds one at the end.
 */
export const selectSelectedId = (s: { selectedIds: readonly NodeId[] }): NodeId | null =>
  s.selectedIds.at(-1) ?? null;
