import { describe, expect, test } from 'vitest';
import { neutralTone, nodeTones, toneAt, TONES, type Tone } from '../../../src/layout/palette';
import { defaultLikeChart } from './fixtures';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const all: [string, Tone][] = [
  ...TONES.map((t, i): [string, Tone] => [`tone ${i}`, t]),
  ['neutral', neutralTone],
];

describe('palette', () => {
  test('has six distinct tones of #rrggbb colours', () => {
    expect(TONES).toHaveLength(6);
    expect(new Set(TONES.map((t) => t.accent)).size).toBe(6);
    for (const [, tone] of all) for (const c of Object.values(tone)) expect(c).toMatch(/^#[0-9a-f]{6}$/);
  });

  test.each(all)(
    '%s: text passes WCAG AA on white, fill and chip; accent is visible on white',
    (_name, tone) => {
      for (const bg of ['#ffffff', tone.fill, tone.chip])
        expect(contrast(tone.text, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(tone.accent, '#ffffff')).toBeGreaterThanOrEqual(3);
      // Fills stay light enough to print and to read dark text on.
      expect(luminance(tone.fill)).toBeGreaterThan(0.85);
    },
  );

  test('toneAt repeats the palette and maps null to neutral', () => {
    expect(toneAt(0)).toBe(TONES[0]);
    expect(toneAt(7)).toBe(TONES[1]);
    expect(toneAt(null)).toBe(neutralTone);
  });

  test('nodeTones gives each node its nearest chain/side tone', () => {
    const tones = nodeTones(defaultLikeChart());
    expect(tones.size).toBe(21);
    expect(tones.get('root')).toBeNull();
    expect(tones.get('channel')).toBe(0);
    expect(tones.get('maintenance')).toBe(1);
    expect(tones.get('platform')).toBe(2);
    expect(tones.get('new-media')).toBe(2);
    expect(tones.get('supply')).toBe(3);
    expect(tones.get('ads')).toBe(3);
  });
});
