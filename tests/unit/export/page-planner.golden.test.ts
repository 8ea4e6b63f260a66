import { describe, expect, it } from 'vitest';
import { defaultPlanOptions } from '../../../src/export/page-formats';
import { planPages } from '../../../src/export/page-planner';
import { measureText } from '../../../src/layout/text-width';
import { generateChart } from '../../../src/model/generate-chart';
import type { Chart } from '../../../src/model/schema';
import { loadTemplate, TEMPLATE_IDS } from '../../../src/model/templates';
import { localizeChart } from '../../../src/model/localize-chart';
import { planProblems } from './page-invariants';

/** The facts a plan is judged by: pages, and per page its detail, cards and smallest text. */
function summary(chart: Chart) {
  const plan = planPages(chart, null, { ...defaultPlanOptions(), measure: measureText });
  expect(planProblems(chart, plan)).toEqual([]);
  return {
    pages: plan.pages.length,
    droppedDetail: plan.droppedDetail,
    perPage: plan.pages.map((p) => `${p.nodeIds.length} cards · ${p.detail} · ${p.smallestPt} pt`),
  };
}

// Golden plans on a 16:9 slide (nothing under 10 pt, card titles ≥ 14 pt). A change here is a
// change in what people get on their slides: look at the slides before updating (vitest -u).
describe('page plans (golden)', () => {
  for (const id of TEMPLATE_IDS)
    for (const locale of ['zh-CN', 'en'] as const)
      it(`${id} (${locale}) fits one slide`, async () => {
        const s = summary(localizeChart(await loadTemplate(id), locale));
        expect(s.pages).toBe(1);
        expect(s).toMatchSnapshot();
      });

  it.each([300, 2000])(
    'a generated chart of %i nodes',
    (size) => {
      const s = summary(generateChart(size));
      expect(s.pages).toBeGreaterThan(1);
      expect(s).toMatchSnapshot();
    },
    60_000,
  );
});
