import { importChart } from '../../model/import-chart';
import { textIn } from '../../model/local-text';
import { backupKey } from './backup-key';
import type { ChangeChannel, RawStore } from './raw-store';
import {
  STORE_FORMAT,
  type Backup,
  type BackupReason,
  type ChartRepository,
  type SpaceEstimate,
  type StoredMeta,
  type WriteResult,
} from './types';

const chartKey = (id: string) => `chart:${id}`;
const metaKey = (id: string) => `meta:${id}`;

/** A stored title in both languages: only strings, so a damaged entry is rebuilt from its chart. */
function isTitles(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.entries(value).every(([k, v]) => (k === 'zh-CN' || k === 'en') && typeof v === 'string');
}

function isMeta(value: unknown): value is StoredMeta {
  if (!value || typeof value !== 'object') return false;
  const m = value as Record<string, unknown>;
  return (
    typeof m.id === 'string' &&
    typeof m.title === 'string' &&
    (m.titles === undefined || isTitles(m.titles)) &&
    typeof m.updatedAt === 'number' &&
    Number.isInteger(m.revision) &&
    typeof m.format === 'number' &&
    typeof m.size === 'number'
  );
}

type StoredBackup = Backup & { text: string };

function isBackup(value: unknown): value is StoredBackup {
  if (!value || typeof value !== 'object') return false;
  const b = value as Record<string, unknown>;
  return typeof b.key === 'string' && typeof b.text === 'string' && typeof b.chartId === 'string';
}

/** Turns a browser storage error into a reason the UI can name. */
export function classifyError(error: unknown): {
  reason: 'full' | 'unavailable' | 'failed';
  message: string;
} {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  if (name === 'QuotaExceededError') return { reason: 'full', message: 'storage is full' };
  if (name === 'VersionError')
    return { reason: 'unavailable', message: 'storage was upgraded by a newer version of OpsChart' };
  if (['InvalidStateError', 'SecurityError', 'UnknownError', 'NotFoundError', 'AbortError'].includes(name))
    return { reason: 'unavailable', message: message || 'storage is unavailable' };
  return { reason: 'failed', message: message || 'storage failed' };
}

/**
 * Everything a repository does above its key/value backend: derived library index,
 * revision checks, backups of unreadable values, change notices. The memory and
 * IndexedDB repositories share it, so the contract tests exercise both the same way.
 */
export function createRepository(
  raw: RawStore,
  channel: ChangeChannel,
  options: { durable: boolean; estimate?: () => Promise<SpaceEstimate | null> },
): ChartRepository {
  const backUp: ChartRepository['backUp'] = async ({ chartId, title, text, reason }) => {
    const key = backupKey(chartId, text);
    const record: StoredBackup = { key, chartId, title, at: Date.now(), reason, size: text.length, text };
    try {
      await raw.swap(key, (current) => (current === undefined ? [[key, record]] : null));
      return key;
    } catch {
      return null;
    }
  };

  /** Rebuilds a missing or unreadable index entry from the chart itself. */
  const metaFromBody = async (id: string): Promise<StoredMeta | null> => {
    const text = await raw.get(chartKey(id));
    if (typeof text !== 'string') return null;
    const result = importChart(text);
    const meta: StoredMeta = result.ok
      ? {
          id,
          title: textIn(result.chart.title, 'zh-CN'),
          titles: result.chart.title,
          updatedAt: result.chart.updatedAt ?? 0,
          revision: 1,
          format: STORE_FORMAT,
          size: text.length,
        }
      : { id, title: id, updatedAt: 0, revision: 1, format: STORE_FORMAT, size: text.length };
    // Only written if still missing, so a concurrent real write is never replaced.
    await raw.swap(metaKey(id), (current) => (isMeta(current) ? null : [[metaKey(id), meta]]));
    const now = await raw.get(metaKey(id));
    return isMeta(now) ? now : meta;
  };

  return {
    durable: options.durable,

    list: async () => {
      const keys = await raw.keys();
      const ids = keys.filter((k) => k.startsWith('chart:')).map((k) => k.slice('chart:'.length));
      const out: StoredMeta[] = [];
      for (const id of ids) {
        const meta = await raw.get(metaKey(id));
        const entry = isMeta(meta) ? meta : await metaFromBody(id);
        if (entry) out.push(entry);
      }
      return out.sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
    },

    read: async (id) => {
      const [text, meta] = await Promise.all([raw.get(chartKey(id)), raw.get(metaKey(id))]);
      if (text === undefined) return { ok: false, reason: 'missing' };
      if (isMeta(meta) && meta.format > STORE_FORMAT)
        return { ok: false, reason: 'newer', message: 'saved by a newer version of OpsChart' };
      const result = typeof text === 'string' ? importChart(text) : null;
      if (result?.ok) {
        const revision = isMeta(meta) ? meta.revision : ((await metaFromBody(id))?.revision ?? 1);
        return { ok: true, chart: { ...result.chart, id }, revision, warnings: result.warnings };
      }
      if (result && result.error.code === 'newer-version')
        return { ok: false, reason: 'newer', message: result.error.message };
      const message = result ? result.error.message : 'the stored value is not text';
      const kept = typeof text === 'string' ? text : (JSON.stringify(text) ?? String(text));
      const key = await backUp({
        chartId: id,
        title: isMeta(meta) ? meta.title : id,
        text: kept,
        reason: 'unreadable',
      });
      return { ok: false, reason: 'unreadable', message, backupKey: key };
    },

    write: async (chart, baseRevision) => {
      let outcome = { ok: false, reason: 'failed', message: 'not written' } as WriteResult;
      try {
        await raw.swap(metaKey(chart.id), (current) => {
          const stored = isMeta(current) ? current : null;
          if (stored && stored.format > STORE_FORMAT) {
            outcome = { ok: false, reason: 'newer', message: 'saved by a newer version of OpsChart' };
            return null;
          }
          const storedRevision = stored?.revision ?? null;
          if (storedRevision !== baseRevision) {
            outcome = { ok: false, reason: 'conflict', revision: storedRevision ?? 0 };
            return null;
          }
          const revision = (storedRevision ?? 0) + 1;
          const meta: StoredMeta = {
            id: chart.id,
            title: chart.title,
            ...(chart.titles ? { titles: chart.titles } : {}),
            updatedAt: chart.updatedAt,
            revision,
            format: STORE_FORMAT,
            size: chart.text.length,
          };
          outcome = { ok: true, revision };
          return [
            [chartKey(chart.id), chart.text],
            [metaKey(chart.id), meta],
          ];
        });
      } catch (error) {
        return { ok: false, ...classifyError(error) };
      }
      const done = outcome as WriteResult;
      if (done.ok) channel.post({ id: chart.id, revision: done.revision });
      return done;
    },

    remove: async (id) => {
      const [text, meta] = await Promise.all([raw.get(chartKey(id)), raw.get(metaKey(id))]);
      if (typeof text === 'string')
        await backUp({ chartId: id, title: isMeta(meta) ? meta.title : id, text, reason: 'deleted' });
      await raw.del([chartKey(id), metaKey(id)]);
      channel.post({ id, revision: null });
    },

    backUp,

    listBackups: async () => {
      const keys = (await raw.keys()).filter((k) => k.startsWith('backup:'));
      const out: Backup[] = [];
      for (const key of keys) {
        const value = await raw.get(key);
        if (!isBackup(value)) continue;
        const { text: _text, ...backup } = value;
        out.push(backup);
      }
      return out.sort((a, b) => b.at - a.at);
    },

    readBackup: async (key) => {
      const value = await raw.get(key);
      return isBackup(value) ? value.text : null;
    },

    removeBackup: async (key) => raw.del([key]),

    onExternalChange: (listener) => channel.subscribe(listener),

    estimate: options.estimate ?? (async () => null),
  };
}

export type { BackupReason };
