import { describe, expect, it } from 'vitest';
import { importChart } from '../../../../src/model/import-chart';
import type { ChartRepository, ChartWrite } from '../../../../src/store/repo/types';
import { makeChart } from '../../model/make-chart';

/** A backend several repositories (tabs) can open, with a way to tamper with stored values. */
export type RepoHarness = {
  open: () => ChartRepository;
  /** Sets (or with `undefined`, deletes) a raw stored value, as a broken or foreign writer would. */
  tamper: (key: string, value: unknown) => Promise<void>;
  /** Makes every following write fail as a full storage does. */
  fillUp: () => void;
};

export function chartWrite(id: string, title = id, extra = ''): ChartWrite {
  const chart = makeChart(`\n  root\n    a${extra}\n`, { id, title: { en: title }, updatedAt: 1000 });
  return { id, title, updatedAt: 1000, text: JSON.stringify(chart) };
}

const changes = (repo: ChartRepository) => {
  const seen: { id: string; revision: number | null }[] = [];
  repo.onExternalChange((c) => seen.push(c));
  return seen;
};

const settle = () => new Promise((r) => setTimeout(r, 20));

/** The contract every repository keeps; run against memory and IndexedDB alike. */
export function repositoryContract(name: string, harness: () => RepoHarness) {
  describe(`${name} repository contract`, () => {
    it('writes a new chart at revision 1 and reads it back through importChart', async () => {
      const repo = harness().open();
      const w = chartWrite('c1', 'First');
      expect(await repo.write(w, null)).toEqual({ ok: true, revision: 1 });
      const read = await repo.read('c1');
      expect(read.ok && read.revision).toBe(1);
      expect(read.ok && read.chart).toEqual((importChart(w.text) as { chart: unknown }).chart);
      expect(await repo.list()).toMatchObject([{ id: 'c1', title: 'First', revision: 1 }]);
    });

    it('refuses a write that would replace a revision the writer has not seen', async () => {
      const h = harness();
      const a = h.open();
      const b = h.open();
      await a.write(chartWrite('c1', 'A'), null);
      expect(await b.write(chartWrite('c1', 'B'), 1)).toEqual({ ok: true, revision: 2 });
      expect(await a.write(chartWrite('c1', 'A again'), 1)).toEqual({
        ok: false,
        reason: 'conflict',
        revision: 2,
      });
      expect((await a.list())[0]).toMatchObject({ title: 'B', revision: 2 });
    });

    it('refuses to create a chart whose id is already stored (a re-import of the same id)', async () => {
      const repo = harness().open();
      await repo.write(chartWrite('c1', 'Newer'), null);
      expect(await repo.write(chartWrite('c1', 'Older export'), null)).toMatchObject({ reason: 'conflict' });
      expect((await repo.list())[0]?.title).toBe('Newer');
    });

    it('tells other tabs, not itself, which chart changed', async () => {
      const h = harness();
      const a = h.open();
      const b = h.open();
      const seenA = changes(a);
      const seenB = changes(b);
      await a.write(chartWrite('c1'), null);
      await a.remove('c1');
      await settle();
      expect(seenB).toEqual([
        { id: 'c1', revision: 1 },
        { id: 'c1', revision: null },
      ]);
      expect(seenA).toEqual([]);
    });

    it('derives the library index from the stored charts when an entry is missing or unreadable', async () => {
      const h = harness();
      const repo = h.open();
      await repo.write(chartWrite('c1', 'One'), null);
      await repo.write(chartWrite('c2', 'Two'), null);
      await h.tamper('meta:c1', undefined);
      await h.tamper('meta:c2', 'garbage');
      const titles = (await repo.list()).map((m) => m.title).sort();
      expect(titles).toEqual(['One', 'Two']);
    });

    it('keeps an unreadable chart as one backup however often it is opened', async () => {
      const h = harness();
      const repo = h.open();
      await repo.write(chartWrite('c1'), null);
      await h.tamper('chart:c1', '{"format":"opschart", broken');
      const first = await repo.read('c1');
      const second = await repo.read('c1');
      expect(first).toMatchObject({ ok: false, reason: 'unreadable' });
      expect(second).toMatchObject({ ok: false, reason: 'unreadable' });
      const backups = await repo.listBackups();
      expect(backups).toHaveLength(1);
      expect(backups[0]).toMatchObject({ chartId: 'c1', reason: 'unreadable' });
      expect(await repo.readBackup(backups[0]!.key)).toBe('{"format":"opschart", broken');
      await repo.removeBackup(backups[0]!.key);
      expect(await repo.listBackups()).toEqual([]);
    });

    it('does not overwrite a chart stored by a newer version, and says so on read', async () => {
      const h = harness();
      const repo = h.open();
      await repo.write(chartWrite('c1'), null);
      const meta = (await repo.list())[0]!;
      await h.tamper('meta:c1', { ...meta, format: 99 });
      expect(await repo.write(chartWrite('c1', 'old app'), 1)).toMatchObject({ ok: false, reason: 'newer' });
      expect(await repo.read('c1')).toMatchObject({ ok: false, reason: 'newer' });
      await h.tamper('chart:c1', JSON.stringify({ format: 'opschart', version: 99, id: 'c1' }));
      await h.tamper('meta:c1', undefined);
      expect(await repo.read('c1')).toMatchObject({ ok: false, reason: 'newer' });
      expect(await repo.listBackups()).toEqual([]);
    });

    it('keeps a deleted chart as a backup', async () => {
      const repo = harness().open();
      await repo.write(chartWrite('c1', 'Gone'), null);
      await repo.remove('c1');
      expect(await repo.list()).toEqual([]);
      expect(await repo.read('c1')).toEqual({ ok: false, reason: 'missing' });
      expect(await repo.listBackups()).toMatchObject([{ chartId: 'c1', title: 'Gone', reason: 'deleted' }]);
    });

    it('reports a full storage without touching what is stored', async () => {
      const h = harness();
      const repo = h.open();
      await repo.write(chartWrite('c1', 'Kept'), null);
      h.fillUp();
      expect(await repo.write(chartWrite('c1', 'Lost?'), 1)).toMatchObject({ ok: false, reason: 'full' });
    });
  });
}
