/*
 * How wide text is, without a DOM: one committed table of advance widths, used by the layout
 * (card sizes, region bands), the canvas cards, the export scene and the page planner alike,
 * so a title that fits on the canvas fits on a slide. A table rather than canvas
 * `measureText`: the layout then is a pure function of the document — the same in the main
 * thread, the layout worker, Node tests and every browser — and a line break decided here can
 * never differ between screen and file. See ARCHITECTURE.md "Text widths".
 */

export type FontWeight = 400 | 600 | 700;

/** Width in px of `text` set at `fontSize` px; injected so wrapping stays pure and testable. */
export type TextMeasurer = (text: string, fontSize: number, weight: FontWeight) => number;

/** CJK ideographs, kana, hangul, CJK punctuation and full-width forms: one em wide. */
export const WIDE_CHAR =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/*
 * Advance widths in 1/1000 em of U+0020–U+007E, regular and bold: per character the wider of
 * Noto Sans CJK SC (what Linux draws with) and Liberation Sans (Arial's metrics, close to the
 * Latin of PingFang SC and Microsoft YaHei), measured with Chromium's canvas at 1000 px.
 */
// prettier-ignore
const REGULAR = [278, 323, 474, 556, 556, 921, 680, 278, 338, 338, 467, 584, 278, 347, 278, 392, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 728, 293, 535, 667, 556, 833, 723, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 338, 392, 338, 555, 559, 606, 563, 618, 510, 620, 556, 325, 564, 607, 275, 275, 552, 284, 926, 610, 606, 620, 620, 388, 500, 377, 607, 521, 802, 500, 521, 500, 338, 270, 338, 584];
// prettier-ignore
const BOLD = [278, 370, 574, 590, 590, 963, 740, 325, 378, 378, 507, 590, 325, 370, 325, 387, 590, 590, 590, 590, 590, 590, 590, 590, 590, 590, 333, 333, 590, 590, 590, 611, 1007, 722, 722, 722, 722, 667, 611, 778, 757, 330, 568, 722, 611, 853, 749, 778, 667, 778, 722, 667, 625, 748, 667, 944, 667, 667, 613, 378, 387, 378, 590, 567, 626, 591, 644, 556, 644, 581, 372, 611, 640, 304, 306, 604, 315, 964, 641, 626, 644, 644, 436, 556, 421, 637, 576, 863, 562, 574, 511, 389, 296, 389, 590];

/** Punctuation CJK fonts draw a full em wide although it is not in the CJK blocks. */
const FULL_WIDTH_PUNCTUATION = /[·…→←↑↓—–“”‘’•]/;
/** Other letters (accented Latin, Greek, Cyrillic …): a generous average. */
const OTHER = { regular: 650, bold: 700 } as const;
/** Real fonts kern and round; a little slack keeps "measured to fit" fitting when drawn. */
const SLACK = 1.02;
/**
 * LibreOffice (and Word) put a quarter em between CJK and latin text ("autospace"): 渠道/推广
 * draws as 渠道 / 推广 in a converted slide. Counting it keeps such titles fitting there too.
 */
const AUTOSPACE = 250;

function ems(text: string, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  let total = 0;
  // 1 = CJK, 2 = other visible text, 0 = space or nothing yet.
  let last = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    let script = 2;
    if (code >= 32 && code < 127) {
      total += table[code - 32]!;
      if (code === 32) script = 0;
    } else if (WIDE_CHAR.test(ch)) {
      total += 1000;
      script = 1;
    } else if (FULL_WIDTH_PUNCTUATION.test(ch)) total += 1000;
    else if (code < 32 || (code >= 0x200b && code <= 0x200f)) continue;
    else total += bold ? OTHER.bold : OTHER.regular;
    if (last && script && last !== script) total += AUTOSPACE;
    last = script;
  }
  return (total / 1000) * SLACK;
}

const CACHE_LIMIT = 50_000;
// Widths in em per string, regular and bold apart (no key strings to build: planning 10,000
// cards measures hundreds of thousands of times).
const caches = [new Map<string, number>(), new Map<string, number>()] as const;

/** The one text measurer: width in px of `text` at `fontSize` px (600 and 700 both use the bold table). */
export const measureText: TextMeasurer = (text, fontSize, weight) => {
  const bold = weight >= 600;
  const cache = caches[bold ? 1 : 0];
  let em = cache.get(text);
  if (em === undefined) {
    em = ems(text, bold);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, em);
  }
  return em * fontSize;
};
