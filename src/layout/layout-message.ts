import type { Chart, NodeId } from '../model/schema';
import { layoutChart } from './tree-layout';
import type { ChartLayout, LayoutOptions, PlacedNode } from './types';

/** Shared by the layout worker and its client; neither side imports the other. */
export type LayoutRequest = { id: number; chart: Chart; options: Partial<LayoutOptions> };

/** A Map crosses postMessage as a plain entries array so the payload shape is explicit. */
export type SerializedLayout = Omit<ChartLayout, 'nodes'> & { nodes: [NodeId, PlacedNode][] };

export type LayoutResponse =
  { id: number; ok: true; layout: SerializedLayout } | { id: number; ok: false; error: string };

export function serializeLayout(layout: ChartLayout): SerializedLayout {
  return { ...layout, nodes: Array.from(layout.nodes) };
}

export function deserializeLayout(layout: SerializedLayout): ChartLayout {
  return { ...layout, nodes: new Map(layout.nodes) };
}

export function runLayoutRequest(request: LayoutRequest): LayoutResponse {
  try {
    return { id: request.id, ok: true, layout: serializeLayout(layoutChart(request.chart, request.options)) };
  } catch (error) {
    return { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
