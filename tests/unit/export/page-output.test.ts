import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { blobBytes } from '../../../src/export/blob-bytes';
import { PAGE_FORMATS, defaultPlanOptions } from '../../../src/export/page-formats';
import { planPages } from '../../../src/export/page-planner';
import { pageSceneWithMarkers } from '../../../src/export/page-scene';
import { pageAnchor, pageToSvg } from '../../../src/export/page-svg';
import type { PagePlan } from '../../../src/export/page-types';
import { extractChartFromPng } from '../../../src/export/png-chunks';
import { pageFileName, renderPngPages, zipFiles } from '../../../src/export/png-pages';
import { PRINT_VIEW_ID, printViewCss, printViewHtml } from '../../../src/export/print-view';
import { buildScene } from '../../../src/export/scene';
import { measureText } from '../../../src/layout/text-width';
import { wholeChartFit } from '../../../src/export/whole-chart-fit';
import { generateChart } from '../../../src/model/generate-chart';
import { templateChart } from '../../../src/model/templates';
import { localizeChart } from '../../../src/model/localize-chart';
import { sampleLayout, sceneOptions } from './fixtures';
import { tinyPng } from './png-fixture';

const plan = (chart = generateChart(300), format = PAGE_FORMATS['slide-16x9']): PagePlan =>
  planPages(chart, null, { ...defaultPlanOptions(), format, measure: measureText });

const big = plan();
const withMarkers = big.pages.find((p) => p.markers.length > 0)!;

function parse(markup: string, type: DOMParserSupportedType) {
  return new DOMParser().parseFromString(markup, type);
}

describe('a planned page as SVG', () => {
  it('is sized in pt to the page, draws the scene 1:1 and every marker', () => {
    const svg = pageToSvg(withMarkers);
    const doc = parse(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe(`${Math.round(withMarkers.scene.width * 100) / 100}pt`);
    expect(root.getAttribute('viewBox')).toBe(
      `0 0 ${Math.round(withMarkers.scene.width * 100) / 100} ${Math.round(withMarkers.scene.height * 100) / 100}`,
    );
    expect(root.querySelector('title')?.textContent).toBe(withMarkers.title);
    const texts = Array.from(root.getElementsByTagName('text')).map((t) => t.textContent);
    for (const m of withMarkers.markers)
      for (const b of m.labels) for (const l of b.lines) expect(texts).toContain(l.text);
    // Standalone: no links (a single page has nowhere to go).
    expect(root.getElementsByTagName('a')).toHaveLength(0);
  });

  it('makes every marker a link to its page when asked', () => {
    const doc = parse(pageToSvg(withMarkers, { links: true }), 'image/svg+xml');
    const hrefs = Array.from(doc.getElementsByTagName('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(withMarkers.markers.map((m) => `#page-${m.targetPage + 1}`));
  });

  it('folds markers into the scene for the rasteriser', () => {
    const scene = pageSceneWithMarkers(withMarkers);
    expect(scene.nodes).toHaveLength(withMarkers.scene.nodes.length + withMarkers.markers.length);
    expect(scene.width).toBe(withMarkers.scene.width);
  });
});

describe('the print view', () => {
  it.each([
    ['slide-16x9', '959.98pt 540pt'],
    ['a4-portrait', '595.28pt 841.89pt'],
  ] as const)('%s: one section per page, @page at the page size, anchors for every marker', (id, size) => {
    const p = plan(generateChart(300), PAGE_FORMATS[id]);
    const html = printViewHtml(p);
    const css = printViewCss(p);
    expect(css).toContain(`@page { size: ${size}; margin: 0; }`);
    // No <style> element: the CSP allows no inline style elements.
    expect(html).not.toContain('<style');
    const host = document.createElement('div');
    host.id = PRINT_VIEW_ID;
    host.innerHTML = html;
    const sections = host.querySelectorAll('section');
    expect(sections).toHaveLength(p.pages.length);
    sections.forEach((s, i) => {
      expect(s.id).toBe(pageAnchor(i));
      expect(s.querySelectorAll('svg')).toHaveLength(1);
    });
    const ids = new Set(Array.from(sections).map((s) => `#${s.id}`));
    const links = Array.from(host.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links.length).toBe(p.pages.reduce((sum, pg) => sum + pg.markers.length, 0));
    for (const href of links) expect(ids.has(href!)).toBe(true);
    // Hidden on screen, everything but the view hidden in print.
    expect(css).toContain(`@media screen { #${PRINT_VIEW_ID} { display: none; } }`);
    expect(css).toContain(`body > :not(#${PRINT_VIEW_ID}) { display: none !important; }`);
  });

  it('escapes page titles and text', () => {
    const chart = localizeChart(templateChart('default'), 'zh-CN');
    const evil = { ...chart, title: '<script>alert(1)</script> & "x"' };
    const html = printViewHtml(plan(evil));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('PNG pages', () => {
  it('numbers files so they sort in page order', () => {
    expect(pageFileName('图表', 0, 9)).toBe('图表-p01.png');
    expect(pageFileName('x', 99, 120)).toBe('x-p100.png');
    expect(pageFileName('x', 4, 120)).toBe('x-p005.png');
  });

  it('zips files unchanged (stored)', () => {
    const a = tinyPng();
    const files = unzipSync(
      zipFiles([
        { name: 'a.png', bytes: a },
        { name: 'b.png', bytes: new Uint8Array([1, 2]) },
      ]),
    );
    expect(Object.keys(files)).toEqual(['a.png', 'b.png']);
    expect(files['a.png']).toEqual(a);
  });

  it('one image per page at pt × 4/3 × scale, the chart only in the first', async () => {
    const p = plan(localizeChart(templateChart('default'), 'zh-CN'));
    const two = { ...p, pages: [p.pages[0]!, p.pages[0]!] };
    const made: { width: number; height: number }[] = [];
    const createCanvas = (width: number, height: number) => {
      made.push({ width, height });
      const ctx = new Proxy({}, { get: (t, k) => (k in t ? (t as never)[k] : () => {}), set: () => true });
      return {
        width,
        height,
        getContext: () => ctx,
        convertToBlob: async () => new Blob([tinyPng() as Uint8Array<ArrayBuffer>], { type: 'image/png' }),
      } as unknown as OffscreenCanvas;
    };
    const result = await renderPngPages(two, 2, 'chart', { chartJson: '{"a":1}', createCanvas });
    expect(result.count).toBe(2);
    expect(made).toEqual([
      { width: 2560, height: 1440 },
      { width: 2560, height: 1440 },
    ]);
    const files = unzipSync(await blobBytes(result.blob));
    expect(Object.keys(files)).toEqual(['chart-p01.png', 'chart-p02.png']);
    expect(extractChartFromPng(files['chart-p01.png']!)).toBe('{"a":1}');
    expect(extractChartFromPng(files['chart-p02.png']!)).toBeNull();
  });
});

describe('the whole chart as one picture', () => {
  it('says the scale the canvas allows and how small its text gets on a page', () => {
    const chart = generateChart(300);
    const scene = buildScene(chart, sampleLayout(chart), sceneOptions({ measure: measureText }));
    const fit = wholeChartFit(scene, 2, PAGE_FORMATS['slide-16x9']);
    expect(fit.scaledDown).toBe(scene.width * 2 > 32_767);
    expect(fit.smallestPtOnPage).toBeLessThan(10);
    const small = localizeChart(templateChart('default'), 'zh-CN');
    const ok = wholeChartFit(
      buildScene(small, sampleLayout(small), sceneOptions()),
      1,
      PAGE_FORMATS['a3-landscape'],
    );
    expect(ok.scaledDown).toBe(false);
    expect(ok.scale).toBe(1);
  });
});
