import { describe, expect, it } from 'vitest';
import {
  createFlowAdapter,
  sameTreeShape,
  toFlowEdges,
  toFlowNodes,
  type CardNode,
  type ViewFlags,
} from '../../../src/canvas/flow-adapter';
import { deriveNodeFacts } from '../../../src/canvas/derive';
import { generateChart } from '../../../src/model/generate-chart';
import type { Chart } from '../../../src/model/schema';
import { moveNode, updateNode } from '../../../src/model/tree-edit';
import { layoutFor, layoutOf } from '../../../src/store/derive-layout';
import { docOf, show, storedOf } from '../model/doc-of';
import { templateChart } from '../../../src/model/templates';
import { localizeChart } from '../../../src/model/localize-chart';
import type { ChartLayout } from '../../../src/layout/types';

const NONE = new Set<string>();
const flags = (over: Partial<ViewFlags> = {}): ViewFlags => ({
  selectedIds: NONE,
  pathIds: NONE,
  matchIds: NONE,
  ...over,
});

// Charts are shown from stored documents, as in the app, so edits go through the document.
function edited(chart: Chart, id: string, title: string): Chart {
  const r = updateNode(storedOf(chart), id, { title: { 'zh-CN': title } });
  if (!r.ok) throw new Error(r.reason);
  return show(r.chart);
}

/** Ids whose flow object is not the very same one as before. */
function renewed<T extends { id: string }>(before: readonly T[], after: readonly T[]): string[] {
  const old = new Map(before.map((x) => [x.id, x]));
  return after.filter((x) => old.get(x.id) !== x).map((x) => x.id);
}

describe('flow adapter on a 2,000-node chart', () => {
  const chart = show(docOf(generateChart(2000, 7)));
  const layout = layoutFor(chart);

  it('draws every node and one tree edge per non-root node', () => {
    const adapter = createFlowAdapter();
    expect(adapter.nodes(chart, layout, deriveNodeFacts(chart), flags())).toHaveLength(2000);
    expect(adapter.edges(chart, layout, NONE)).toHaveLength(1999);
  });

  it('after a title edit, hands back the same object for every node but the edited one', () => {
    const adapter = createFlowAdapter();
    const first = adapter.nodes(chart, layout, deriveNodeFacts(chart), flags());
    const firstEdges = adapter.edges(chart, layout, NONE);
    const next = edited(chart, 'n1234', 'Renamed');
    const nextLayoutObj = layoutFor(next, chart);
    expect(nextLayoutObj).toBe(layout);
    const second = adapter.nodes(next, nextLayoutObj, deriveNodeFacts(next), flags());
    expect(renewed(first, second)).toEqual(['n1234']);
    expect(second.find((n) => n.id === 'n1234')?.data.node.title).toBe('Renamed');
    expect(renewed(firstEdges, adapter.edges(next, nextLayoutObj, NONE))).toEqual([]);
  });

  it('a selection change touches only the nodes selected and deselected', () => {
    const adapter = createFlowAdapter();
    const facts = deriveNodeFacts(chart);
    const first = adapter.nodes(chart, layout, facts, flags({ selectedIds: new Set(['n10']) }));
    const second = adapter.nodes(chart, layout, facts, flags({ selectedIds: new Set(['n500']) }));
    expect(renewed(first, second).sort()).toEqual(['n10', 'n500']);
    expect(second.find((n) => n.id === 'n500')?.selected).toBe(true);
    expect(second.find((n) => n.id === 'n10')?.selected).toBe(false);
    const third = adapter.nodes(chart, layout, facts, flags({ selectedIds: new Set(['n500']) }));
    expect(renewed(second, third)).toEqual([]);
  });

  it('highlighting a path renews only the nodes and edges on it', () => {
    const adapter = createFlowAdapter();
    const facts = deriveNodeFacts(chart);
    const first = adapter.nodes(chart, layout, facts, flags());
    const firstEdges = adapter.edges(chart, layout, NONE);
    const path = new Set(['n0', 'n1', 'n3', 'n40']);
    expect(renewed(first, adapter.nodes(chart, layout, facts, flags({ pathIds: path }))).sort()).toEqual(
      [...path].sort(),
    );
    const edges = adapter.edges(chart, layout, path);
    const onPath = edges.filter((e) => e.data?.onPath).map((e) => e.id);
    expect(renewed(firstEdges, edges).sort()).toEqual(onPath.sort());
    expect(onPath.length).toBeGreaterThan(0);
  });

  it('a line moved under the same layout object and links is still redrawn', () => {
    // Guards the text-edit shortcut in `edges`: the tree's shape, not the layout object, decides.
    const adapter = createFlowAdapter();
    const firstEdges = adapter.edges(chart, layout, NONE);
    const renamed = { ...chart, nodes: chart.nodes.map((n) => (n.id === 'n77' ? { ...n, title: 'R' } : n)) };
    expect(adapter.edges(renamed, layout, NONE)).toBe(firstEdges);
    const moved = {
      ...chart,
      nodes: chart.nodes.map((n) => (n.id === 'n1500' ? { ...n, parentId: 'n2' } : n)),
    };
    const edges = adapter.edges(moved, layout, NONE);
    expect(edges).not.toBe(firstEdges);
    expect(edges.find((e) => e.id === 'tree:n1500')?.source).toBe('n2');
  });

  it('a move renews the moved edge and keeps the edges that did not change', () => {
    const adapter = createFlowAdapter();
    const firstEdges = adapter.edges(chart, layout, NONE);
    const target = chart.nodes.find((n) => n.id === 'n1500')!;
    const r = moveNode(storedOf(chart), 'n1500', 'n2');
    if (!r.ok) throw new Error(r.reason);
    const moved = show(r.chart);
    const edges = adapter.edges(moved, layoutFor(moved, chart), NONE);
    const changed = renewed(firstEdges, edges);
    expect(changed).toContain('tree:n1500');
    expect(changed.length).toBeLessThan(10);
    expect(edges.find((e) => e.id === 'tree:n1500')?.source).toBe('n2');
    expect(target.parentId).not.toBe('n2');
  });
});

describe('sameTreeShape', () => {
  const chart = show(docOf(generateChart(30, 3)));
  it.each([
    ['the same list', (c: Chart) => c.nodes, true],
    ['a retitled node', (c: Chart) => c.nodes.map((n, i) => (i === 5 ? { ...n, title: 'x' } : n)), true],
    [
      'a moved node',
      (c: Chart) => c.nodes.map((n, i) => (i === 5 ? { ...n, parentId: 'elsewhere' } : n)),
      false,
    ],
    ['a removed node', (c: Chart) => c.nodes.slice(0, -1), false],
    [
      'two swapped siblings',
      (c: Chart) => [c.nodes[0]!, c.nodes[2]!, c.nodes[1]!, ...c.nodes.slice(3)],
      false,
    ],
  ])('%s → %s', (_name, change, same) => {
    expect(sameTreeShape(chart.nodes, change(chart))).toBe(same);
  });
});

describe('toFlowNodes', () => {
  const chart = show(docOf(generateChart(30, 3)));
  const layout = layoutOf(chart);
  const facts = deriveNodeFacts(chart);

  it('builds new objects when there is nothing to reuse', () => {
    const nodes = toFlowNodes(chart, layout, facts, flags(), new Map());
    expect(nodes.map((n) => n.id)).toEqual(chart.nodes.map((n) => n.id));
    expect(
      nodes.every((n) => n.type === 'card' && n.data.node === chart.nodes.find((c) => c.id === n.id)),
    ).toBe(true);
  });

  it('renews a node whose placed box changed size', () => {
    const first = toFlowNodes(chart, layout, facts, flags(), new Map());
    const placed = layout.nodes.get('n5')!;
    const resized: ChartLayout = {
      ...layout,
      nodes: new Map(layout.nodes).set('n5', { ...placed, height: placed.height + 40 }),
    };
    const previous = new Map<string, CardNode>(first.map((n) => [n.id, n]));
    const second = toFlowNodes(chart, resized, facts, flags(), previous);
    expect(renewed(first, second)).toEqual(['n5']);
    expect(second.find((n) => n.id === 'n5')?.height).toBe(placed.height + 40);
  });

  it('leaves out nodes that the layout hides (inside a fold)', () => {
    const r = updateNode(storedOf(chart), 'n1', { collapsed: true });
    if (!r.ok) throw new Error(r.reason);
    const folded = show(r.chart);
    const foldedLayout = layoutOf(folded);
    const nodes = toFlowNodes(folded, foldedLayout, deriveNodeFacts(folded), flags(), new Map());
    expect(nodes).toHaveLength(foldedLayout.nodes.size);
    expect(nodes.find((n) => n.id === 'n1')?.data.hidden).toBeGreaterThan(0);
    const edges = toFlowEdges(folded, foldedLayout, NONE, new Map());
    expect(edges.every((e) => foldedLayout.nodes.has(e.source) && foldedLayout.nodes.has(e.target))).toBe(
      true,
    );
  });
});

describe('a direction or compact switch', () => {
  const base = localizeChart(templateChart('default'), 'en');
  const variants: [Chart['direction'], boolean][] = [
    ['TB', false],
    ['LR', false],
    ['TB', true],
    ['LR', true],
  ];

  it.each(variants.flatMap((from) => variants.filter((to) => to !== from).map((to) => [from, to])))(
    'from %j to %j draws every edge exactly as a fresh load does',
    (from, to) => {
      const before: Chart = { ...base, direction: from[0], compact: from[1] };
      const after: Chart = { ...base, direction: to[0], compact: to[1] };
      const adapter = createFlowAdapter();
      adapter.edges(before, layoutOf(before), NONE);
      const switched = adapter.edges(after, layoutOf(after), NONE);
      const fresh = createFlowAdapter().edges(after, layoutOf(after), NONE);
      expect(switched).toEqual(fresh);
    },
  );
});
