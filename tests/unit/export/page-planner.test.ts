import { describe, expect, it } from 'vitest';
import { PAGE_FORMATS, customFormat, defaultPlanOptions } from '../../../src/export/page-formats';
import { PagePlanError, planPages } from '../../../src/export/page-planner';
import type { PlanOptions } from '../../../src/export/page-types';
import { measureText } from '../../../src/layout/text-width';
import type { Chart, ChartNode } from '../../../src/model/schema';
import { templateChart } from '../../../src/model/templates';
import { localizeChart } from '../../../src/model/localize-chart';
import { planProblems } from './page-invariants';

const options = (over: Partial<PlanOptions> = {}): PlanOptions => ({
  ...defaultPlanOptions(),
  measure: measureText,
  ...over,
});

const node = (
  id: string,
  parentId: string | null,
  title = id,
  kind: ChartNode['kind'] = 'function',
): ChartNode => ({
  id,
  parentId,
  kind: parentId === null ? 'root' : kind,
  title,
  responsibilities: [],
  metrics: ['GMV', 'DAU'],
});

function chartOf(nodes: ChartNode[]): Chart {
  return { ...localizeChart(templateChart('default'), 'en'), nodes, links: [] };
}

describe('planPages', () => {
  it.each(['zh-CN', 'en'] as const)(
    'puts the default chart (%s) on one 16:9 slide, titles ≥ 14 pt, nothing under 10 pt',
    (locale) => {
      const chart = localizeChart(templateChart('default'), locale);
      const plan = planPages(chart, null, options());
      expect(plan.pages).toHaveLength(1);
      const page = plan.pages[0]!;
      expect(page.smallestPt).toBeGreaterThanOrEqual(10);
      expect(Math.min(...page.scene.nodes.map((n) => n.title.size))).toBeGreaterThanOrEqual(14);
      expect(page.nodeIds).toHaveLength(chart.nodes.length);
      expect(planProblems(chart, plan)).toEqual([]);
    },
  );

  it('splits a wide chart into an overview and continued pages, every node once', () => {
    const nodes = [node('r', null)];
    for (let b = 0; b < 6; b++) {
      nodes.push(node(`b${b}`, 'r', `Branch ${b}`, 'group'));
      for (let l = 0; l < 12; l++) nodes.push(node(`b${b}l${l}`, `b${b}`, `Leaf ${b}.${l}`));
    }
    const chart = chartOf(nodes);
    const plan = planPages(chart, null, options());
    expect(plan.pages.length).toBeGreaterThan(1);
    expect(plan.pages[0]!.markers.some((m) => m.kind === 'continued')).toBe(true);
    expect(planProblems(chart, plan)).toEqual([]);
  });

  it.each([
    ['a 2,000-character title', () => chartOf([node('r', null, 'Long '.repeat(400)), node('a', 'r')])],
    [
      'a chain 200 deep',
      () => chartOf([node('n0', null), ...Array.from({ length: 199 }, (_, i) => node(`n${i + 1}`, `n${i}`))]),
    ],
    [
      'a node with 500 children',
      () => chartOf([node('r', null), ...Array.from({ length: 500 }, (_, i) => node(`c${i}`, 'r'))]),
    ],
  ])('gives a sound plan for %s', (_, make) => {
    const chart = make();
    const plan = planPages(chart, null, options());
    expect(planProblems(chart, plan)).toEqual([]);
  });

  it.each([
    ['a 1×1 px page', { format: customFormat(1, 1) }, 'page-too-small'],
    ['a minimum of 0 pt', { minTextPt: 0 }, 'min-text-size'],
    ['a minimum of 200 pt', { minTextPt: 200, minTitlePt: 200 }, 'min-text-size'],
  ])('refuses %s with a clear error', (_, over, code) => {
    const run = () => planPages(localizeChart(templateChart('default'), 'en'), null, options(over));
    expect(run).toThrow(PagePlanError);
    try {
      run();
    } catch (error) {
      expect((error as PagePlanError).code).toBe(code);
    }
  });

  it('lowers card detail only as far as it must and says so', () => {
    const plan = planPages(localizeChart(templateChart('default'), 'en'), null, options({ detail: 'title' }));
    expect(plan.droppedDetail).toBeNull();
    expect(plan.pages.every((p) => p.detail === 'title')).toBe(true);
  });

  it('plans every standard format without problems', () => {
    const chart = localizeChart(templateChart('default'), 'zh-CN');
    for (const format of Object.values(PAGE_FORMATS)) {
      const plan = planPages(chart, null, options({ format }));
      expect(planProblems(chart, plan), format.id).toEqual([]);
    }
  });
});

describe('a bilingual export keeps the other language', () => {
  it('never lowers cards below their subtitle (the other title): pages split instead', () => {
    const chart = localizeChart(templateChart('default'), 'en', 'bilingual');
    const loose = planPages(chart, null, options());
    // Without the floor the planner gives the subtitles up first…
    expect(loose.pages.some((p) => p.detail === 'title')).toBe(true);
    const kept = planPages(chart, null, options({ minDetail: 'subtitle' }));
    expect(kept.pages.every((p) => p.detail !== 'title')).toBe(true);
    expect(kept.droppedDetail).not.toBe('title');
    expect(planProblems(chart, kept)).toEqual([]);
    const subtitles = kept.pages.flatMap((p) =>
      p.scene.nodes.map((n) => n.subtitle?.lines.map((l) => l.text).join('') ?? ''),
    );
    expect(subtitles.join(' ')).toContain('会员运营');
  });
});
