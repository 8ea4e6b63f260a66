import type { Tone } from '../layout/palette';
import type { SceneTheme } from './scene-theme';
import type { SceneChip } from './scene-types';
import type { TextMeasurer } from '../layout/text-width';
import { fitPrefix } from '../layout/text-wrap';

/** As on screen: at most four metric chips, then "+N"; 11 px text, 6 px side padding, 18 px tall, 4 px apart. */
const CHIP = { size: 11, padX: 6, height: 18, gap: 4, radius: 4, maxShown: 4 } as const;

export type ChipArea = { x: number; y: number; width: number; rows: number };

/**
 * Flows chips left to right into at most `area.rows` rows. When some do not fit, the
 * last place goes to a "+N" chip counting every metric left out.
 */
export function layoutChips(
  texts: string[],
  area: ChipArea,
  tone: Tone,
  theme: SceneTheme,
  measure: TextMeasurer,
): SceneChip[] {
  if (texts.length === 0 || area.rows <= 0) return [];
  const style = { size: CHIP.size, weight: 400 as const, maxWidth: area.width - 2 * CHIP.padX };
  const widthOf = (text: string) => measure(text, CHIP.size, 400) + 2 * CHIP.padX;
  const label = (text: string) =>
    measure(text, CHIP.size, 400) <= style.maxWidth ? text : fitPrefix(text, '…', style, measure) || '…';

  type Placed = { text: string; width: number; row: number; x: number };
  const place = (items: string[]): Placed[] | null => {
    const out: Placed[] = [];
    let row = 0;
    let cursor = 0;
    for (const text of items) {
      const width = Math.min(widthOf(text), area.width);
      if (cursor > 0 && cursor + width > area.width) {
        row += 1;
        cursor = 0;
      }
      if (row >= area.rows) return null;
      out.push({ text, width, row, x: cursor });
      cursor += width + CHIP.gap;
    }
    return out;
  };

  const labels = texts.map(label);
  let shown = Math.min(labels.length, CHIP.maxShown);
  let placed: Placed[] | null = null;
  for (; shown >= 0; shown--) {
    const rest = labels.length - shown;
    placed = place(rest > 0 ? [...labels.slice(0, shown), `+${rest}`] : labels.slice(0, shown));
    if (placed) break;
  }
  if (!placed) return [];
  return placed.map((p, i) => {
    const overflow = i === shown && labels.length > shown;
    return {
      x: area.x + p.x,
      y: area.y + p.row * (CHIP.height + CHIP.gap),
      width: p.width,
      height: CHIP.height,
      text: p.text,
      fill: overflow ? theme.badgeFill : tone.chip,
      color: overflow ? theme.badgeText : tone.text,
      size: CHIP.size,
      radius: CHIP.radius,
    };
  });
}
