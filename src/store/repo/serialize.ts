import type { ChartDoc as Chart } from '../../model/schema';
import { nextTask } from '../next-task';

/** Nodes per slice: ~1–3 ms of JSON.stringify, far under a 16 ms frame. */
export const SLICE_NODES = 500;

/** One slice as a flat JSON fragment (`a,b,c`): joining ~500 items costs far less than a frame. */
function stringifySlice(items: readonly unknown[]): string {
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) out.push(JSON.stringify(items[i]) ?? 'null');
  return out.join(',');
}

/**
 * The chart as compact JSON, built a slice of nodes at a time with a yield between
 * slices, so saving a 20,000-node chart never holds the main thread for a frame.
 * Same value as `JSON.stringify(chart)` (keys of the envelope come first, nodes and links last).
 * Each slice is joined as it is made and the last step joins ~2 × nodes / 500 flat pieces once:
 * joining 20,000 node strings and then concatenating the result (a rope the IndexedDB
 * clone must flatten) took 10–60 ms in one task (bench/results/storage.md).
 */
export async function serializeInSlices(chart: Chart, sliceNodes = SLICE_NODES): Promise<string> {
  const { nodes, links, ...envelope } = chart;
  const head = JSON.stringify(envelope);
  const pieces: string[] = [head.length > 2 ? `${head.slice(0, -1)},"nodes":[` : '{"nodes":['];
  for (let start = 0; start < nodes.length; start += sliceNodes) {
    if (start > 0) {
      await nextTask();
      pieces.push(',');
    }
    pieces.push(stringifySlice(nodes.slice(start, start + sliceNodes)));
  }
  pieces.push('],"links":[');
  for (let start = 0; start < links.length; start += sliceNodes * 2) {
    if (start > 0) pieces.push(',');
    await nextTask();
    pieces.push(stringifySlice(links.slice(start, start + sliceNodes * 2)));
  }
  pieces.push(']}');
  await nextTask();
  return pieces.join('');
}
