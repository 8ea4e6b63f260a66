import { beforeEach, describe, expect, it } from 'vitest';
import { nodeOf, resetStore, store, shownNodeOf, selectedId, searchHits } from './store-helpers';

beforeEach(() => resetStore('zh-CN'));

const hitIds = () => searchHits().map((h) => h.id);

describe('search', () => {
  it('finds the membership function by its Chinese title', () => {
    store().setSearchQuery('会员');
    expect(hitIds()[0]).toBe('plat-membership');
    expect(searchHits()[0]?.field).toBe('title');
    expect(store().searchQuery).toBe('会员');
  });

  it('finds nodes by a metric', () => {
    store().setSearchQuery('GMV');
    expect(hitIds()).toEqual(expect.arrayContaining(['plat-category', 'merchant-ops']));
    expect(searchHits().find((h) => h.id === 'merchant-ops')?.field).toBe('metrics');
  });

  it('finds a node of the Chinese chart by its English title', () => {
    store().setSearchQuery('membership');
    expect(hitIds()).toContain('plat-membership');
    const hit = searchHits().find((h) => h.id === 'plat-membership');
    expect(hit).toMatchObject({ field: 'title', snippet: 'Membership ops' });
  });

  it('finds nothing for a blank query', () => {
    store().setSearchQuery('   ');
    expect(searchHits()).toEqual([]);
  });

  it('forgets hits whose node has been deleted', () => {
    store().setSearchQuery('会员');
    expect(hitIds()).toContain('plat-membership');
    store().deleteNode('plat-membership', 'subtree');
    expect(hitIds()).not.toContain('plat-membership');
    store().undo();
    expect(hitIds()).toContain('plat-membership');
  });
});

describe('collapse and reveal', () => {
  it('revealNode opens every collapsed ancestor and selects the node, without an undo step', () => {
    store().toggleCollapse('platform-ops');
    store().toggleCollapse('maintenance');
    expect(nodeOf('maintenance').collapsed).toBe(true);
    store().revealNode('plat-membership');
    expect(nodeOf('maintenance').collapsed).toBeFalsy();
    expect(nodeOf('platform-ops').collapsed).toBeFalsy();
    expect(selectedId()).toBe('plat-membership');
    expect(store().focusRequest?.id).toBe('plat-membership');
    expect(store().past).toHaveLength(0);
  });

  it('collapsing a node hides a selected descendant by selecting the fold instead', () => {
    store().selectNode('plat-membership');
    store().toggleCollapse('platform-side');
    expect(selectedId()).toBe('platform-side');
  });

  it('collapse all / expand all / expand to level set the folds of parents only', () => {
    const parents = new Set(
      store()
        .chart.nodes.map((n) => n.parentId)
        .filter(Boolean),
    );
    store().collapseAll();
    for (const n of store().chart.nodes) expect(Boolean(n.collapsed)).toBe(parents.has(n.id));
    store().expandAll();
    expect(store().chart.nodes.every((n) => !n.collapsed)).toBe(true);
    store().expandToLevel(2);
    expect(nodeOf('root').collapsed).toBeFalsy();
    expect(nodeOf('maintenance').collapsed).toBeFalsy();
    expect(nodeOf('platform-side').collapsed).toBe(true);
    expect(store().past).toHaveLength(0);
  });

  it('undo keeps the folds the user has now', () => {
    store().updateNodeFields('plat-membership', { title: '会员中心' });
    store().toggleCollapse('platform-side');
    store().undo();
    expect(shownNodeOf('plat-membership').title).toBe('会员运营');
    expect(nodeOf('platform-side').collapsed).toBe(true);
  });
});

describe('keyboard navigation', () => {
  it('starts at the root and follows the picture top-down', () => {
    store().navigate('ArrowDown');
    expect(selectedId()).toBe('root');
    store().navigate('ArrowDown');
    expect(selectedId()).toBe('acquisition');
    store().navigate('ArrowRight');
    expect(selectedId()).toBe('maintenance');
    store().navigate('ArrowRight');
    expect(selectedId()).toBe('maintenance');
    store().navigate('ArrowLeft');
    store().navigate('ArrowDown');
    expect(selectedId()).toBe('acq-channel');
    store().navigate('ArrowUp');
    expect(selectedId()).toBe('acquisition');
    expect(store().focusRequest?.id).toBe('acquisition');
  });

  it('turns the arrows with a left-right chart and stops at a collapsed node', () => {
    store().setDirection('LR');
    store().selectNode('maintenance');
    store().navigate('ArrowRight');
    expect(selectedId()).toBe('platform-side');
    store().navigate('ArrowDown');
    expect(selectedId()).toBe('supply-side');
    store().navigate('ArrowLeft');
    expect(selectedId()).toBe('maintenance');
    store().toggleCollapse('maintenance');
    store().navigate('ArrowRight');
    expect(selectedId()).toBe('maintenance');
  });
});
