import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { blobBytes } from '../../../src/export/blob-bytes';
import { defaultPlanOptions } from '../../../src/export/page-formats';
import { planPages } from '../../../src/export/page-planner';
import { buildPptx, exportPptx, PPTX_MIME } from '../../../src/export/pptx';
import { packageProblems } from '../../../src/export/pptx-package';
import { measureText } from '../../../src/layout/text-width';
import type { Chart } from '../../../src/model/schema';
import { templateChart } from '../../../src/model/templates';
import { localizeChart } from '../../../src/model/localize-chart';
import { escapeXml } from '../../../src/export/xml-text';
import { sampleChart, sampleLayout, sceneOptions } from './fixtures';

/** A wide chart: one root, three branches with many function cards. */
function wideChart(): Chart {
  const base = sampleChart();
  const nodes: Chart['nodes'] = [base.nodes[0]!];
  for (let b = 0; b < 3; b++) {
    nodes.push({
      id: `b${b}`,
      parentId: 'root',
      kind: 'chain',
      title: `分支 ${b}`,
      responsibilities: [],
      metrics: [],
    });
    for (let i = 0; i < 30; i++)
      nodes.push({
        id: `b${b}-f${i}`,
        parentId: `b${b}`,
        kind: 'function',
        title: `职能 ${b}-${i}`,
        responsibilities: [`职责 ${b}-${i}`],
        metrics: ['GMV'],
      });
  }
  return { ...base, nodes, links: [] };
}

async function unzip(blob: Blob): Promise<Record<string, Uint8Array>> {
  return unzipSync(await blobBytes(blob));
}
const text = (files: Record<string, Uint8Array>, name: string) => strFromU8(files[name]!);
const slideNames = (files: Record<string, Uint8Array>) =>
  Object.keys(files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
const groupNames = (xml: string) =>
  Array.from(xml.matchAll(/<p:grpSp><p:nvGrpSpPr><p:cNvPr id="\d+" name="([^"]*)"/g), (m) => m[1]!);
const fontSizes = (xml: string) => Array.from(xml.matchAll(/ sz="(\d+)"/g), (m) => Number(m[1]) / 100);

describe('exportPptx', () => {
  it('writes one slide per planned page, each card one group named after the node, connectors glued to cards', async () => {
    const chart = localizeChart(templateChart('default'), 'en');
    const plan = planPages(chart, null, { ...defaultPlanOptions(), measure: measureText });
    const blob = await exportPptx(plan, chart);
    expect(blob.type).toBe(PPTX_MIME);
    const files = await unzip(blob);
    expect(slideNames(files)).toHaveLength(plan.pages.length);
    const slide = text(files, 'ppt/slides/slide1.xml');
    expect(groupNames(slide).sort()).toEqual(chart.nodes.map((n) => escapeXml(n.title)).sort());
    const connectors = slide.match(/<p:cxnSp>/g) ?? [];
    expect(connectors).toHaveLength(chart.nodes.length - 1);
    expect(slide).toMatch(/<a:stCxn id="\d+" idx="2"\/><a:endCxn id="\d+" idx="\d"\/>/);
    expect(Math.min(...fontSizes(slide))).toBeGreaterThanOrEqual(10);
    expect(slide).toContain('often one team');
    expect(packageProblems(files)).toEqual([]);
    const size = text(files, 'ppt/presentation.xml').match(/<p:sldSz cx="(\d+)" cy="(\d+)"/)!;
    expect(Number(size[1]) / Number(size[2])).toBeCloseTo(16 / 9, 2);
  });

  it('splits a big chart into linked slides with notes and keeps the package consistent', async () => {
    const chart = wideChart();
    const files = await unzip(
      await buildPptx({ chart, layout: sampleLayout(chart), options: sceneOptions() }),
    );
    const slides = slideNames(files);
    expect(slides.length).toBeGreaterThan(1);
    const all = slides.map((s) => text(files, s));
    // Every node exactly once as a card across the slides.
    const cards = all.flatMap(groupNames).sort();
    expect(cards).toEqual(chart.nodes.map((n) => escapeXml(n.title)).sort());
    for (const xml of all) expect(Math.min(...fontSizes(xml))).toBeGreaterThanOrEqual(10);
    // Markers are slide links.
    expect(all[0]).toContain('ppaction://hlinksldjump');
    const rels = text(files, 'ppt/slides/_rels/slide1.xml.rels');
    expect(rels).toMatch(/Target="[^"]*slide\d+\.xml"/);
    const notes = Object.keys(files).filter((f) => /notesSlide\d+\.xml$/.test(f));
    expect(notes.map((f) => text(files, f)).join('')).toContain('职责 1-3');
    expect(packageProblems(files)).toEqual([]);
  });

  it('escapes untrusted text', async () => {
    const chart = sampleChart();
    const files = await unzip(
      await buildPptx({ chart, layout: sampleLayout(chart), options: sceneOptions() }),
    );
    const all = slideNames(files)
      .map((s) => text(files, s))
      .join('');
    expect(all).not.toContain('<script>');
  });
});

describe('packageProblems', () => {
  it('finds an override naming a missing part and a relationship pointing nowhere', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const files = {
      '[Content_Types].xml': enc(
        '<Types><Override PartName="/ppt/slideMasters/slideMaster2.xml" ContentType="x"/></Types>',
      ),
      'ppt/_rels/presentation.xml.rels': enc(
        '<Relationships><Relationship Id="r1" Type="t" Target="slides/slide9.xml"/></Relationships>',
      ),
    };
    expect(packageProblems(files)).toEqual([
      'override names missing part ppt/slideMasters/slideMaster2.xml',
      'ppt/_rels/presentation.xml.rels points at missing ppt/slides/slide9.xml',
    ]);
  });
});
