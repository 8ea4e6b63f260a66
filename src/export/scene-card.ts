import { CARD, MAX_SUBTITLE_LINES, MAX_TITLE_LINES, titleFont } from '../layout/card-text';
import type { Tone } from '../layout/palette';
import type { PlacedNode } from '../layout/types';
import type { ChartNode, Direction } from '../model/schema';
import { foldBadge, ownerBadge } from './scene-badges';
import { layoutChips } from './scene-chips';
import { safeColor, type SceneTheme } from './scene-theme';
import type { SceneNode, TextBlock } from './scene-types';
import type { FontWeight, TextMeasurer } from '../layout/text-width';
import { wrapText } from '../layout/text-wrap';

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
  const { size: titleSize, line: titleLine } = titleFont(node.kind);
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
  const secondaryHeight = secondary.length * (CARD.subtitleLine + CARD.gap);
  // The layout sized the box for every title line (card-text.ts); the room check only matters
  // for a box that did not come from it.
  const maxTitleLines = Math.max(
    1,
    Math.min(MAX_TITLE_LINES, Math.floor((room - secondaryHeight + 0.5) / titleLine)),
  );
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
  for (const [i, item] of secondary.entries()) {
    const line = CARD.subtitleLine;
    // Lines left for this item once the ones after it have one line each.
    const after = (secondary.length - 1 - i) * (line + CARD.gap);
    const fit = Math.floor((bottom - chipsHeight - top - after + 0.01) / line);
    if (fit < 1) break;
    const lines = wrapText(
      item.text,
      {
        size: CARD.subtitleSize,
        weight: item.weight,
        maxWidth: inner,
        maxLines: Math.min(MAX_SUBTITLE_LINES, fit),
      },
      measure,
    );
    scene[item.kind] = block(lines, x, top, line, CARD.subtitleSize, item.weight, item.color);
    top += lines.length * line + CARD.gap;
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
