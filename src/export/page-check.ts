import type { PlannedPage, PlanOptions } from './page-types';
import type { SceneRect, TextBlock } from './scene-types';

const EPS = 0.01;

/**
 * The re-check every planned page gets: no text under the minimum (card titles under their
 * own minimum), nothing outside the safe margins, no two cards overlapping. Returns what is wrong.
 */
export function checkPage(
  page: PlannedPage,
  options: Pick<PlanOptions, 'format' | 'minTextPt' | 'minTitlePt'>,
): string[] {
  const problems: string[] = [];
  const { format } = options;
  const m = format.marginPt;
  const inside = (r: SceneRect, what: string) => {
    if (
      r.x < m - EPS ||
      r.y < m - EPS ||
      r.x + r.width > format.widthPt - m + EPS ||
      r.y + r.height > format.heightPt - m + EPS
    )
      problems.push(`${what} outside the safe margins`);
  };
  const size = (b: TextBlock | undefined, min: number, what: string) => {
    if (b && b.lines.some((l) => l.text) && b.size < min - EPS)
      problems.push(`${what} at ${b.size.toFixed(1)} pt`);
  };
  const { scene } = page;
  for (const n of scene.nodes) {
    inside(n, `card ${n.id}`);
    size(n.title, options.minTitlePt, `title of ${n.id}`);
    size(n.subtitle, options.minTextPt, `subtitle of ${n.id}`);
    size(n.goal, options.minTextPt, `goal of ${n.id}`);
    for (const c of n.chips) {
      inside(c, `chip of ${n.id}`);
      if (c.text && c.size < options.minTextPt - EPS)
        problems.push(`chip of ${n.id} at ${c.size.toFixed(1)} pt`);
    }
  }
  for (const r of scene.regions) {
    inside(r, `region ${r.nodeId}`);
    size(r.label, options.minTextPt, `region label ${r.nodeId}`);
  }
  for (const l of scene.links) {
    if (l.label) inside(l.label.box, `link label ${l.id}`);
    size(l.label?.text, options.minTextPt, `link label ${l.id}`);
  }
  for (const mk of page.markers) {
    inside(mk.box, `marker ${mk.nodeId}`);
    for (const b of mk.labels) size(b, options.minTextPt, `marker ${mk.nodeId}`);
  }
  for (const e of scene.edges)
    for (const p of e.points) inside({ x: p.x, y: p.y, width: 0, height: 0 }, 'connector');
  if (scene.title) {
    size(
      {
        lines: [{ text: scene.title.text, x: 0, y: 0 }],
        size: scene.title.size,
        weight: 700,
        color: '',
        anchor: 'start',
      },
      options.minTitlePt,
      'page title',
    );
    if (scene.title.x < m - EPS || scene.title.y - scene.title.size < m - EPS)
      problems.push('page title outside the safe margins');
  }
  const boxes = [...scene.nodes, ...page.markers.map((mk) => mk.box)].sort((a, b) => a.x - b.x);
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length && boxes[j]!.x < boxes[i]!.x + boxes[i]!.width - EPS; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.y < b.y + b.height - EPS && b.y < a.y + a.height - EPS) problems.push('two cards overlap');
    }
  return problems;
}
