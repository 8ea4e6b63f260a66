import type { NodeId } from '../model/schema';
import type { FontWeight, TextMeasurer } from '../layout/text-width';

export type Point = { x: number; y: number };

/** Pre-wrapped text: one entry per line, `y` is the alphabetic baseline. */
export type TextBlock = {
  lines: { text: string; x: number; y: number }[];
  size: number;
  weight: FontWeight;
  color: string;
  anchor: 'start' | 'middle' | 'end';
};

export type SceneRect = { x: number; y: number; width: number; height: number };

export type SceneRegion = SceneRect & {
  nodeId: NodeId;
  tone: number;
  fill: string;
  fillOpacity: number;
  stroke: string;
  radius: number;
  label: TextBlock;
  /** Drawn over the connectors, so a line into the region passes behind its label. */
  labelBox: (SceneRect & { fill: string; radius: number }) | null;
};

export type SceneEdge = { points: Point[]; color: string; width: number };

export type SceneLink = {
  id: string;
  from: Point;
  to: Point;
  /** Quadratic Bézier control point; null draws a straight line. */
  control: Point | null;
  color: string;
  width: number;
  dash: [number, number];
  label?: { box: SceneRect & { fill: string }; text: TextBlock };
};

export type SceneChip = SceneRect & {
  text: string;
  fill: string;
  stroke?: string;
  color: string;
  size: number;
  radius: number;
};

export type SceneNode = SceneRect & {
  id: NodeId;
  /** The node's depth in the exported tree (0 = the exported root). */
  depth: number;
  fill: string;
  stroke: string;
  accent: string;
  radius: number;
  accentHeight: number;
  title: TextBlock;
  subtitle?: TextBlock;
  goal?: TextBlock;
  chips: SceneChip[];
};

export type SceneLegend = SceneRect & {
  items: { swatch: SceneRect & { fill: string; stroke: string }; label: TextBlock }[];
};

export type SceneTitle = {
  text: string;
  x: number;
  y: number;
  size: number;
  weight: FontWeight;
  color: string;
};

/** Everything a file format needs to draw the chart, fully positioned, in CSS px. */
export type ExportScene = {
  width: number;
  height: number;
  /** null = transparent. */
  background: string | null;
  /** The node at the top of the exported tree (the chart root or the subtree root). */
  rootId: NodeId;
  title?: SceneTitle;
  regions: SceneRegion[];
  edges: SceneEdge[];
  links: SceneLink[];
  nodes: SceneNode[];
  legend?: SceneLegend;
};

/** 'transparent-dark': no background, light titles and legend for a dark slide behind the picture. */
export type SceneBackground = 'white' | 'transparent' | 'transparent-dark' | 'dark';

export type SceneOptions = {
  scope: 'all' | { subtreeOf: NodeId };
  /** true = collapsed parts are laid out expanded; false = the chart as it is on screen. */
  includeCollapsed: boolean;
  background: SceneBackground;
  showTitle: boolean;
  showLegend: boolean;
  showRegions: boolean;
  /** Blank margin around the chart in px (default 32). */
  padding?: number;
  measure: TextMeasurer;
};
