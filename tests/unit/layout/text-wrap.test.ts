import { describe, expect, it } from 'vitest';
import { measureText, type TextMeasurer } from '../../../src/layout/text-width';
import { wrapText } from '../../../src/layout/text-wrap';

const style = (maxWidth: number, maxLines = 2, size = 15) => ({
  size,
  weight: 700 as const,
  maxWidth,
  maxLines,
});
const width = (s: string, size = 15) => measureText(s, size, 700);

describe('measureText (the width table)', () => {
  it('sets CJK a full em, latin by its glyph, with 2 % slack', () => {
    expect(measureText('运营', 10, 400)).toBeCloseTo(20.4);
    expect(measureText('运营', 10, 700)).toBeCloseTo(20.4);
    // Noto Sans CJK SC: "i" 275, "m" 926 (regular) per 1000 em.
    expect(measureText('i', 100, 400)).toBeCloseTo(27.5 * 1.02);
    expect(measureText('m', 100, 400)).toBeCloseTo(92.6 * 1.02);
    expect(measureText('ab', 10, 700)).toBeGreaterThan(measureText('ab', 10, 400));
    // CJK fonts draw the middle dot and the ellipsis a full em wide.
    expect(measureText('·', 10, 400)).toBeCloseTo(10.2);
  });

  it('is additive and scales linearly with the font size', () => {
    const a = 'E-commerce platform';
    const b = ' 运营 ops';
    expect(measureText(a + b, 15, 700)).toBeCloseTo(measureText(a, 15, 700) + measureText(b, 15, 700));
    expect(measureText(a, 30, 400)).toBeCloseTo(2 * measureText(a, 15, 400));
  });
});

describe('wrapText', () => {
  it('keeps short text on one line', () => {
    expect(wrapText('渠道运营', style(200), measureText)).toEqual(['渠道运营']);
  });

  it('breaks CJK between characters and never exceeds the width', () => {
    const text = '管理、收集、监控产品生命周期数据并分析，推动产品改进';
    const lines = wrapText(text, style(120, 10), measureText);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(120);
  });

  it('breaks latin text between words', () => {
    const lines = wrapText('Channel and promotion operations', style(130, 5), measureText);
    expect(lines).toEqual(['Channel and', 'promotion', 'operations']);
  });

  it('keeps closing punctuation off the start of a line', () => {
    const lines = wrapText('甲乙丙，丁戊己', style(width('甲乙丙'), 5), measureText);
    for (const line of lines) expect(line.startsWith('，')).toBe(false);
  });

  it('ends with an ellipsis when the text needs more than maxLines', () => {
    const lines = wrapText('用户获取用户维护平台侧供给侧商家运营商业化运营', style(100, 2), measureText);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(100);
  });

  it('splits a single word wider than the line', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious', style(80, 3), measureText);
    expect(lines.length).toBe(3);
    for (const line of lines) expect(width(line)).toBeLessThanOrEqual(80);
    expect(lines[2]!.endsWith('…')).toBe(true);
  });

  it('mixes scripts and collapses whitespace', () => {
    const lines = wrapText('  DAU  与 次日/周/月 留存\n率  ', style(400, 2), measureText);
    expect(lines).toEqual(['DAU 与 次日/周/月 留存 率']);
  });

  it('returns no lines for empty text', () => {
    expect(wrapText('   ', style(100), measureText)).toEqual([]);
  });

  it('works with a measurer that is not additive', () => {
    // Kerning-like: each extra character costs a little less; lines must still be checked whole.
    const kerned: TextMeasurer = (s, size) => Math.max(0, Array.from(s).length * size * 0.9 - 1);
    const lines = wrapText('一二三四五六七八九十一二三四五六七八九十', style(60, 10), kerned);
    for (const line of lines) expect(kerned(line, 15, 700)).toBeLessThanOrEqual(60);
  });
});

describe('wrapText leaves no CJK character alone on the last line', () => {
  // One unit per character, so a width of 3 holds three characters.
  const perChar: TextMeasurer = (s) => Array.from(s).length;
  const at = (maxWidth: number, maxLines = 6) => ({ size: 1, weight: 700 as const, maxWidth, maxLines });
  const cases: [text: string, maxWidth: number, expected: string[], maxLines?: number][] = [
    ['推广运营', 3, ['推广', '运营']],
    ['渠道推广运营', 5, ['渠道推广', '运营']],
    ['用户运营。', 3, ['用户', '运营。']],
    // Two characters above would be left with one: the orphan stays rather than making another.
    ['运营专', 2, ['运营', '专']],
    // A latin word before the orphan is not split to feed it.
    ['ops 运', 4, ['ops', '运']],
    // Not the last of several lines when the text is cut: the ellipsis line is left alone.
    ['一二三四五六七', 3, ['一二三', '四五…'], 2],
  ];
  it.each(cases)('%s at width %i → %j', (text, maxWidth, expected, maxLines = 6) => {
    expect(wrapText(text, at(maxWidth, maxLines), perChar)).toEqual(expected);
  });

  it('keeps every line within the width and the line count of greedy breaking', () => {
    const text = '促活/留存/转化/召回';
    for (let w = 60; w <= 160; w += 5) {
      const lines = wrapText(text, style(w, 6), measureText);
      expect(lines.join('')).toBe(text);
      for (const line of lines) expect(width(line)).toBeLessThanOrEqual(w);
      const last = Array.from(lines.at(-1)!);
      if (lines.length > 1) expect(last.length).toBeGreaterThan(1);
    }
  });
});
