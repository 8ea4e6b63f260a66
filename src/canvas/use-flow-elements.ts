import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { indexChart, pathToRoot } from '../model/tree';
import { useChartStore } from '../store/store';
import { selectShownChart } from '../store/shown-chart';
import { selectSearchHits, selectSelectedId } from '../store/selectors';
import { useChartLayout } from '../store/use-chart-layout';
import { createFlowAdapter, type CardNode, type TreeEdge } from './flow-adapter';
import { deriveNodeFacts } from './derive';
import { sameGeometry } from '../store/derive-layout';
import type { Chart } from '../model/schema';
import type { Derived } from './flow-adapter';
import { useT } from '../store/use-t';
import { createPlacesCache, withTreeA11y, type TreeTexts } from './tree-a11y';

const EMPTY = new Set<string>();
const NO_NODES: CardNode[] = [];
const NO_EDGES: TreeEdge[] = [];

/** React Flow nodes and edges for the current chart, reusing unchanged objects between renders. */
export function useFlowElements(enabled = true): { nodes: CardNode[]; edges: TreeEdge[] } {
  const { chart, selectedId, selectedIds, hoveredId, searchHits, locale } = useChartStore(
    useShallow((s) => ({
      locale: s.locale,
      chart: selectShownChart(s),
      selectedId: selectSelectedId(s),
      selectedIds: s.selectedIds,
      hoveredId: s.hoveredId,
      searchHits: selectSearchHits(s),
    })),
  );
  const layout = useChartLayout();
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
  const a11y = useTreeA11y(nodes, chart, selectedId, locale);
  const edges = useMemo(
    () => (enabled ? adapter.edges(chart, layout, pathIds) : NO_EDGES),
    [adapter, chart, layout, pathIds, enabled],
  );
  return { nodes: a11y, edges };
}

/** Cards as a WAI-ARIA tree (see tree-a11y.ts); the roving tab stop is the selection, else the root. */
function useTreeA11y(nodes: CardNode[], chart: Chart, selectedId: string | null, locale: string): CardNode[] {
  const t = useT();
  const [cache] = useState(() => new WeakMap<CardNode, { key: string; out: CardNode }>());
  const [placesOf] = useState(createPlacesCache);
  const places = useMemo(() => (nodes.length ? placesOf(chart) : null), [placesOf, chart, nodes.length]);
  const texts = useMemo<TreeTexts>(
    () => ({
      label: (n) => n.data.node.title,
      description: (n, place) => {
        const state = !n.data.hasChildren
          ? null
          : n.data.hidden > 0
            ? t('cardCollapsed', { n: n.data.hidden })
            : t('cardExpanded');
        const parts = [
          t(`kind_${n.data.node.kind}`),
          t('cardLevel', { level: place.level, pos: place.pos, size: place.size }),
        ];
        return (state ? [...parts, state] : parts).join(t('listSeparator'));
      },
    }),
    [t],
  );
  return useMemo(() => {
    if (!places) return nodes;
    const activeId = selectedId && places.has(selectedId) ? selectedId : indexChart(chart).root.id;
    return withTreeA11y(nodes, places, activeId, texts, locale, cache);
  }, [nodes, places, selectedId, chart, texts, locale, cache]);
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
