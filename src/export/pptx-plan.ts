import type { Chart, NodeId } from '../model/schema';
import type { ExportScene } from './scene-types';

/** A 16:9 PowerPoint slide ("Widescreen"), in inches. */
export const SLIDE = { width: 13.333, height: 7.5, margin: 0.3 } as const;
/** Below this card-title size a slide is unreadable when projected or printed. */
export const MIN_READABLE_PT = 9;
const PX_TO_PT = 72;

export type SlideFit = { scale: number; offsetX: number; offsetY: number };

export type PptxPlan = {
  mode: 'single' | 'split';
  /** Size in pt that card titles get when the whole scene is fitted on one slide. */
  fontPt: number;
  /** Top-level branches (children of the exported root) that get their own slide when split. */
  branches: NodeId[];
};

/** Inches per scene px so the scene fits inside the slide margins, centred. */
export function fitToSlide(scene: Pick<ExportScene, 'width' | 'height'>): SlideFit {
  const w = SLIDE.width - 2 * SLIDE.margin;
  const h = SLIDE.height - 2 * SLIDE.margin;
  const scale = Math.min(w / Math.max(1, scene.width), h / Math.max(1, scene.height));
  return {
    scale,
    offsetX: (SLIDE.width - scene.width * scale) / 2,
    offsetY: (SLIDE.height - scene.height * scale) / 2,
  };
}

/** The card title size (px) the scene is built around: the smallest one drawn. */
function titlePx(scene: ExportScene): number {
  let size = Infinity;
  for (const node of scene.nodes) size = Math.min(size, node.title.size);
  return Number.isFinite(size) ? size : 15;
}

/**
 * One slide when card titles stay readable; otherwise an overview (root and branches)
 * plus one slide per branch that has something under it.
 */
export function pptxPlan(scene: ExportScene, chart: Chart): PptxPlan {
  const fontPt = titlePx(scene) * fitToSlide(scene).scale * PX_TO_PT;
  const inScene = new Set(scene.nodes.map((n) => n.id));
  const withChildren = new Set<NodeId>();
  for (const node of chart.nodes)
    if (node.parentId !== null && inScene.has(node.id)) withChildren.add(node.parentId);
  const branches = chart.nodes
    .filter((n) => n.parentId === scene.rootId && inScene.has(n.id) && withChildren.has(n.id))
    .map((n) => n.id);
  const split = fontPt < MIN_READABLE_PT && branches.length > 0;
  return { mode: split ? 'split' : 'single', fontPt, branches: split ? branches : [] };
}
