import { beforeEach, describe, expect, it, vi } from 'vitest';
import { textIn } from '../../../src/model/local-text';
import { LIMITS } from '../../../src/model/schema';
import { selectLibrary } from '../../../src/store/library-list';
import { cardSize } from '../../../src/layout/card-text';
import type { ChartNode } from '../../../src/model/schema';
import {
  nodeOf,
  noticeKeys,
  resetStore,
  shownNodeOf,
  store,
  shownChart,
  selectedId,
  searchHits,
  shownLayout,
} from './store-helpers';

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

  it('refuses a title empty in every language', () => {
    store().addChildTo('plat-membership');
    const added = selectedId()!;
    expect(nodeOf(added).title).toEqual({ 'zh-CN': '新职能' });
    expect(store().updateNodeFields(added, { title: '   ' })).toBe(false);
    expect(shownNodeOf(added).title).toBe('新职能');
    expect(noticeKeys()).toContain('emptyTitle');
  });

  it('never stores a 100,000-character title', () => {
    const huge = '长'.repeat(100_000);
    store().updateNodeFields('plat-membership', { title: huge });
    expect(shownNodeOf('plat-membership').title.length).toBeLessThanOrEqual(LIMITS.title);
    store().renameChart(huge);
    expect(textIn(store().chart.title, 'zh-CN').length).toBeLessThanOrEqual(LIMITS.chartTitle);
    expect(selectLibrary(store()).every((c) => c.title.length <= LIMITS.chartTitle)).toBe(true);
  });

  it('reports a refused long text with the tooLong notice', () => {
    store().updateNodeFields('plat-membership', { description: 'x'.repeat(LIMITS.description + 1) });
    expect(shownNodeOf('plat-membership').description).not.toHaveLength(LIMITS.description + 1);
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
    const top = added.find((n) => n.title['zh-CN'] === '平台运营');
    expect(top?.parentId).toBe('acquisition');
    expect(added.filter((n) => n.parentId === top?.id).map((n) => n.title['zh-CN'])).toEqual([
      '活动运营',
      '策略运营',
      '品类运营',
      '产品运营',
      '会员运营',
    ]);
    expect(selectedId()).toBe(top?.id);
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
    expect(store().chart.nodes.filter((n) => n.title['zh-CN'] === '供给侧')).toHaveLength(1);
  });
});

describe('chart language', () => {
  it('the UI language switch takes the chart along: same document, no undo step', () => {
    const { id } = store().chart;
    const doc = store().chart;
    store().setLocale('en');
    expect(store().locale).toBe('en');
    expect(store().chartLanguage).toBe('en');
    expect(shownChart().title).toBe('E-commerce platform operations: division of functions');
    expect(shownNodeOf('plat-membership').title).toBe('Membership ops');
    expect(store().chart).toBe(doc);
    expect(store().chart.id).toBe(id);
    expect(selectLibrary(store())).toHaveLength(1);
    expect(selectLibrary(store())[0]?.title).toBe('E-commerce platform operations: division of functions');
    expect(store().past).toHaveLength(0);
  });

  it('edits change the language shown only; an untranslated text falls back, marked, and back again', () => {
    store().updateNodeFields('plat-membership', { title: '会员中心' });
    store().addChildTo('supply-side');
    const added = selectedId()!;
    store().updateNodeFields(added, { title: '仓储运营' });
    expect(nodeOf('plat-membership').title).toEqual({ 'zh-CN': '会员中心', en: 'Membership ops' });
    expect(nodeOf(added).title).toEqual({ 'zh-CN': '仓储运营' });

    store().setLocale('en');
    expect(shownNodeOf('plat-membership')).not.toHaveProperty('fallbacks');
    expect(shownNodeOf('plat-membership').title).toBe('Membership ops');
    expect(shownNodeOf(added).title).toBe('仓储运营');
    expect(shownNodeOf(added).fallbacks).toEqual(['title']);

    // Writing the English title fills the translation and keeps the Chinese.
    store().updateNodeFields(added, { title: 'Warehousing ops' });
    expect(nodeOf(added).title).toEqual({ 'zh-CN': '仓储运营', en: 'Warehousing ops' });
    expect(shownNodeOf(added)).not.toHaveProperty('fallbacks');

    store().setLocale('zh-CN');
    expect(shownNodeOf('plat-membership').title).toBe('会员中心');
    expect(shownNodeOf(added).title).toBe('仓储运营');
  });

  it('clearing a text in one language makes it fall back; a title empty in both is refused', () => {
    store().updateNodeFields('plat-membership', { title: '  ', description: '' });
    expect(nodeOf('plat-membership').title).toEqual({ en: 'Membership ops' });
    expect(shownNodeOf('plat-membership').title).toBe('Membership ops');
    expect(shownNodeOf('plat-membership').fallbacks).toEqual(['title', 'description']);
    store().setChartLanguage('en');
    expect(store().updateNodeFields('plat-membership', { title: '' })).toBe(false);
    expect(noticeKeys()).toContain('emptyTitle');
  });

  it('the chart language can differ from the UI language', () => {
    store().setChartLanguage('en');
    expect(store().locale).toBe('zh-CN');
    expect(shownNodeOf('root').title).toBe('E-commerce platform operations');
    store().renameChart('Our division of work');
    expect(store().chart.title).toEqual({ 'zh-CN': '电商平台运营分工', en: 'Our division of work' });
  });

  it('a chart made from another template follows the switch at once', async () => {
    await store().newChart('shop-path');
    store().setLocale('en');
    expect(shownChart().title).toBe('Shop operations path');
    expect(shownChart().nodes.every((n) => !n.fallbacks)).toBe(true);
  });

  it('search finds a node by either language', () => {
    store().setSearchQuery('Membership');
    expect(searchHits().map((h) => h.id)).toContain('plat-membership');
    store().setSearchQuery('会员运营');
    expect(searchHits().map((h) => h.id)).toContain('plat-membership');
  });
});

const sizeOf = (node: ChartNode) => {
  const { width, height } = cardSize(node);
  return { w: width, h: height };
};

describe('layout follows the text cards show', () => {
  it('a language switch re-lays out cards whose text needs another size; a same-size rename keeps it', () => {
    const zh = shownLayout();
    store().updateNodeFields('plat-membership', { description: '只改说明' });
    expect(shownLayout()).toBe(zh);
    store().setChartLanguage('en');
    const en = shownLayout();
    expect(en).not.toBe(zh);
    // Sized for the English text: each box is the card size its English title, subtitle and goal need.
    for (const node of shownChart().nodes) {
      const box = en.nodes.get(node.id);
      if (box) expect({ w: box.width, h: box.height }).toEqual(sizeOf(node));
    }
    store().setChartLanguage('zh-CN');
    expect(shownLayout().nodes.get('root')).toEqual(zh.nodes.get('root'));
  });
});
