import type { Direction, NodeId } from '../model/schema';

export type Box = { x: number; y: number; width: number; height: number };

export type PlacedNode = Box & { id: NodeId; depth: number };

/** A tinted area behind a chain or side subtree (user acquisition, platform side, supply side …). */
export type Region = Box & {
  /** The chain or side node whose subtree the region covers. */
  nodeId: NodeId;
  /** Index into the region palette, stable for a given document order. */
  tone: number;
  /** Nesting depth among regions (0 = outermost), so inner regions draw on top. */
  level: number;
};

export type LayoutOptions = { direction: Direction; compact: boolean };

/** The geometry of every visible node. Positions are top-left corners in chart coordinates. */
export type ChartLayout = {
  nodes: Map<NodeId, PlacedNode>;
  regions: Region[];
  bounds: Box;
  direction: Direction;
};
