import type { ChartNode } from '../model/schema';
import { NODE_SIZES, type Size } from './node-size';
import { measureText } from './text-width';
import { wrapText } from './text-wrap';

/*
 * A card's size follows its text: measured once per node object (the width table is pure),
 * never by rendering and reading the DOM back. The canvas card, the export scene and the
 * layout all take their lines from here, so a title that fits on screen fits in a file.
 */

/** Card metrics in px, as the canvas card draws them (px-3, pt-2/pb-2, gap-1, leading-snug). */
export const CARD = {
  radius: 10,
  accent: 4,
  padX: 12,
  padTop: 8,
  padBottom: 8,
  gap: 4,
  subtitleSize: 12,
  subtitleLine: 16,
  chipRow: 18,
  chipGap: 4,
} as const;

/** Long titles widen their card up to this much before they take a third line. */
const MAX_WIDEN = 120;
const WIDEN_STEP = 10;
/** More lines than this are ellipsised (a 2,000-character title must not make a poster). */
export const MAX_TITLE_LINES = 6;
export const MAX_SUBTITLE_LINES = 2;

type CardKindText = Pick<ChartNode, 'kind' | 'title' | 'subtitle' | 'goal' | 'metrics'>;

export const isBigCard = (kind: ChartNode['kind']) => kind === 'root' || kind === 'chain' || kind === 'side';

export function titleFont(kind: ChartNode['kind']): { size: number; line: number } {
  return isBigCard(kind) ? { size: 16, line: 22 } : { size: 15, line: 20.5 };
}

export const innerWidth = (width: number) => width - 2 * CARD.padX;

export function titleLines(node: Pick<ChartNode, 'kind' | 'title'>, width: number): string[] {
  const { size } = titleFont(node.kind);
  return wrapText(
    node.title,
    { size, weight: 700, maxWidth: innerWidth(width), maxLines: MAX_TITLE_LINES },
    measureText,
  );
}

export function subtitleLines(text: string | undefined, width: number, weight: 400 | 600 = 400): string[] {
  if (!text?.trim()) return [];
  return wrapText(
    text,
    { size: CARD.subtitleSize, weight, maxWidth: innerWidth(width), maxLines: MAX_SUBTITLE_LINES },
    measureText,
  );
}

export const hasChips = (node: CardKindText) =>
  node.kind === 'function' && node.metrics.some((m) => m.trim());

/** Height of the card's text column for `width`: accent, title, subtitle, goal, two chip rows. */
export function textHeight(node: CardKindText, width: number): number {
  let h = CARD.accent + CARD.padTop + Math.max(1, titleLines(node, width).length) * titleFont(node.kind).line;
  const sub = subtitleLines(node.subtitle, width).length;
  if (sub > 0) h += CARD.gap + sub * CARD.subtitleLine;
  const goal = isBigCard(node.kind) ? subtitleLines(node.goal, width, 600).length : 0;
  if (goal > 0) h += CARD.gap + goal * CARD.subtitleLine;
  if (hasChips(node)) h += CARD.gap + 2 * CARD.chipRow + CARD.chipGap;
  return Math.ceil(h + CARD.padBottom);
}

const sizes = new WeakMap<object, Size>();

/**
 * The kind's size, widened (in steps, up to MAX_WIDEN) while the title would take more than
 * two lines, then as tall as its text needs. Cached per node object: unchanged nodes share it.
 */
export function cardSize(node: CardKindText): Size {
  const hit = sizes.get(node);
  if (hit) return hit;
  const base = NODE_SIZES[node.kind];
  let width = base.width;
  while (width < base.width + MAX_WIDEN && titleLines(node, width).length > 2) width += WIDEN_STEP;
  const size = { width, height: Math.max(base.height, textHeight(node, width)) };
  sizes.set(node, size);
  return size;
}

/** The zoomed-out card: title and subtitle as large as the card holds, up to these sizes. */
export const ZOOMED_OUT = { title: 26, subtitle: 17, minTitle: 12, minSubtitle: 10, gap: 4 } as const;

export type ZoomedOutText = { titleSize: number; titleLines: string[]; subtitleSize: number };

/** Largest sizes at which the title (all of it) and one subtitle line fit the card's box. */
export function zoomedOutText(
  node: Pick<ChartNode, 'kind' | 'title' | 'subtitle'>,
  box: Size,
): ZoomedOutText {
  const inner = innerWidth(box.width) - 2;
  const room = box.height - CARD.accent - 2 - 2 * CARD.gap;
  const sub = node.kind !== 'group' ? (node.subtitle?.trim() ?? '') : '';
  let subtitleSize = 0;
  if (sub) {
    subtitleSize = ZOOMED_OUT.minSubtitle;
    for (let s = ZOOMED_OUT.subtitle; s >= ZOOMED_OUT.minSubtitle; s--)
      if (measureText(sub, s, 400) <= inner) {
        subtitleSize = s;
        break;
      }
  }
  const subHeight = sub ? subtitleSize * 1.25 + ZOOMED_OUT.gap : 0;
  for (let s = ZOOMED_OUT.title; s > ZOOMED_OUT.minTitle; s--) {
    const maxLines = Math.floor((room - subHeight) / (s * 1.2));
    if (maxLines < 1) continue;
    const lines = wrapText(node.title, { size: s, weight: 700, maxWidth: inner, maxLines: 99 }, measureText);
    if (lines.length <= maxLines) return { titleSize: s, titleLines: lines, subtitleSize };
  }
  const s = ZOOMED_OUT.minTitle;
  const maxLines = Math.max(1, Math.floor((room - subHeight) / (s * 1.2)));
  const lines = wrapText(node.title, { size: s, weight: 700, maxWidth: inner, maxLines }, measureText);
  return { titleSize: s, titleLines: lines, subtitleSize };
}
