import type { ImportResult } from '../model/import-chart';
import type { DocNode } from '../model/schema';
import type { SheetBuildInput, SheetPreview } from './sheet-build';
import {
  createBuildHost,
  type BuildOrder,
  type SheetBuildRequest,
  type SheetBuildResponse,
} from './sheet-build-host';

export type SheetBuilder = {
  /**
   * The preview of a mapping, built off the main thread. Only the newest request counts: an
   * older one resolves null once a newer one is made, so a stale preview never lands.
   */
  preview: (input: SheetBuildInput) => Promise<{ buildId: number; preview: SheetPreview } | null>;
  /** The chart of a preview this builder gave, validated by `importChart` (also off the main thread). */
  create: (buildId: number) => Promise<ImportResult>;
  /** Stops the worker and forgets the rows; a later request starts afresh. */
  dispose: () => void;
};

type Target = { post: (request: SheetBuildRequest) => void; stop: () => void };
type Asked = Exclude<SheetBuildRequest, { type: 'rows' }>;
type Pending = { request: Asked; resolve: (response: SheetBuildResponse) => void };

/** One builder per mapping step: the worker holds that step's rows and lives as long as the step. */
export function createSheetBuilder(): SheetBuilder {
  let target: Target | undefined;
  /** Which rows the target holds; rows arrays are the sheets the mapping step shows, never changed. */
  let sentRows: readonly (readonly string[])[] | null = null;
  const keys = new WeakMap<object, number>();
  const orders = new Map<number, BuildOrder & { rows: SheetBuildInput['rows'] }>();
  const pending = new Map<number, Pending>();
  let lastId = 0;
  let newestPreview = 0;

  /** Slices of created charts, by request, until their `created` message arrives. */
  const createdNodes = new Map<number, DocNode[][]>();

  const settle = (response: SheetBuildResponse) => {
    const entry = pending.get(response.id);
    if (!entry) return;
    if (response.type === 'created-nodes') {
      const parts = createdNodes.get(response.id);
      if (parts) parts.push(response.nodes);
      else createdNodes.set(response.id, [response.nodes]);
      return;
    }
    pending.delete(response.id);
    const parts = createdNodes.get(response.id) ?? [];
    createdNodes.delete(response.id);
    if (response.type === 'created' && response.result.ok)
      return entry.resolve({
        ...response,
        result: { ...response.result, chart: { ...response.result.chart, nodes: parts.flat() } },
      });
    entry.resolve(response);
  };

  const inPlace = (): Target => {
    const handle = createBuildHost(settle);
    return { post: handle, stop: () => {} };
  };

  /** A worker that cannot load (blocked, failed fetch) must not leave the step without a preview: build here. */
  const fallBack = () => {
    target?.stop();
    target = inPlace();
    sentRows = null;
    createdNodes.clear();
    const replay = [...pending.values()].sort((a, b) => a.request.id - b.request.id);
    for (const { request } of replay) send(request, rowsFor(request));
  };

  const rowsFor = (request: Asked) =>
    orders.get(request.type === 'build' ? request.id : request.build.id)?.rows;

  const getTarget = (): Target => {
    if (target) return target;
    if (typeof Worker === 'undefined') return (target = inPlace());
    let worker: Worker;
    try {
      worker = new Worker(new URL('./sheet-build-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return (target = inPlace());
    }
    worker.onmessage = (event: MessageEvent<SheetBuildResponse>) => settle(event.data);
    worker.onerror = fallBack;
    return (target = { post: (request) => worker.postMessage(request), stop: () => worker.terminate() });
  };

  const keyOf = (rows: SheetBuildInput['rows']) => {
    let key = keys.get(rows);
    if (key === undefined) keys.set(rows, (key = ++lastId));
    return key;
  };

  function send(request: SheetBuildRequest, rows?: SheetBuildInput['rows']) {
    const to = getTarget();
    if (rows && sentRows !== rows) {
      // Sent once per sheet: a structured clone of 20,000 rows is a few milliseconds here.
      to.post({ type: 'rows', key: keyOf(rows), rows });
      sentRows = rows;
    }
    to.post(request);
  }

  const ask = (request: Asked, rows?: SheetBuildInput['rows']) =>
    new Promise<SheetBuildResponse>((resolve) => {
      pending.set(request.id, { request, resolve });
      send(request, rows);
    });

  return {
    preview: async ({ rows, mapping, options }) => {
      const order: BuildOrder = { id: ++lastId, key: keyOf(rows), mapping, options };
      newestPreview = order.id;
      // Only the newest order can be created, so older ones need not be kept.
      orders.clear();
      orders.set(order.id, { ...order, rows });
      const response = await ask({ type: 'build', ...order }, rows);
      if (order.id !== newestPreview) return null;
      if (response.type === 'preview') return { buildId: order.id, preview: response.preview };
      throw new Error(response.type === 'failed' ? response.message : 'unexpected reply');
    },
    create: async (buildId) => {
      const order = orders.get(buildId);
      if (!order) throw new Error('this preview was replaced by a newer one');
      const { rows, ...build } = order;
      const response = await ask({ type: 'create', id: ++lastId, build }, rows);
      if (response.type === 'created') return response.result;
      throw new Error(response.type === 'failed' ? response.message : 'unexpected reply');
    },
    dispose: () => {
      target?.stop();
      target = undefined;
      sentRows = null;
      for (const entry of pending.values())
        entry.resolve({ type: 'failed', id: entry.request.id, message: 'superseded' });
      pending.clear();
      createdNodes.clear();
    },
  };
}
