import type { Corner, Obstacle } from './fit-around';

/**
 * The widgets React Flow draws over the canvas (controls, legend, minimap: every
 * `.react-flow__panel`), each as how far it reaches in from its nearest corner, so a
 * fit can keep the chart clear of them. Hidden or unlaid-out panels are left out.
 */
export function canvasObstacles(canvas: Element): Obstacle[] {
  const frame = canvas.getBoundingClientRect();
  const out: Obstacle[] = [];
  for (const panel of canvas.querySelectorAll('.react-flow__panel')) {
    const r = panel.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const top = r.top + r.height / 2 < frame.top + frame.height / 2;
    const left = r.left + r.width / 2 < frame.left + frame.width / 2;
    const corner: Corner = `${top ? 'top' : 'bottom'}-${left ? 'left' : 'right'}`;
    out.push({
      corner,
      width: left ? r.right - frame.left : frame.right - r.left,
      height: top ? r.bottom - frame.top : frame.bottom - r.top,
    });
  }
  return out;
}
