import fc from 'fast-check';
import { localizeChart } from '../../../src/model/localize-chart';
import { describe, expect, test } from 'vitest';
import {
  CARD,
  MAX_TITLE_LINES,
  cardSize,
  innerWidth,
  textHeight,
  titleFont,
  titleLines,
  zoomedOutText,
} from '../../../src/layout/card-text';
import { NODE_SIZES } from '../../../src/layout/node-size';
import { minRegionWidth, regionLabelText } from '../../../src/layout/region-label';
import { measureText } from '../../../src/layout/text-width';
import { layoutChart } from '../../../src/layout/tree-layout';
import { NODE_KINDS, type ChartNode } from '../../../src/model/schema';
import { indexChart } from '../../../src/model/tree';
import { loadTemplate, TEMPLATE_IDS } from '../../../src/model/templates';
import { chartOf, node } from './fixtures';

const squash = (s: string) => s.replace(/\s+/g, '');

/** Words of CJK and latin, as chart titles in both languages are. */
const word = fc.oneof(
  fc.constantFrom('运营', '用户', '商业化', '供给侧', '社区/社群', '（新）', '，'),
  fc.constantFrom('Ads', '&', 'monetization', 'ops', 'E-commerce', 'platform', 'Community', 'x'),
  fc.string({ minLength: 1, maxLength: 14, unit: fc.constantFrom('a', 'm', 'W', 'i', '-', '运') }),
);
const title = fc.array(word, { minLength: 1, maxLength: 10 }).map((ws) => ws.join(' ').trim() || 'x');
const cardNode = fc
  .record({
    kind: fc.constantFrom(...NODE_KINDS),
    title,
    subtitle: fc.option(title, { nil: undefined }),
    goal: fc.option(title, { nil: undefined }),
    metrics: fc.array(title, { maxLength: 3 }),
  })
  .map((r): ChartNode => node('n', null, r.kind, r));

describe('card sizes follow their text', () => {
  test('every title line fits the card; a title needing ≤ MAX_TITLE_LINES lines is whole', () => {
    fc.assert(
      fc.property(cardNode, (n) => {
        const size = cardSize(n);
        const lines = titleLines(n, size.width);
        const inner = innerWidth(size.width);
        for (const line of lines)
          expect(measureText(line, titleFont(n.kind).size, 700)).toBeLessThanOrEqual(inner + 1e-9);
        if (lines.length < MAX_TITLE_LINES) expect(squash(lines.join(''))).toBe(squash(n.title));
        // Every line (and subtitle, goal, chips) has room in the card's height.
        expect(textHeight(n, size.width)).toBeLessThanOrEqual(size.height);
        expect(size.width).toBeGreaterThanOrEqual(NODE_SIZES[n.kind].width);
        expect(size.height).toBeGreaterThanOrEqual(NODE_SIZES[n.kind].height);
      }),
      { numRuns: 300 },
    );
  });

  test('the zoomed-out title fits its card whole, as large as the card holds', () => {
    fc.assert(
      fc.property(cardNode, (n) => {
        const size = cardSize(n);
        const far = zoomedOutText(n, size);
        const inner = innerWidth(size.width) - 2;
        for (const line of far.titleLines)
          expect(measureText(line, far.titleSize, 700)).toBeLessThanOrEqual(inner + 1e-9);
        const used =
          far.titleLines.length * far.titleSize * 1.2 +
          (far.subtitleSize > 0 ? far.subtitleSize * 1.25 + 4 : 0);
        expect(used).toBeLessThanOrEqual(size.height - CARD.accent - 2 - 2 * CARD.gap + 1e-9);
        if (!far.titleLines.at(-1)?.endsWith('…'))
          expect(squash(far.titleLines.join(''))).toBe(squash(n.title));
      }),
      { numRuns: 300 },
    );
  });

  test('a long title widens its card and makes it taller; a short one keeps the kind’s size', () => {
    const short = node('a', null, 'function', { title: '商家运营' });
    expect(cardSize(short)).toEqual(NODE_SIZES.function);
    const long = node('b', null, 'function', {
      title: 'Ads & monetization operations for marketplace sellers',
    });
    expect(cardSize(long).width).toBeGreaterThan(NODE_SIZES.function.width);
    const huge = node('c', null, 'group', { title: 'Cross-border merchant onboarding '.repeat(4) });
    expect(cardSize(huge).height).toBeGreaterThan(NODE_SIZES.group.height);
  });

  test('measured once per node object', () => {
    const n = node('a', null, 'chain', { title: 'User acquisition' });
    expect(cardSize(n)).toBe(cardSize(n));
  });
});

describe('the default charts at their own sizes', () => {
  for (const id of TEMPLATE_IDS)
    for (const locale of ['zh-CN', 'en'] as const)
      test(`${id} (${locale}): no title cut, at any zoom; every region band holds its title`, async () => {
        const chart = localizeChart(await loadTemplate(id), locale);
        for (const direction of ['TB', 'LR'] as const) {
          const layout = layoutChart(chart, { direction });
          const byId = indexChart(chart).byId;
          for (const [nodeId, box] of layout.nodes) {
            const n = byId.get(nodeId)!;
            expect(squash(titleLines(n, box.width).join(''))).toBe(squash(n.title));
            expect(squash(zoomedOutText(n, box).titleLines.join(''))).toBe(squash(n.title));
          }
          for (const r of layout.regions) {
            const n = byId.get(r.nodeId);
            expect(r.width).toBeGreaterThanOrEqual(minRegionWidth(n) - 1e-9);
            expect(regionLabelText(n, r.width).startsWith(n!.title)).toBe(true);
          }
        }
      });
});

describe('region bands follow their label', () => {
  test.each(['TB', 'LR'] as const)('%s: a narrow band widens to hold its title whole', (direction) => {
    const chart = chartOf([
      node('root', null, 'root'),
      node('chain', 'root', 'chain', { title: 'Cross-border marketplace acquisition and growth', goal: 'g' }),
      node('leaf', 'chain', 'function', { title: 'x' }),
      node('other', 'root', 'chain', { title: 'B' }),
    ]);
    const layout = layoutChart(chart, { direction });
    const band = layout.regions.find((r) => r.nodeId === 'chain')!;
    const need = minRegionWidth(chart.nodes[1]);
    expect(need).toBeGreaterThan(NODE_SIZES.function.width + 40);
    expect(band.width).toBeGreaterThanOrEqual(need - 1e-9);
    expect(regionLabelText(chart.nodes[1], band.width).startsWith(chart.nodes[1]!.title)).toBe(true);
    // The widened band still holds its cards and keeps clear of the other one.
    const other = layout.regions.find((r) => r.nodeId === 'other')!;
    const apart =
      direction === 'TB'
        ? band.x + band.width <= other.x || other.x + other.width <= band.x
        : band.y + band.height <= other.y || other.y + other.height <= band.y;
    expect(apart).toBe(true);
  });
});
