import { describe, expect, it } from 'vitest';
import { selectLibrary } from '../../../src/store/library-list';
import { exportChartText } from '../../../src/model/chart-text';
import { openTab, profile, settleTabs, storedChart, titleOf } from './tabs-helpers';

describe('two tabs on one repository (issue 9 repros)', () => {
  it('a language switch in one tab never wipes an edit another tab saved', async () => {
    const p = profile();
    const a = await openTab(p);
    await settleTabs(a);
    const b = await openTab(p);
    const id = a.getState().chart.id;
    expect(b.getState().chart.id).toBe(id);
    b.getState().updateNodeFields('plat-membership', { title: 'B renamed this' });
    await settleTabs(a, b);
    expect(titleOf(a.getState().chart, 'plat-membership')).toBe('B renamed this');
    a.getState().setLocale('en');
    await settleTabs(a, b);
    expect(titleOf(a.getState().chart, 'plat-membership')).toBe('B renamed this');
    expect(titleOf(await storedChart(p, id), 'plat-membership')).toBe('B renamed this');
    const reloaded = await openTab(p);
    expect(titleOf(reloaded.getState().chart, 'plat-membership')).toBe('B renamed this');
  });

  it('a conflict stays visible however many notices are dismissed, and every choice saves', async () => {
    const p = profile();
    const a = await openTab(p);
    await settleTabs(a);
    const b = await openTab(p);
    const id = a.getState().chart.id;
    b.getState().updateNodeFields('plat-membership', { title: 'from B' });
    a.getState().updateNodeFields('merchant-ops', { title: 'from A' });
    await settleTabs(a, b);
    const failure = () => a.getState().save.failures.find((f) => f.chartId === id);
    // Whichever tab wrote first, the other one now shows a conflict instead of overwriting.
    const loser = failure() ? a : b;
    const winnerTitle = loser === a ? 'from B' : 'from A';
    expect(loser.getState().save.failures).toMatchObject([{ chartId: id, reason: 'conflict' }]);
    for (const n of loser.getState().notices) loser.getState().dismiss(n.id);
    loser.getState().updateNodeFields('plat-strategy', { title: 'typed after dismissing' });
    await settleTabs(a, b);
    expect(loser.getState().save.failures).toMatchObject([{ chartId: id, reason: 'conflict' }]);
    const stored = await storedChart(p, id);
    expect(titleOf(stored, 'plat-strategy')).not.toBe('typed after dismissing');
    expect(JSON.stringify(stored)).toContain(winnerTitle);
    await loser.getState().resolveConflict('keep-mine');
    await settleTabs(a, b);
    expect(loser.getState().save.failures).toEqual([]);
    expect(titleOf(await storedChart(p, id), 'plat-strategy')).toBe('typed after dismissing');
    // The version it replaced is kept.
    const backups = await createBackupsReader(p)();
    expect(backups.some((x) => x.chartId === id && x.reason === 'replaced')).toBe(true);
  });

  it('"keep both" saves the version on screen as a copy and keeps the other tab’s version', async () => {
    const p = profile();
    const a = await openTab(p);
    await settleTabs(a);
    const b = await openTab(p);
    const id = a.getState().chart.id;
    // B saves while A has an edit not saved yet.
    a.getState().updateNodeFields('plat-membership', { title: 'from A' });
    b.getState().updateNodeFields('plat-membership', { title: 'from B' });
    await b.getState().flushSave();
    await settleTabs(a);
    expect(a.getState().save.failures).toMatchObject([{ reason: 'conflict' }]);
    await a.getState().resolveConflict('keep-both');
    await settleTabs(a, b);
    const copyId = a.getState().chart.id;
    expect(copyId).not.toBe(id);
    expect(titleOf(await storedChart(p, copyId), 'plat-membership')).toBe('from A');
    expect(titleOf(await storedChart(p, id), 'plat-membership')).toBe('from B');
    expect(a.getState().save.failures).toEqual([]);
  });

  it('keeps the open panel, selection, field being edited and undo history when another tab saves', async () => {
    const p = profile();
    const a = await openTab(p);
    await settleTabs(a);
    const b = await openTab(p);
    a.getState().updateNodeFields('plat-strategy', { title: 'A earlier edit' });
    await settleTabs(a, b);
    a.getState().openPanel('plat-membership');
    a.getState().startEditing('plat-membership');
    b.getState().updateNodeFields('merchant-ops', { title: 'B saved meanwhile' });
    await settleTabs(a, b);
    const s = a.getState();
    expect(titleOf(s.chart, 'merchant-ops')).toBe('B saved meanwhile');
    expect(s.panelOpen).toBe(true);
    expect(s.selectedIds).toEqual(['plat-membership']);
    expect(s.editingId).toBe('plat-membership');
    expect(s.past.length).toBeGreaterThan(0);
    expect(s.save.failures).toEqual([]);
  });

  it('a save failure of one chart is not cleared by another chart saving', async () => {
    const p = profile();
    const a = await openTab(p);
    await settleTabs(a);
    const first = a.getState().chart.id;
    p.backend.fault = (key, write) =>
      write && key === `meta:${first}` ? new DOMException('full', 'QuotaExceededError') : null;
    a.getState().updateNodeFields('plat-membership', { title: 'never saved' });
    await settleTabs(a);
    expect(a.getState().save.failures).toMatchObject([{ chartId: first, reason: 'full' }]);
    await a.getState().newChart('blank');
    a.getState().renameChart('Second chart');
    await settleTabs(a);
    expect(a.getState().save.failures).toMatchObject([{ chartId: first, reason: 'full' }]);
    // The failed chart is still reachable and still holds the unsaved edit.
    await a.getState().switchChart(first);
    expect(titleOf(a.getState().chart, 'plat-membership')).toBe('never saved');
    p.backend.fault = null;
    await settleTabs(a);
    expect(a.getState().save.failures).toEqual([]);
    expect(titleOf(await storedChart(p, first), 'plat-membership')).toBe('never saved');
  });

  it('an orphaned index never hides a chart, and re-importing an old export never overwrites it', async () => {
    const p = profile();
    const a = await openTab(p);
    const id = a.getState().chart.id;
    const lastWeek = exportChartText(a.getState().chart);
    a.getState().updateNodeFields('plat-membership', { title: 'newer work' });
    await settleTabs(a);
    for (const key of [...p.backend.data.keys()])
      if (key.startsWith('meta:')) p.backend.data.set(key, 'garbage');
    const b = await openTab(p);
    expect(selectLibrary(b.getState()).map((c) => c.id)).toContain(id);
    expect(titleOf(b.getState().chart, 'plat-membership')).toBe('newer work');
    expect(b.getState().importAsNewChart(lastWeek)).toBe(true);
    await settleTabs(b);
    expect(b.getState().chart.id).not.toBe(id);
    expect(titleOf(await storedChart(p, id), 'plat-membership')).toBe('newer work');
  });

  it('an older app refuses to write over a chart a newer version saved, and says so', async () => {
    const p = profile();
    const a = await openTab(p);
    await settleTabs(a);
    const id = a.getState().chart.id;
    const meta = p.backend.data.get(`meta:${id}`) as Record<string, unknown>;
    p.backend.data.set(`meta:${id}`, { ...meta, format: 99 });
    a.getState().updateNodeFields('plat-membership', { title: 'old app edit' });
    await settleTabs(a);
    expect(a.getState().save.failures).toMatchObject([{ chartId: id, reason: 'newer' }]);
  });

  it('says from the start that nothing is kept when there is no durable storage', async () => {
    const { createChartStore } = await import('../../../src/store/store');
    const { createMemoryRepo } = await import('../../../src/store/repo/memory-repo');
    const store = createChartStore({ repo: createMemoryRepo(undefined, { durable: false }), locale: 'en' });
    await store.getState().start();
    expect(store.getState().save.failures).toMatchObject([{ reason: 'unavailable' }]);
  });
});

function createBackupsReader(p: ReturnType<typeof profile>) {
  return async () => {
    const { createMemoryRepo } = await import('../../../src/store/repo/memory-repo');
    return createMemoryRepo(p.backend).listBackups();
  };
}
