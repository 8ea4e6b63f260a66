import type { ImportResult } from '../model/import-chart';
import type { DocNode } from '../model/schema';
import { buildSheet, previewOf, validateBuild, type SheetPreview } from './sheet-build';
import type { SheetMapping } from './sheet-fields';
import type { SheetBuild, SheetOptions } from './sheet-rows';

/** One build of the sheet whose rows were sent under `key`. */
export type BuildOrder = { id: number; key: number; mapping: SheetMapping; options: SheetOptions };

export type SheetBuildRequest =
  | { type: 'rows'; key: number; rows: readonly (readonly string[])[] }
  | ({ type: 'build' } & BuildOrder)
  | { type: 'create'; id: number; build: BuildOrder };

export type SheetBuildResponse =
  | { type: 'preview'; id: number; preview: SheetPreview }
  /** Nodes of a created chart, a slice at a time (see `CREATED_SLICE`), before `created`. */
  | { type: 'created-nodes'; id: number; nodes: DocNode[] }
  /** The created chart; when it is ok, its nodes are the `created-nodes` slices before it, in order. */
  | { type: 'created'; id: number; result: ImportResult }
  | { type: 'failed'; id: number; message: string };

/**
 * Nodes per message of a created chart. The page decodes each message in a task of its own:
 * 20,000 validated nodes in one message take ~100 ms to decode, 2,000 about a tenth of that.
 */
export const CREATED_SLICE = 2000;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The mapping step's builder, as run in the sheet-build worker (or in place where there is
 * none): it keeps the rows of the sheet being mapped (sent once, not with every mapping
 * change) and its latest build, which "Import" validates through `importChart`.
 */
export function createBuildHost(reply: (response: SheetBuildResponse) => void) {
  let rows: { key: number; rows: readonly (readonly string[])[] } | null = null;
  let latest: { id: number; build: SheetBuild } | null = null;
  /** A build asked for but not started: a newer request replaces it, so quick mapping changes build once. */
  let waiting: BuildOrder | null = null;

  const build = (order: BuildOrder): SheetBuild => {
    if (latest?.id === order.id) return latest.build;
    if (!rows || rows.key !== order.key) throw new Error('the rows of this sheet were not sent');
    latest = {
      id: order.id,
      build: buildSheet({ rows: rows.rows, mapping: order.mapping, options: order.options }),
    };
    return latest.build;
  };

  const runWaiting = () => {
    const order = waiting;
    waiting = null;
    if (!order) return;
    try {
      reply({ type: 'preview', id: order.id, preview: previewOf(build(order)) });
    } catch (error) {
      reply({ type: 'failed', id: order.id, message: messageOf(error) });
    }
  };

  return (request: SheetBuildRequest): void => {
    switch (request.type) {
      case 'rows':
        rows = { key: request.key, rows: request.rows };
        latest = null;
        return;
      case 'build': {
        if (waiting) reply({ type: 'failed', id: waiting.id, message: 'superseded' });
        const { type: _, ...order } = request;
        waiting = order;
        // Messages already queued run first; only the newest build among them is made.
        setTimeout(runWaiting, 0);
        return;
      }
      case 'create':
        try {
          const result = validateBuild(build(request.build));
          if (!result.ok) return reply({ type: 'created', id: request.id, result });
          const { nodes } = result.chart;
          for (let i = 0; i < nodes.length; i += CREATED_SLICE)
            reply({ type: 'created-nodes', id: request.id, nodes: nodes.slice(i, i + CREATED_SLICE) });
          reply({
            type: 'created',
            id: request.id,
            result: { ...result, chart: { ...result.chart, nodes: [] } },
          });
        } catch (error) {
          reply({ type: 'failed', id: request.id, message: messageOf(error) });
        }
        return;
      default:
        request satisfies never;
    }
  };
}
