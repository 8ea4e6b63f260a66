import { localizeChart } from '../../../src/model/localize-chart';
import { describe, expect, it } from 'vitest';
import { defaultPlanOptions } from '../../../src/export/page-formats';
import { planPages } from '../../../src/export/page-planner';
import type { SceneRect } from '../../../src/export/scene-types';
import { linkCurve } from '../../../src/layout/connectors';
import { measureText } from '../../../src/layout/text-width';
import { templateChart } from '../../../src/model/templates';

const overlap = (a: SceneRect, b: SceneRect) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.01 &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.01;

describe('works-with links on pages', () => {
  for (const locale of ['zh-CN', 'en'] as const)
    it(`default chart (${locale}): the label covers no card and no band label; one link geometry`, () => {
      const chart = localizeChart(templateChart('default'), locale);
      const plan = planPages(chart, null, { ...defaultPlanOptions(), measure: measureText });
      const page = plan.pages[0]!;
      expect(page.scene.links).toHaveLength(1);
      const link = page.scene.links[0]!;
      const box = link.label!.box;
      for (const card of page.scene.nodes) expect(overlap(box, card), card.id).toBe(false);
      for (const r of page.scene.regions) {
        const line = r.label.lines[0];
        if (!line) continue;
        const labelBox = {
          x: line.x,
          y: line.y - r.label.size,
          width: measureText(line.text, r.label.size, 700),
          height: r.label.size * 1.3,
        };
        expect(overlap(box, labelBox), r.nodeId).toBe(false);
      }
      // Inside the page's safe area.
      expect(box.x + box.width).toBeLessThanOrEqual(page.scene.width);
      // The same curve the canvas draws (src/layout/connectors.ts), given the page's link shape.
      const [a, b] = [chart.links[0]!.source, chart.links[0]!.target].map((id) =>
        page.scene.nodes.find((n) => n.id === id)!,
      );
      const curve = linkCurve(a!, b!, { row: true, column: 1, reach: 1, bow: 1 });
      expect(link.from).toEqual(curve!.from);
      expect(link.to).toEqual(curve!.to);
    });
});
