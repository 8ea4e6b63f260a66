import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { buildPptx } from '../../../src/export/pptx';
import { templateChart } from '../../../src/model/templates';
import { sampleChart, sampleLayout, sceneOptions } from './fixtures';
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve) => { const r = new FileReader(); r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer)); r.readAsArrayBuffer(blob); });
}
it('render', async () => {
  const s = sampleChart();
  writeFileSync('/tmp/sample.pptx', await bytesOf(await buildPptx({ chart: s, layout: sampleLayout(s), options: sceneOptions({ showLegend: true }) })));
  const big = templateChart('default', 'zh-CN');
  writeFileSync('/tmp/default.pptx', await bytesOf(await buildPptx({ chart: big, layout: sampleLayout(big), options: sceneOptions({ includeCollapsed: true, showTitle: true, showLegend: true }) })));
});
