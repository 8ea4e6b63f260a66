import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { buildScene } from '../../../src/export/scene';
import { sceneToSvg } from '../../../src/export/svg';
import { templateChart } from '../../../src/model/templates';
import { sampleChart, sampleLayout, sceneOptions } from './fixtures';
it('render', () => {
  const big = templateChart('default', 'zh-CN');
  writeFileSync('/tmp/default.svg', sceneToSvg(buildScene(big, sampleLayout(big), sceneOptions({ includeCollapsed: true, showTitle: true, showLegend: true }))));
  const lr = { ...big, direction: 'LR' as const };
  writeFileSync('/tmp/default-lr.svg', sceneToSvg(buildScene(lr, sampleLayout(lr), sceneOptions({ includeCollapsed: true, showTitle: true, showLegend: true, background: 'dark' }))));
  const s = sampleChart();
  writeFileSync('/tmp/sample.svg', sceneToSvg(buildScene(s, sampleLayout(s), sceneOptions({ showTitle: true, showLegend: true }))));
});
