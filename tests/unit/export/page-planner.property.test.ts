import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PAGE_FORMATS, defaultPlanOptions } from '../../../src/export/page-formats';
import { planPages } from '../../../src/export/page-planner';
import type { CardDetail } from '../../../src/export/page-types';
import { measureText } from '../../../src/layout/text-width';
import { mulberry32 } from '../../../src/model/generate-chart';
import type { Chart, ChartNode } from '../../../src/model/schema';
import { templateChart } from '../../../src/model/templates';
import { localizeChart } from '../../../src/model/localize-chart';
import { planProblems } from './page-invariants';

const kinds = ['chain', 'side', 'group', 'function'] as const;
const CJK = '运营用户增长内容活动渠道平台商家数据会员社群直播搜索价格私域供给需求服务履约中心';
const WORDS = [
  'ops',
  'growth',
  'channel',
  'merchant',
  'membership',
  'live-stream',
  'private-domain',
  'centre',
  'and',
  'A',
];

/** Text of a random length in Chinese or English (or both mixed). */
function text(rand: () => number, max: number): string {
  const length = 1 + Math.floor(rand() * rand() * max);
  const zh = rand() < 0.5;
  let out = '';
  while (Array.from(out).length < length)
    out += zh ? CJK[Math.floor(rand() * CJK.length)]! : `${WORDS[Math.floor(rand() * WORDS.length)]!} `;
  return out.trim() || 'x';
}

/** A random tree: deep chains, wide fans or a mix, with random text in both languages. */
function randomChart(size: number, seed: number, depthBias: number): Chart {
  const rand = mulberry32(seed);
  const nodes: ChartNode[] = [];
  for (let i = 0; i < size; i++) {
    const parent = i === 0 ? null : rand() < depthBias ? i - 1 : Math.floor(rand() * i);
    const kind = i === 0 ? 'root' : kinds[Math.floor(rand() * kinds.length)]!;
    const node: ChartNode = {
      id: `n${i}`,
      parentId: parent === null ? null : `n${parent}`,
      kind,
      title: text(rand, 60),
      responsibilities: [],
      metrics: Array.from({ length: Math.floor(rand() * 5) }, () => text(rand, 12)),
    };
    if (rand() < 0.6) node.subtitle = text(rand, 40);
    if (rand() < 0.3) node.goal = text(rand, 30);
    nodes.push(node);
  }
  const links =
    size > 3 && rand() < 0.5
      ? [
          {
            id: 'l1',
            source: 'n1',
            target: `n${size - 1}`,
            kind: 'works-with' as const,
            label: text(rand, 20),
          },
        ]
      : [];
  return { ...localizeChart(templateChart('default'), 'zh-CN'), nodes, links };
}

describe('planPages (property)', () => {
  test('every node a full card on exactly one page, every edge drawn or replaced by a marker, nothing under the minimum or outside the margins', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 60, max: 2000 })),
        fc.integer(),
        fc.double({ min: 0, max: 0.9, noNaN: true }),
        fc.constantFrom(...(Object.keys(PAGE_FORMATS) as (keyof typeof PAGE_FORMATS)[])),
        fc.constantFrom<CardDetail>('metrics', 'subtitle', 'title'),
        fc.constantFrom(10, 12),
        (size, seed, depthBias, format, detail, minTextPt) => {
          const chart = randomChart(size, seed, depthBias);
          const plan = planPages(chart, null, {
            ...defaultPlanOptions(detail),
            format: PAGE_FORMATS[format],
            minTextPt,
            minTitlePt: minTextPt + 4,
            measure: measureText,
          });
          expect(planProblems(chart, plan)).toEqual([]);
          for (const page of plan.pages) expect(page.smallestPt).toBeGreaterThanOrEqual(minTextPt);
        },
      ),
      { numRuns: 40 },
    );
  }, 240_000);
});
