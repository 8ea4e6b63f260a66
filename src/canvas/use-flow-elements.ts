import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { indexChart, pathToRoot } from '../model/tree';
import { useChartStore } from '../store/store';
import { selectShownChart } from '../store/shown-chart';
import { createFlowAdapter, type CardNode, type TreeEdge } from './flow-adapter';
import { deriveNodeFacts } from './derive';
import { sameGeometry } from '../store/derive-layout';
import type { Chart } from '../model/schema';
import type { Derived } from './flow-adapter';

const EMPTY = new Set<string>();
const NO_NODES: CardNode[] = [];
const NO_EDGES: TreeEdge[] = [];

/** React Flow nodes and edges for the current chart, reusing unchanged objects between renders. */
export function useFlowElements(enabled = true): { nodes: CardNode[]; edges: TreeEdge[] } {
  const { chart, layout, selectedId, selectedIds, hoveredId, searchHits } = useChartStore(
    useShallow((s) => ({
      chart: selectShownChart(s),
      layout: s.layout,
      selectedId: s.selectedId,
      selectedIds: s.selectedIds,
      hoveredId: s.hoveredId,
      searchHits: s.searchHits,
    })),
  );
  const [factsCache] = useState(createFactsCache);
  const facts = useMemo(() => (enabled ? factsCache(chart) : null), [factsCache, chart, enabled]);
  const focusId = hoveredId ?? selectedId;
  const pathIds = useMemo(() => {
    if (!focusId) return EMPTY;
    const index = indexChart(chart);
    if (!index.byId.has(focusId)) return EMPTY;
    return new Set(pathToRoot(index, focusId).map((n) => n.id));
  }, [chart, focusId]);
  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);
  const matches = useMemo(
    () => (searchHits.length ? new Set(searchHits.map((h) => h.id)) : EMPTY),
    [searchHits],
  );

  const [adapter] = useState(createFlowAdapter);
  const nodes = useMemo(
    () =>
      facts
        ? adapter.nodes(chart, layout, facts, { selectedIds: selected, pathIds, matchIds: matches })
        : NO_NODES,
    [adapter, chart, layout, facts, selected, pathIds, matches],
  );
  const edges = useMemo(
    () => (enabled ? adapter.edges(chart, layout, pathIds) : NO_EDGES),
    [adapter, chart, layout, pathIds, enabled],
  );
  return { nodes, edges };
}

/** Tones, child counts and subtree sizes change only with the tree's shape, not with its text. */
function createFactsCache() {
  let last: { chart: Chart; facts: Derived } | null = null;
  return (chart: Chart): Derived => {
    if (last && sameGeometry(last.chart, chart)) {
      last = { chart, facts: last.facts };
      return last.facts;
    }
    last = { chart, facts: deriveNodeFacts(chart) };
    return last.facts;
  };
}
