import { describe, expect, it } from 'vitest';
import {
  arrangeTree,
  fitScale,
  paretoFront,
  rootOptions,
  type ArrangeGaps,
  type ArrangeNode,
} from '../../../src/layout/page-arrange';

const GAPS: ArrangeGaps = {
  sibling: 10,
  level: 20,
  lrLevel: 20,
  indent: 14,
  stackGap: 6,
  regionPad: 6,
  regionTop: 20,
};
const card = (children: number[] = [], region = false): ArrangeNode => ({
  width: 100,
  height: 40,
  region,
  stackable: !region,
  children,
});

/** A parent with `n` leaf children. */
function fan(n: number): ArrangeNode[] {
  return [card(Array.from({ length: n }, (_, i) => i + 1)), ...Array.from({ length: n }, () => card())];
}

function overlaps(a: ArrangeNode[], r: ReturnType<typeof arrangeTree>): boolean {
  for (let i = 0; i < a.length; i++)
    for (let j = i + 1; j < a.length; j++) {
      const ox = r.x[i]! < r.x[j]! + a[j]!.width && r.x[j]! < r.x[i]! + a[i]!.width;
      const oy = r.y[i]! < r.y[j]! + a[j]!.height && r.y[j]! < r.y[i]! + a[i]!.height;
      if (ox && oy) return true;
    }
  return false;
}

describe('paretoFront', () => {
  it('drops options both wider and taller than another and keeps the order by width', () => {
    const front = paretoFront([
      { w: 10, h: 50 },
      { w: 20, h: 60 },
      { w: 30, h: 20 },
      { w: 40, h: 20 },
    ]);
    expect(front).toEqual([
      { w: 10, h: 50 },
      { w: 30, h: 20 },
    ]);
  });
});

describe('arrangeTree', () => {
  it.each([
    ['a wide page puts eight leaves in a row', { width: 2000, height: 200 }, 'tb'],
    ['a tall page stacks them in one column', { width: 150, height: 2000 }, 'cols1'],
    ['a square page wraps them into columns', { width: 500, height: 400 }, 'cols'],
  ])('%s', (_, box, mode) => {
    const nodes = fan(8);
    const r = arrangeTree(nodes, GAPS, box);
    expect(r.mode[0]!.startsWith(mode)).toBe(true);
    expect(overlaps(nodes, r)).toBe(false);
  });

  it('never gives a worse fit than the plain top-down row', () => {
    const nodes = fan(8);
    const row = 8 * 100 + 7 * 10;
    const best = Math.max(...rootOptions(nodes, GAPS).map((o) => fitScale(o.w, o.h, 960, 540)));
    expect(best).toBeGreaterThanOrEqual(fitScale(row, 40 + 20 + 40, 960, 540));
  });

  it('keeps a region band around its subtree, with room for the label on top', () => {
    const nodes = [card([1], true), card()];
    const r = arrangeTree(nodes, GAPS, { width: 500, height: 500 });
    const band = r.band[0]!;
    expect(r.y[0]! - band.y).toBe(GAPS.regionTop);
    for (const i of [0, 1]) {
      expect(r.x[i]!).toBeGreaterThanOrEqual(band.x);
      expect(r.x[i]! + 100).toBeLessThanOrEqual(band.x + band.width);
      expect(r.y[i]! + 40).toBeLessThanOrEqual(band.y + band.height);
    }
  });

  it('arranges a chain 300 deep without recursion', () => {
    const nodes = Array.from({ length: 300 }, (_, i) => card(i < 299 ? [i + 1] : []));
    const r = arrangeTree(nodes, GAPS, { width: 960, height: 540 });
    expect(overlaps(nodes.slice(0, 50), r)).toBe(false);
    expect(Number.isFinite(r.width) && Number.isFinite(r.height)).toBe(true);
  });
});
