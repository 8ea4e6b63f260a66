import type { FontWeight } from '../layout/text-width';

/**
 * The font stack of every exported file: the CJK faces a stock Mac (PingFang SC) and Windows
 * (Microsoft YaHei) have come first, then the free ones Linux ships, then the generic family,
 * so Chinese never falls back to a bitmap font and an SVG opened elsewhere looks as intended.
 * Widths come from `src/layout/text-width.ts`, the one measurer of layout, canvas and exports.
 */
export const EXPORT_FONT_FAMILY =
  '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans", sans-serif';

export function cssFont(fontSize: number, weight: FontWeight): string {
  return `${weight} ${fontSize}px ${EXPORT_FONT_FAMILY}`;
}
