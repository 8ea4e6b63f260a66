import type { NodeId } from '../model/schema';
import type { ExportScene, SceneBackground, SceneRect, TextBlock } from './scene-types';
import type { TextMeasurer } from '../layout/text-width';

/*
 * The contract between the page planner (owner: planner) and the formats that draw its
 * pages (PPTX: planner; PDF, PNG pages, dialog preview: pdf). The planner may add fields;
 * it keeps these. A page's scene is in page units of 1 pt (1/72 in): its width and height
 * are the page's, every text size in it is its size in pt, so a format draws it 1:1.
 */

export type PageFormatId =
  'slide-16x9' | 'slide-4x3' | 'a4-landscape' | 'a4-portrait' | 'a3-landscape' | 'a3-portrait' | 'custom';

export type PageFormat = {
  id: PageFormatId;
  widthPt: number;
  heightPt: number;
  /** Safe margin on every side; nothing is drawn outside it. */
  marginPt: number;
};

/** How much a card shows; the user's choice is the upper bound the planner may lower. */
export type CardDetail = 'title' | 'subtitle' | 'metrics';

export type PlanOptions = {
  format: PageFormat;
  /** Nothing on a page under this (default 10 pt). */
  minTextPt: number;
  /** Card titles at least this (default 14 pt). */
  minTitlePt: number;
  detail: CardDetail;
  /**
   * Never lowered below this (default 'title'): a bilingual export carries the other
   * language's title as the subtitle, so it splits pages rather than drop it.
   */
  minDetail?: CardDetail;
  /** Text measurer (default: the browser's canvas, or an estimate outside the browser). */
  measure?: TextMeasurer;
  /** The whole chart (default) or one branch. */
  scope?: 'all' | { subtreeOf: NodeId };
  /** true (default) = folded branches are planned open; false = as on screen. */
  includeCollapsed?: boolean;
  background?: SceneBackground;
  /** Region bands behind chain/side subtrees (default true). */
  showRegions?: boolean;
};

/** A continued branch: where the card would be, a "→ p. N" marker pointing at its page. */
export type PageMarker = {
  nodeId: NodeId;
  /** 0-based index of the page that holds the branch. */
  targetPage: number;
  box: SceneRect;
  /**
   * 'continued': under a card whose children are on `targetPage`; 'back': the top of a
   * continued page, standing for the card on `targetPage`; 'more': the rest of a parent's
   * children are on `targetPage`. Formats draw markers (they are not in `scene`) and make
   * them links to `targetPage`.
   */
  kind: 'continued' | 'back' | 'more';
  /** Lines of text inside `box` (for 'back': the node's title, then the page reference). */
  labels: TextBlock[];
  fill: string;
  stroke: string;
  radius: number;
};

/** A card (index into `scene.nodes`) or a marker (index into `markers`). */
export type ShapeRef = { kind: 'card' | 'marker'; index: number };

export type PlannedPage = {
  /** Slide/page title, with the branch name for continued branches. */
  title: string;
  /** The top of the tree drawn on this page. */
  rootId: NodeId;
  /** Drawn content in pt, sized to the page (see above). */
  scene: ExportScene;
  markers: PageMarker[];
  /** Nodes drawn on this page as full cards (each node is a full card on exactly one page). */
  nodeIds: NodeId[];
  /** The smallest text size on the page, in pt. */
  smallestPt: number;
  /** The card detail the planner used on this page. */
  detail: CardDetail;
  /**
   * What each of `scene.edges` joins, index for index: the parent (a card, or the 'back'
   * marker standing for it) and the child (a card, or a 'more' marker).
   */
  treeEdges: { parentId: NodeId; childId: NodeId; from: ShapeRef; to: ShapeRef }[];
};

export type PagePlan = {
  format: PageFormat;
  pages: PlannedPage[];
  /** Set when the planner had to show less than the user asked for. */
  droppedDetail: CardDetail | null;
  /** Problems the final re-check found on any page (empty when every page is sound). */
  problems: string[];
};
