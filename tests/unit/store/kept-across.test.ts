import { describe, expect, it } from 'vitest';
import { selectShownChart } from '../../../src/store/shown-chart';
import { selectLibrary } from '../../../src/store/library-list';
import { openTab, profile, settleTabs, storedChart, titleOf } from './tabs-helpers';

describe('what a reload keeps', () => {
  it('the chart language, apart from the UI language', async () => {
    const p = profile();
    const a = await openTab(p);
    a.getState().setLocale('en');
    a.getState().setChartLanguage('zh-CN');
    await settleTabs(a);
    const reloaded = await openTab(p);
    expect(reloaded.getState().locale).toBe('en');
    expect(reloaded.getState().chartLanguage).toBe('zh-CN');
    expect(selectShownChart(reloaded.getState()).title).toBe('电商平台运营分工');
    // Switching the UI language still takes the chart along, and that is kept too.
    reloaded.getState().setLocale('zh-CN');
    reloaded.getState().setLocale('en');
    expect((await openTab(p)).getState().chartLanguage).toBe('en');
  });
});

describe('undo history per chart survives switching charts', () => {
  it('each chart undoes its own edits after switching away and back, saved or not', async () => {
    const p = profile();
    const tab = await openTab(p);
    const s = () => tab.getState();
    const first = s().chart.id;
    s().updateNodeFields('plat-membership', { title: '一' });
    s().updateNodeFields('plat-membership', { title: '二' });
    await settleTabs(tab);
    await s().newChart('blank');
    const second = s().chart.id;
    s().addChildTo(s().chart.nodes[0]!.id);
    expect(s().chart.nodes).toHaveLength(2);

    await s().switchChart(first);
    expect(titleOf(s().chart, 'plat-membership')).toBe('二');
    s().undo();
    expect(titleOf(s().chart, 'plat-membership')).toBe('一');
    await settleTabs(tab);

    await s().switchChart(second);
    expect(s().chart.nodes).toHaveLength(2);
    s().undo();
    expect(s().chart.nodes).toHaveLength(1);

    await s().switchChart(first);
    expect(titleOf(s().chart, 'plat-membership')).toBe('一');
    s().undo();
    expect(titleOf(s().chart, 'plat-membership')).toBe('会员运营');
    s().redo();
    s().redo();
    expect(titleOf(s().chart, 'plat-membership')).toBe('二');
  });
});

describe('the library is derived from the repository and the documents', () => {
  it('lists the chart on screen under its document’s title at once, and a rename survives a reload', async () => {
    const p = profile();
    const tab = await openTab(p);
    const s = () => tab.getState();
    const first = s().chart.id;
    s().renameChart('第一张');
    // Not saved yet: the library already says what the document says.
    expect(selectLibrary(s()).find((c) => c.id === first)?.title).toBe('第一张');
    await s().newChart('blank');
    const second = s().chart.id;
    expect(selectLibrary(s()).map((c) => c.id)).toEqual(expect.arrayContaining([first, second]));
    // Renaming a chart that is not on screen renames its document, not a copy in a list.
    await s().renameChartById(first, '改过名');
    expect(selectLibrary(s()).find((c) => c.id === first)?.title).toBe('改过名');
    await settleTabs(tab);
    const reloaded = await openTab(p);
    await settleTabs(reloaded);
    expect(selectLibrary(reloaded.getState()).find((c) => c.id === first)?.title).toBe('改过名');
    await reloaded.getState().switchChart(first);
    expect(selectShownChart(reloaded.getState()).title).toBe('改过名');
  });

  it('is the same array until the listing, the chart on screen’s title or the language changes', async () => {
    const tab = await openTab(profile());
    const s = () => tab.getState();
    const before = selectLibrary(s());
    s().updateNodeFields('plat-membership', { description: '只改说明' });
    expect(selectLibrary(s())).toBe(before);
    s().renameChart('新名字');
    expect(selectLibrary(s())).not.toBe(before);
    expect(selectLibrary(s()).map((c) => c.title)).toEqual(['新名字']);
  });
});

describe('commit records history and nothing else; the last change is stamped where the chart is written', () => {
  it('an edit leaves updatedAt alone; the stored chart, the library and Export JSON carry the time of the change', async () => {
    const p = profile();
    const tab = await openTab(p);
    const s = () => tab.getState();
    await settleTabs(tab);
    const loaded = s().chart.updatedAt;
    const before = Date.now();
    s().updateNodeFields('plat-membership', { title: '改一下' });
    expect(s().chart.updatedAt).toBe(loaded);
    const edited = s().lastEdited(s().chart.id);
    expect(edited).toBeGreaterThanOrEqual(before);
    await settleTabs(tab);
    const stored = await storedChart(p, s().chart.id);
    expect(stored.updatedAt).toBe(edited);
    expect(selectLibrary(s()).find((c) => c.id === s().chart.id)?.updatedAt).toBe(edited);
    expect(s().openDocument(s().chart.id)?.updatedAt).toBe(edited);
    // Saved and not changed since: another tab writing the very same document is no conflict.
    expect(s().save.failures).toEqual([]);
  });

  it('undo back to a version that was once saved is saved again (nothing comes back after a reload)', async () => {
    const p = profile();
    const tab = await openTab(p);
    const s = () => tab.getState();
    await settleTabs(tab);
    s().updateNodeFields('plat-membership', { title: '改一下' });
    await settleTabs(tab);
    s().undo();
    await settleTabs(tab);
    const reloaded = await openTab(p);
    expect(titleOf(reloaded.getState().chart, 'plat-membership')).toBe('会员运营');
  });
});
