/**
 * The font stack of every exported file: the CJK faces a stock Mac (PingFang SC) and Windows
 * (Microsoft YaHei) have come first, then the free ones Linux ships, then the generic family,
 * so Chinese never falls back to a bitmap font and an SVG opened elsewhere looks as intended.
 */
export const EXPORT_FONT_FAMILY =
  '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans", sans-serif';

export type FontWeight = 400 | 600 | 700;

/** Width in px of `text` set at `fontSize` px; injected so wrapping stays pure and testable. */
export type TextMeasurer = (text: string, fontSize: number, weight: FontWeight) => number;

/** CJK ideographs, kana, hangul, CJK punctuation and full-width forms: roughly one em wide. */
export const WIDE_CHAR =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/**
 * A font-free estimate (CJK ≈ 1 em, everything else ≈ 0.55 em, bold 5 % wider) for tests and
 * Node. It errs wide, so text wrapped with it still fits when a real font draws it.
 */
export const approxMeasure: TextMeasurer = (text, fontSize, weight) => {
  let ems = 0;
  for (const ch of text) ems += WIDE_CHAR.test(ch) ? 1 : 0.55;
  return ems * fontSize * (weight >= 600 ? 1.05 : 1);
};

export function cssFont(fontSize: number, weight: FontWeight): string {
  return `${weight} ${fontSize}px ${EXPORT_FONT_FAMILY}`;
}

type Context2D = { font: string; measureText(text: string): { width: number } };

const CACHE_LIMIT = 20_000;

/** Measures with a real 2D canvas (the browser's fonts), caching results; falls back to `approxMeasure`. */
export function canvasMeasure(): TextMeasurer {
  let ctx: Context2D | null = null;
  try {
    if (typeof OffscreenCanvas !== 'undefined') ctx = new OffscreenCanvas(1, 1).getContext('2d');
    else if (typeof document !== 'undefined') ctx = document.createElement('canvas').getContext('2d');
  } catch {
    ctx = null;
  }
  if (!ctx) return approxMeasure;
  const context = ctx;
  const cache = new Map<string, number>();
  return (text, fontSize, weight) => {
    const key = `${fontSize}|${weight}|${text}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    context.font = cssFont(fontSize, weight);
    const width = context.measureText(text).width;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, width);
    return width;
  };
}
