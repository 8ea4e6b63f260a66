import { fitCanvas } from './canvas-limits';
import { smallestText } from './page-draw';
import type { PageFormat } from './page-types';
import type { ExportScene } from './scene-types';

export type WholeChartFit = {
  /** The PNG's real size and scale after the browser's canvas limits. */
  width: number;
  height: number;
  scale: number;
  scaledDown: boolean;
  /** The smallest text, in pt, when the whole chart is fitted onto one page of `format`. */
  smallestPtOnPage: number;
};

/** What "the whole chart as one picture" really gives: the PNG scale it can have, and how small its text gets on a page. Pure. */
export function wholeChartFit(scene: ExportScene, scale: number, format: PageFormat): WholeChartFit {
  const fit = fitCanvas(scene.width, scene.height, scale);
  // Scene units are CSS px (0.75 pt each); fitted into the page's safe area, never enlarged.
  const m = format.marginPt;
  const onPage = Math.min(
    1,
    (format.widthPt - 2 * m) / (scene.width * 0.75),
    (format.heightPt - 2 * m) / (scene.height * 0.75),
  );
  const smallestPx = smallestText(scene, []);
  return {
    width: fit.width,
    height: fit.height,
    scale: fit.scale,
    scaledDown: fit.scaledDown,
    smallestPtOnPage: Math.round(smallestPx * 0.75 * Math.max(0, onPage) * 10) / 10,
  };
}
