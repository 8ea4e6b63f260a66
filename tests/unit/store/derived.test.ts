import { beforeEach, describe, expect, it } from 'vitest';
import { generateChart } from '../../../src/model/generate-chart';
import { templateChart } from '../../../src/model/templates';
import { knownLayout } from '../../../src/store/derive-layout';
import { selectSearchHits, selectSelectedId } from '../../../src/store/selectors';
import { selectShownChart } from '../../../src/store/shown-chart';
import { docOf } from '../model/doc-of';
import { resetStore, searchHits, selectedId, shownLayout, store, testStore } from './store-helpers';

/** Waits until the store's layout holder says the worker delivered. */
const delivered = () =>
  new Promise<void>((resolve) => {
    const stop = testStore().layouts.subscribe(() => {
      stop();
      resolve();
    });
  });

describe('the layout is derived from the shown chart', () => {
  beforeEach(() => void resetStore('en', templateChart('default')));

  it('is the same object until something moves; an edit that moves nothing costs nothing', () => {
    const before = shownLayout();
    expect(shownLayout()).toBe(before);
    store().updateNodeFields('plat-membership', { description: 'Only the description' });
    expect(shownLayout()).toBe(before);
    // The shown chart is new, yet its layout is the memoised one (no recomputation).
    expect(knownLayout(selectShownChart(store()))).toBe(before);
    store().addChildTo('plat-membership');
    const after = shownLayout();
    expect(after).not.toBe(before);
    expect(after.nodes.size).toBe(before.nodes.size + 1);
  });

  it('follows undo, the chart language and another chart, with nothing to keep in step by hand', () => {
    const before = shownLayout();
    store().addChildTo('plat-membership');
    store().undo();
    expect(shownLayout().nodes.size).toBe(before.nodes.size);
    store().setChartLanguage('zh-CN');
    expect(shownLayout()).not.toBe(before);
    store().load(docOf(generateChart(30, 3)));
    expect(shownLayout().nodes.size).toBe(30);
  });

  it('a large chart keeps its previous layout until the worker answers, then shows the new one', async () => {
    const big = docOf(generateChart(2100, 5));
    resetStore('zh-CN', big);
    const first = shownLayout();
    expect(first.nodes.size).toBe(2100);
    const parent = big.nodes[1]!.id;
    const answer = delivered();
    store().addChildTo(parent);
    const added = selectedId()!;
    // Right after the edit: the layout shown before, the new card has no place yet.
    expect(shownLayout()).toBe(first);
    expect(shownLayout().nodes.has(added)).toBe(false);
    await answer;
    expect(shownLayout().nodes.has(added)).toBe(true);
    expect(shownLayout().nodes.size).toBe(2101);
  });
});

describe('search hits are derived from the chart and the query', () => {
  beforeEach(() => void resetStore('zh-CN', templateChart('default')));

  it('are the same array until the chart or the query changes, and never list a deleted node', () => {
    store().setSearchQuery('会员');
    const hits = searchHits();
    expect(hits.map((h) => h.id)).toContain('plat-membership');
    expect(searchHits()).toBe(hits);
    store().selectNode('plat-membership');
    expect(searchHits()).toBe(hits);
    store().deleteNode('plat-membership', 'subtree');
    expect(searchHits().map((h) => h.id)).not.toContain('plat-membership');
    store().undo();
    expect(searchHits().map((h) => h.id)).toContain('plat-membership');
    store().setSearchQuery('  ');
    expect(selectSearchHits(store())).toEqual([]);
  });
});

describe('the selection is one list; the selected node is its last', () => {
  beforeEach(() => void resetStore('zh-CN', templateChart('default')));

  it('a click selects one, an added click makes that one the selected node, removing it falls back', () => {
    store().selectNode('root');
    expect(selectedId()).toBe('root');
    store().selectNode('plat-membership', { additive: true });
    expect(store().selectedIds).toEqual(['root', 'plat-membership']);
    expect(selectedId()).toBe('plat-membership');
    store().selectNode('plat-membership', { additive: true });
    expect(selectedId()).toBe('root');
    store().selectNode(null);
    expect(selectSelectedId(store())).toBeNull();
  });

  it('deleting the selected node closes the details panel; the rest of the selection stays', () => {
    store().openPanel('root');
    store().selectNode('plat-membership', { additive: true });
    expect(store().panelOpen).toBe(true);
    expect(selectedId()).toBe('plat-membership');
    store().deleteNode('plat-membership', 'subtree');
    expect(store().selectedIds).toEqual(['root']);
    expect(store().panelOpen).toBe(false);
  });
});
