import type { Tone } from '../layout/palette';
import type { PlacedNode } from '../layout/types';
import type { ChartNode, Direction } from '../model/schema';
import { foldBadge, ownerBadge } from './scene-badges';
import { layoutChips } from './scene-chips';
import { safeColor, type SceneTheme } from './scene-theme';
import type { SceneNode, TextBlock } from './scene-types';
import type { FontWeight, TextMeasurer } from './text-measure';
import { wrapText } from './text-wrap';

/** Card metrics, matching the on-screen card (px-3, pt-2/pb-2, gap-1, leading-snug). */
export const CARD = { radius: 10, accent: 4, padX: 12, padTop: 8, padBottom: 8, gap: 4 } as const;
const ASCENT = 0.88;

export type CardContext = {
  tone: Tone;
  theme: SceneTheme;
  measure: TextMeasurer;
  direction: Direction;
  /** Descendants hidden by a collapsed node; > 0 draws the "+N" fold badge. */
  hidden: number;
};

const isBig = (node: ChartNode) => node.kind === 'root' || node.kind === 'chain' || node.kind === 'side';

/** Pre-wrapped lines placed from the top of their line box; shared by the chart scene and page cards. */
export function block(
  lines: string[],
  x: number,
  top: number,
  lineHeight: number,
  size: number,
  weight: FontWeight,
  color: string,
): TextBlock {
  const baseline = (i: number) => top + i * lineHeight + (lineHeight - size) / 2 + size * ASCENT;
  return {
    lines: lines.map((text, i) => ({ text, x, y: baseline(i) })),
    size,
    weight,
    color,
    anchor: 'start',
  };
}

/** Lays out one card's text and chips inside its fixed box (only the "+N" fold badge straddles the border, as on screen). */
export function buildCard(node: ChartNode, box: PlacedNode, ctx: CardContext): SceneNode {
  const { tone, theme, measure } = ctx;
  const big = isBig(node);
  const accent = safeColor(node.color, tone.accent);
  const x = box.x + CARD.padX;
  const inner = box.width - 2 * CARD.padX;
  const bottom = box.y + box.height - CARD.padBottom;
  const badge = ownerBadge(node, box, theme, measure);
  const titleSize = big ? 16 : 15;
  const titleLine = big ? 22 : 20.5;
  const secondary: { text: string; weight: FontWeight; color: string; kind: 'subtitle' | 'goal' }[] = [];
  if (node.subtitle?.trim())
    secondary.push({ text: node.subtitle, weight: 400, color: theme.cardSubtitle, kind: 'subtitle' });
  if (big && node.goal?.trim())
    secondary.push({ text: node.goal, weight: 600, color: tone.text, kind: 'goal' });
  const chipTexts = node.kind === 'function' ? node.metrics.filter((m) => m.trim()) : [];
  const chipRows = chipTexts.length > 0 ? 2 : 0;
  const chipsHeight = chipRows > 0 ? chipRows * 18 + (chipRows - 1) * 4 + CARD.gap : 0;

  let top = box.y + CARD.accent + CARD.padTop;
  const room = bottom - chipsHeight - top;
  const secondaryHeight = secondary.length * (16 + CARD.gap);
  // Two title lines only when the subtitle and goal still fit below them.
  const maxTitleLines = Math.max(1, Math.min(2, Math.floor((room - secondaryHeight) / titleLine)));
  const titleWidth = badge ? Math.min(inner, badge.x - x - 4) : inner;
  const titleLines = wrapText(
    node.title,
    { size: titleSize, weight: 700, maxWidth: titleWidth, maxLines: maxTitleLines },
    measure,
  );
  const title = block(titleLines, x, top, titleLine, titleSize, 700, theme.cardTitle);
  top += titleLines.length * titleLine + CARD.gap;

  const scene: SceneNode = {
    id: node.id,
    x: box.x,
    y: box.y,
    width: box.width,
    height: box.height,
    depth: box.depth,
    fill: big ? tone.fill : '#ffffff',
    stroke: tone.stroke,
    accent,
    radius: CARD.radius,
    accentHeight: CARD.accent,
    title,
    chips: [],
  };
  for (const item of secondary) {
    if (top + 16 > bottom - chipsHeight + 0.01) break;
    const lines = wrapText(
      item.text,
      { size: 12, weight: item.weight, maxWidth: inner, maxLines: 1 },
      measure,
    );
    scene[item.kind] = block(lines, x, top, 16, 12, item.weight, item.color);
    top += 16 + CARD.gap;
  }
  const chipTop = Math.max(top, bottom - chipsHeight + CARD.gap);
  const rows = Math.min(chipRows, Math.floor((bottom - chipTop + 4) / 22));
  const chips = layoutChips(chipTexts, { x, y: chipTop, width: inner, rows }, tone, theme, measure);
  // Chips hug the bottom of the card (mt-auto on screen), however many rows they take.
  const chipsBottom = Math.max(...chips.map((c) => c.y + c.height));
  const drop = chips.length > 0 ? bottom - chipsBottom : 0;
  scene.chips = chips.map((c) => ({ ...c, y: c.y + drop }));
  if (badge) scene.chips.push(badge);
  if (ctx.hidden > 0) scene.chips.push(foldBadge(box, ctx.direction, ctx.hidden, accent, measure));
  return scene;
}
