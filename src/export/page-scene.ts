import type { PlannedPage } from './page-types';
import type { ExportScene, SceneNode, TextBlock } from './scene-types';

/**
 * A page's scene with its markers folded in as plain boxes with text, so a format that only
 * knows scenes (the PNG rasteriser) draws the "→ p. N" markers too. Pure.
 */
export function pageSceneWithMarkers(page: PlannedPage): ExportScene {
  if (page.markers.length === 0) return page.scene;
  const boxes: SceneNode[] = page.markers.map((m) => {
    const [first, second, ...rest] = m.labels;
    const title: TextBlock = first ?? { lines: [], size: 10, weight: 400, color: '#000000', anchor: 'start' };
    const node: SceneNode = {
      ...m.box,
      id: `marker:${m.nodeId}:${m.kind}`,
      depth: 0,
      fill: m.fill,
      stroke: m.stroke,
      accent: m.fill,
      radius: m.radius,
      accentHeight: 0,
      title,
      chips: [],
    };
    if (second) node.subtitle = second;
    if (rest.length > 0) node.goal = { ...rest[0]!, lines: rest.flatMap((b) => b.lines) };
    return node;
  });
  return { ...page.scene, nodes: [...page.scene.nodes, ...boxes] };
}
