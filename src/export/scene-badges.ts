import type { PlacedNode } from '../layout/types';
import type { ChartNode, Direction } from '../model/schema';
import type { SceneTheme } from './scene-theme';
import type { SceneChip } from './scene-types';
import type { TextMeasurer } from '../layout/text-width';
import { fitPrefix } from '../layout/text-wrap';

/** Owner / headcount, top-right as on screen; 10 px text on slate. */
export function ownerBadge(
  node: ChartNode,
  box: PlacedNode,
  theme: SceneTheme,
  measure: TextMeasurer,
): SceneChip | null {
  const text = [node.owner, node.headcount !== undefined ? String(node.headcount) : '']
    .filter(Boolean)
    .join(' · ');
  if (!text) return null;
  const maxWidth = box.width * 0.4 - 12;
  const style = { size: 10, weight: 400 as const, maxWidth };
  const fitted = measure(text, 10, 400) <= maxWidth ? text : fitPrefix(text, '…', style, measure);
  if (!fitted) return null;
  const width = measure(fitted, 10, 400) + 12;
  return {
    x: box.x + box.width - 8 - width,
    y: box.y + 8,
    width,
    height: 16,
    text: fitted,
    fill: theme.badgeFill,
    color: theme.badgeText,
    size: 10,
    radius: 4,
  };
}

/** "+N" on the border where the hidden children would hang. */
export function foldBadge(
  box: PlacedNode,
  direction: Direction,
  hidden: number,
  accent: string,
  measure: TextMeasurer,
): SceneChip {
  const text = `+${hidden}`;
  const width = Math.max(20, measure(text, 11, 400) + 10);
  const [cx, cy] =
    direction === 'TB'
      ? [box.x + box.width / 2, box.y + box.height]
      : [box.x + box.width, box.y + box.height / 2];
  return {
    x: cx - width / 2,
    y: cy - 10,
    width,
    height: 20,
    text,
    fill: '#ffffff',
    stroke: accent,
    color: accent,
    size: 11,
    radius: 10,
  };
}
