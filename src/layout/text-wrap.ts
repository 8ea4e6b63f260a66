import { WIDE_CHAR, type FontWeight, type TextMeasurer } from './text-width';

export type WrapStyle = { size: number; weight: FontWeight; maxWidth: number; maxLines: number };

const ELLIPSIS = '…';
/** Punctuation that may not start a line (kinsoku): it sticks to the token before it. */
const NO_LINE_START = /^[，。、；：！？）》」』】〕〉”’,.;:!?)\]}%]$/;

/** CJK breaks between any two characters; other scripts between words (spaces stay with the word before). */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let word = '';
  const flush = () => {
    if (word) tokens.push(word);
    word = '';
  };
  for (const ch of text) {
    if (WIDE_CHAR.test(ch)) {
      flush();
      if (NO_LINE_START.test(ch) && tokens.length > 0) tokens[tokens.length - 1] += ch;
      else tokens.push(ch);
    } else if (/\s/.test(ch)) {
      word += ' ';
      flush();
    } else {
      if (word.endsWith(' ')) flush();
      word += ch;
    }
  }
  flush();
  return tokens;
}

/** Cuts `text` to the longest prefix that, followed by `suffix`, fits in `maxWidth`. */
export function fitPrefix(
  text: string,
  suffix: string,
  style: Omit<WrapStyle, 'maxLines'>,
  measure: TextMeasurer,
): string {
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  // Binary search: measured width grows with the number of characters kept.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const candidate = chars.slice(0, mid).join('').trimEnd() + suffix;
    if (measure(candidate, style.size, style.weight) <= style.maxWidth) lo = mid;
    else hi = mid - 1;
  }
  const kept = chars.slice(0, lo).join('').trimEnd() + suffix;
  return measure(kept, style.size, style.weight) <= style.maxWidth ? kept : '';
}

/**
 * Greedy line breaking. Every returned line measures ≤ maxWidth; when the text needs more
 * than maxLines, the last line ends in an ellipsis.
 */
export function wrapText(text: string, style: WrapStyle, measure: TextMeasurer): string[] {
  const fits = (s: string) => measure(s.trimEnd(), style.size, style.weight) <= style.maxWidth;
  const lines: string[] = [];
  let line = '';
  const tokens = tokenize(text.replace(/\s+/g, ' ').trim());
  let overflow = false;
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i]!;
    if (!line && !token.trim()) continue;
    if (fits(line + token)) {
      line += token;
      continue;
    }
    if (line.trim()) {
      lines.push(line.trimEnd());
      line = '';
      if (lines.length === style.maxLines) {
        overflow = true;
        break;
      }
    }
    // A word wider than the whole line is broken between characters.
    while (!fits(token)) {
      const head = fitPrefix(token, '', style, measure) || Array.from(token)[0]!;
      lines.push(head);
      token = token.slice(head.length);
      if (lines.length === style.maxLines) {
        overflow = token.length > 0 || i < tokens.length - 1;
        break;
      }
    }
    if (overflow) break;
    line = token;
  }
  if (!overflow && line.trim()) lines.push(line.trimEnd());
  if (lines.length > style.maxLines) {
    overflow = true;
    lines.length = style.maxLines;
  }
  if (!overflow) avoidOrphan(lines, fits);
  if (overflow && lines.length > 0) {
    const last = lines.length - 1;
    lines[last] = fitPrefix(lines[last]!, ELLIPSIS, style, measure) || ELLIPSIS;
  }
  return lines;
}

/**
 * A last line of one CJK character ("推广运 / 营") reads as a slip: take one more character
 * from the line above, as a typesetter would. The line count never changes, so neither
 * does any card's size.
 */
function avoidOrphan(lines: string[], fits: (s: string) => boolean): void {
  if (lines.length < 2) return;
  const last = Array.from(lines[lines.length - 1]!);
  if (!WIDE_CHAR.test(last[0]!) || !last.slice(1).every((ch) => NO_LINE_START.test(ch))) return;
  const above = Array.from(lines[lines.length - 2]!);
  const moved = above.at(-1)!;
  // Keep at least two characters above, and never start a line with closing punctuation.
  if (above.length < 3 || !WIDE_CHAR.test(moved) || NO_LINE_START.test(moved)) return;
  const next = moved + last.join('');
  if (!fits(next)) return;
  lines[lines.length - 2] = above.slice(0, -1).join('').trimEnd();
  lines[lines.length - 1] = next;
}
