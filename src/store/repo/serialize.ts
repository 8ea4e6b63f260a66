import type { ChartDoc as Chart } from '../../model/schema';

/** Nodes per slice: ~1–3 ms of JSON.stringify, far under a 16 ms frame. */
export const SLICE_NODES = 500;

const nextTask = () =>
  new Promise<void>((resolve) => {
    // A message-channel task runs before timers are clamped, so slicing adds little latency.
    if (typeof MessageChannel === 'undefined') return void setTimeout(resolve, 0);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

function stringifyList(items: readonly unknown[], out: string[]): void {
  for (let i = 0; i < items.length; i++) out.push(JSON.stringify(items[i]) ?? 'null');
}

/**
 * The chart as compact JSON, built a slice of nodes at a time with a yield between
 * slices, so saving a 20,000-node chart never holds the main thread for a frame.
 * Same value as `JSON.stringify(chart)` (keys of the envelope come first, nodes and links last).
 */
export async function serializeInSlices(chart: Chart, sliceNodes = SLICE_NODES): Promise<string> {
  const { nodes, links, ...envelope } = chart;
  const head = JSON.stringify(envelope);
  const parts: string[] = [];
  for (let start = 0; start < nodes.length; start += sliceNodes) {
    if (start > 0) await nextTask();
    stringifyList(nodes.slice(start, start + sliceNodes), parts);
  }
  const nodeText = parts.join(',');
  const linkParts: string[] = [];
  for (let start = 0; start < links.length; start += sliceNodes * 2) {
    if (start > 0) await nextTask();
    stringifyList(links.slice(start, start + sliceNodes * 2), linkParts);
  }
  const open = head.length > 2 ? `${head.slice(0, -1)},` : '{';
  return `${open}"nodes":[${nodeText}],"links":[${linkParts.join(',')}]}`;
}
