import { describe, expect, it } from 'vitest';
import { toFlowNodes, type CardNode } from '../../../src/canvas/flow-adapter';
import { deriveNodeFacts } from '../../../src/canvas/derive';
import { createPlacesCache, treePlaces, withTreeA11y, type TreeTexts } from '../../../src/canvas/tree-a11y';
import { templateChart } from '../../../src/model/templates';
import { localizeChart } from '../../../src/model/localize-chart';
import { layoutOf } from '../../../src/store/derive-layout';
import { indexChart } from '../../../src/model/tree';
import { lastShown } from '../../../src/store/interaction-actions';
import { mapNodes, withCollapsed } from '../../../src/model/tree-map';
import type { Chart } from '../../../src/model/schema';

const NONE = new Set<string>();
/** The chart as shown with one card folded. */
const fold = (chart: Chart, id: string): Chart =>
  mapNodes(chart, (n) => (n.id === id ? withCollapsed(n, true) : n));
const texts: TreeTexts = {
  label: (n) => n.data.node.title,
  description: (n, p) => `${n.data.node.kind} ${p.level} ${p.pos}/${p.size}`,
};

function cards(chart: Chart, selected: string[] = []): CardNode[] {
  return toFlowNodes(
    chart,
    layoutOf(chart),
    deriveNodeFacts(chart),
    { selectedIds: new Set(selected), pathIds: NONE, matchIds: NONE },
    new Map(),
  );
}

describe('the chart as a WAI-ARIA tree', () => {
  const chart = localizeChart(templateChart('default'), 'zh-CN');
  const places = treePlaces(chart);

  it('gives each node its level, place among siblings and sibling count', () => {
    expect(places.get('root')).toEqual({ level: 1, pos: 1, size: 1 });
    const index = indexChart(chart);
    for (const node of chart.nodes) {
      if (node.parentId === null) continue;
      const siblings = index.childrenOf.get(node.parentId)!;
      const place = places.get(node.id)!;
      expect(place.size).toBe(siblings.length);
      expect(siblings[place.pos - 1]!.id).toBe(node.id);
      expect(place.level).toBe(places.get(node.parentId)!.level + 1);
    }
  });

  it('keeps the places through a text edit and recomputes them when a node moves', () => {
    const placesOf = createPlacesCache();
    const first = placesOf(chart);
    const renamed = mapNodes(chart, (n) => (n.id === chart.nodes[3]!.id ? { ...n, title: 'x' } : n));
    expect(placesOf(renamed)).toBe(first);
    // The last child becomes the root's child: its level and its old siblings' count change.
    const leaf = chart.nodes.at(-1)!;
    const moved = mapNodes(chart, (n) => (n.id === leaf.id ? { ...n, parentId: 'root' } : n));
    const after = placesOf(moved);
    expect(after).not.toBe(first);
    expect(after.get(leaf.id)?.level).toBe(2);
  });

  it('makes cards treeitems with one tab stop, expanded state and no React Flow help text', () => {
    const out = withTreeA11y(cards(chart), places, 'acquisition', texts, 'zh-CN', new WeakMap());
    expect(out.every((n) => n.ariaRole === 'treeitem')).toBe(true);
    expect(out.filter((n) => n.domAttributes?.tabIndex === 0).map((n) => n.id)).toEqual(['acquisition']);
    const root = out.find((n) => n.id === 'root')!;
    expect(root.domAttributes).toMatchObject({ 'aria-level': 1, 'aria-expanded': true, tabIndex: -1 });
    expect(root.domAttributes?.['aria-describedby']).toBeUndefined();
    const leaf = out.find((n) => n.id === 'plat-membership')!;
    expect(leaf.domAttributes?.['aria-expanded']).toBeUndefined();
    expect(leaf.ariaLabel).toBe('会员运营');
  });

  it('a folded card says collapsed', () => {
    const r = { chart: fold(chart, 'platform-ops') };
    const out = withTreeA11y(cards(r.chart), treePlaces(r.chart), null, texts, 'zh-CN', new WeakMap());
    expect(out.find((n) => n.id === 'platform-ops')?.domAttributes?.['aria-expanded']).toBe(false);
  });

  it('moving the tab stop renews only the two cards involved', () => {
    const input = cards(chart);
    const cache = new WeakMap();
    const before = withTreeA11y(input, places, 'root', texts, 'zh-CN', cache);
    const again = withTreeA11y(input, places, 'root', texts, 'zh-CN', cache);
    expect(again.every((n, i) => n === before[i])).toBe(true);
    const moved = withTreeA11y(input, places, 'acquisition', texts, 'zh-CN', cache);
    const renewed = moved.filter((n, i) => n !== before[i]).map((n) => n.id);
    expect(renewed.sort()).toEqual(['acquisition', 'root']);
  });

  it('End reaches the last card not folded away', () => {
    const index = indexChart(chart);
    const last = lastShown(index);
    const byOrder = [...index.childrenOf.get('root')!].at(-1)!;
    expect(last === byOrder.id || index.byId.get(last)!.parentId !== null).toBe(true);
    expect(index.childrenOf.get(last) ?? []).toEqual([]);
    const folded = { chart: fold(chart, byOrder.id) };
    expect(lastShown(indexChart(folded.chart))).toBe(byOrder.id);
  });
});
