import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../../src/model/schema';
import { loadTemplate } from '../../../src/model/templates';
import { nodeOf, noticeKeys, resetStore, store } from './store-helpers';

beforeEach(() => resetStore('zh-CN'));

describe('refused edits', () => {
  it('refuses a move under a descendant, leaving the chart unchanged', () => {
    const before = store().chart;
    expect(store().moveNodeTo('maintenance', 'plat-membership')).toBe(false);
    expect(store().chart).toBe(before);
    expect(store().past).toHaveLength(0);
    expect(noticeKeys()).toContain('cycleRefused');
  });

  it('refuses to delete the root, however asked', () => {
    const before = store().chart;
    store().deleteNode('root', 'subtree');
    store().deleteNode('root', 'lift');
    store().requestDelete('root');
    expect(store().pendingDelete).toBeNull();
    store().selectNode('root');
    store().deleteSelection();
    expect(store().chart).toBe(before);
    expect(noticeKeys()).toContain('rootRefused');
  });

  it('refuses an empty title', () => {
    expect(store().updateNodeFields('plat-membership', { title: '   ' })).toBe(false);
    expect(nodeOf('plat-membership').title).toBe('会员运营');
    expect(noticeKeys()).toContain('emptyTitle');
  });

  it('never stores a 100,000-character title', () => {
    const huge = '长'.repeat(100_000);
    store().updateNodeFields('plat-membership', { title: huge });
    expect(nodeOf('plat-membership').title.length).toBeLessThanOrEqual(LIMITS.title);
    store().renameChart(huge);
    expect(store().chart.title.length).toBeLessThanOrEqual(LIMITS.chartTitle);
    expect(store().charts.every((c) => c.title.length <= LIMITS.chartTitle)).toBe(true);
  });

  it('reports a refused long text with the tooLong notice', () => {
    store().updateNodeFields('plat-membership', { description: 'x'.repeat(LIMITS.description + 1) });
    expect(nodeOf('plat-membership').description).not.toHaveLength(LIMITS.description + 1);
    expect(noticeKeys()).toContain('tooLong');
  });
});

describe('copy and paste', () => {
  it('pastes a copied subtree with fresh ids under the selection', () => {
    const before = store().chart;
    store().selectNode('platform-ops');
    const text = store().copySelection();
    expect(text).toBeTruthy();
    store().selectNode('acquisition');
    store().pasteText(text!);
    const chart = store().chart;
    expect(chart.nodes).toHaveLength(before.nodes.length + 6);
    const oldIds = new Set(before.nodes.map((n) => n.id));
    const added = chart.nodes.filter((n) => !oldIds.has(n.id));
    expect(added).toHaveLength(6);
    const top = added.find((n) => n.title === '平台运营');
    expect(top?.parentId).toBe('acquisition');
    expect(added.filter((n) => n.parentId === top?.id).map((n) => n.title)).toEqual([
      '活动运营',
      '策略运营',
      '品类运营',
      '产品运营',
      '会员运营',
    ]);
    expect(store().selectedId).toBe(top?.id);
    expect(store().past).toHaveLength(1);
  });

  it('refuses garbage with the pasteNotChart notice', async () => {
    const before = store().chart;
    // With no node selected, one line of text is neither chart nodes nor an outline of a chart.
    store().pasteText('hello, not a chart');
    store().pasteText('{"format":"opschart-subtree","version":1,"nodes":[]}');
    // The outline / spreadsheet reader loads on demand, so the notice comes a moment later.
    await vi.waitFor(() => expect(noticeKeys()).toContain('pasteNotChart'));
    expect(store().chart).toBe(before);
  });

  it('cut removes the subtree and the copy can be pasted back', () => {
    store().selectNode('supply-side');
    const text = store().cutSelection();
    expect(store().chart.nodes.some((n) => n.id === 'supply-side')).toBe(false);
    store().selectNode('maintenance');
    store().pasteText(text!);
    expect(store().chart.nodes.filter((n) => n.title === '供给侧')).toHaveLength(1);
  });
});

describe('language switch', () => {
  it('never replaces the chart, not even an unedited template (the chart keeps its own language)', () => {
    const before = store().chart;
    store().setLocale('en');
    expect(store().locale).toBe('en');
    expect(store().chart).toBe(before);
    expect(store().past).toHaveLength(0);
  });

  it('leaves an edited chart alone', () => {
    store().updateNodeFields('plat-membership', { title: '会员中心' });
    store().setLocale('en');
    expect(store().locale).toBe('en');
    expect(store().chart.title).toBe('电商平台运营分工');
    expect(nodeOf('plat-membership').title).toBe('会员中心');
    expect(store().past).toHaveLength(1);
  });

  it('does not swap a chart edited while the other language was loading', async () => {
    await store().newChart('shop-path');
    store().setLocale('en');
    store().renameChart('我的店铺');
    await loadTemplate('shop-path', 'en');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store().chart.title).toBe('我的店铺');
  });
});
