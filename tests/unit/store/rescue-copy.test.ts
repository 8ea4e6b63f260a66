import { describe, expect, it } from 'vitest';
import { selectLibrary } from '../../../src/store/library-list';
import { createMemoryRepo } from '../../../src/store/repo/memory-repo';
import { RESCUE_KEY } from '../../../src/store/rescue-copy';
import { openTab, profile, settleTabs, storedChart, titleOf } from './tabs-helpers';

/** The page goes away now: the page-hide copy is taken and nothing else gets written. */
function closeAbruptly(tab: Awaited<ReturnType<typeof openTab>>) {
  tab.getState().keepUnsavedCopies();
  tab.getState().suspendSaving();
}

describe('an edit made just before the page goes (issue 9: reload within ~300 ms)', () => {
  it('comes back on the next start, and the copy is then gone', async () => {
    const p = profile();
    const a = await openTab(p);
    await settleTabs(a);
    const id = a.getState().chart.id;
    a.getState().updateNodeFields('merchant-ops', { title: 'typed just before reload' });
    closeAbruptly(a);
    expect(titleOf(await storedChart(p, id), 'merchant-ops')).not.toBe('typed just before reload');
    expect(p.prefs.map.has(RESCUE_KEY)).toBe(true);

    const b = await openTab(p);
    expect(b.getState().chart.id).toBe(id);
    expect(titleOf(b.getState().chart, 'merchant-ops')).toBe('typed just before reload');
    expect(titleOf(await storedChart(p, id), 'merchant-ops')).toBe('typed just before reload');
    expect(p.prefs.map.has(RESCUE_KEY)).toBe(false);
    expect(b.getState().save.failures).toEqual([]);
  });

  it('a chart never stored before is rescued too', async () => {
    const p = profile();
    const a = await openTab(p);
    await settleTabs(a);
    await a.getState().newChart('blank');
    const id = a.getState().chart.id;
    closeAbruptly(a);
    const b = await openTab(p);
    expect(selectLibrary(b.getState()).map((c) => c.id)).toContain(id);
  });

  it('is kept as a backup, not written over, when the stored chart moved on meanwhile', async () => {
    const p = profile();
    const a = await openTab(p);
    await settleTabs(a);
    const id = a.getState().chart.id;
    const other = await openTab(p);
    a.getState().updateNodeFields('merchant-ops', { title: 'A, unsaved' });
    closeAbruptly(a);
    other.getState().updateNodeFields('plat-strategy', { title: 'other tab, saved later' });
    await settleTabs(other);

    const b = await openTab(p);
    expect(titleOf(await storedChart(p, id), 'plat-strategy')).toBe('other tab, saved later');
    expect(titleOf(b.getState().chart, 'merchant-ops')).not.toBe('A, unsaved');
    const backups = await createMemoryRepo(p.backend).listBackups();
    expect(backups).toMatchObject([{ chartId: id, reason: 'conflict' }]);
    expect(b.getState().notices.map((n) => n.key)).toContain('rescueKeptAside');
    expect(p.prefs.map.has(RESCUE_KEY)).toBe(false);
  });

  it('is dropped once the normal save lands, so an older copy never comes back', async () => {
    const p = profile();
    const a = await openTab(p);
    await settleTabs(a);
    a.getState().updateNodeFields('merchant-ops', { title: 'hidden, then saved' });
    a.getState().keepUnsavedCopies();
    await settleTabs(a);
    expect(p.prefs.map.has(RESCUE_KEY)).toBe(false);
  });

  it('a tab only hidden (still alive) sees its own edit restored by a new tab as saved, not as a conflict', async () => {
    const p = profile();
    const a = await openTab(p);
    await settleTabs(a);
    a.getState().updateNodeFields('merchant-ops', { title: 'A, hidden' });
    a.getState().keepUnsavedCopies();
    const b = await openTab(p);
    await settleTabs(a, b);
    expect(a.getState().save.failures).toEqual([]);
    expect(titleOf(b.getState().chart, 'merchant-ops')).toBe('A, hidden');
  });
});
