import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../src/export/scene';
import { sceneToSvg } from '../../../src/export/svg';
import { escapeXml } from '../../../src/export/xml-text';
import { sampleChart, sampleLayout, sceneOptions } from './fixtures';

const chart = sampleChart();
const scene = buildScene(chart, sampleLayout(chart), sceneOptions({ showTitle: true, showLegend: true }));
const svg = sceneToSvg(scene);

function parse(text: string): Document {
  return new DOMParser().parseFromString(text, 'image/svg+xml');
}

describe('sceneToSvg', () => {
  const doc = parse(svg);
  const root = doc.documentElement;

  it('is well-formed SVG with size and viewBox', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe(String(scene.width));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${scene.width} ${scene.height}`);
    // Fonts a stock Mac and Windows have first, then the free CJK face, then the generic family.
    const family = root.querySelector('g')?.getAttribute('font-family') ?? '';
    const at = (name: string) => family.indexOf(name);
    expect(at('"PingFang SC"')).toBe(0);
    expect(at('PingFang SC')).toBeLessThan(at('Microsoft YaHei'));
    expect(at('Microsoft YaHei')).toBeLessThan(at('Noto Sans CJK SC'));
    expect(family.endsWith('sans-serif')).toBe(true);
    // A <title> names the document (the chart title when none is given).
    expect(root.querySelector('title')?.textContent).toBe(scene.title!.text);
  });

  it('uses only plain shapes and text: no foreignObject, CSS, scripts, images or rgba()', () => {
    for (const tag of ['foreignObject', 'style', 'script', 'image', 'use', 'tspan']) {
      expect(doc.getElementsByTagName(tag)).toHaveLength(0);
    }
    expect(svg).not.toMatch(/class=|style=|rgba\(|href=|url\(/);
  });

  it('writes one <text> per line and every node title', () => {
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    const lines = [
      ...(scene.title ? [scene.title.text] : []),
      ...scene.regions.flatMap((r) => r.label.lines.map((l) => l.text)),
      ...scene.links.flatMap((l) => l.label?.text.lines.map((x) => x.text) ?? []),
      ...scene.nodes.flatMap((n) =>
        [n.title, n.subtitle, n.goal].flatMap((b) => b?.lines.map((l) => l.text) ?? []),
      ),
      ...scene.nodes.flatMap((n) => n.chips.map((c) => c.text)),
      ...(scene.legend?.items.map((i) => i.label.lines[0]!.text) ?? []),
    ];
    expect(texts.sort()).toEqual(lines.sort());
    const all = texts.join('\n');
    for (const node of scene.nodes) expect(all).toContain(node.title.lines[0]!.text);
    expect(all).toContain('用户获取');
  });

  it('draws a card rect, an accent band and the connectors', () => {
    const rects = doc.getElementsByTagName('rect');
    expect(rects.length).toBeGreaterThanOrEqual(scene.nodes.length + scene.regions.length);
    const paths = Array.from(doc.getElementsByTagName('path'));
    const dashed = paths.filter((p) => p.getAttribute('stroke-dasharray'));
    expect(dashed).toHaveLength(scene.links.length);
    expect(paths.filter((p) => p.getAttribute('stroke') === '#94a3b8')).toHaveLength(scene.edges.length);
  });

  it('escapes untrusted text', () => {
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    // Parsed back, the text is the original characters.
    const all = Array.from(doc.getElementsByTagName('text'), (t) => t.textContent).join(' ');
    expect(all).toContain('<script>');
  });

  it('drops characters XML cannot hold instead of producing an unreadable file', () => {
    expect(escapeXml('a\u0001b\u0000c\ud800d & <e>')).toBe('abcd &amp; &lt;e&gt;');
    expect(escapeXml('😀')).toBe('😀');
    const nasty = sampleChart({ title: 'x\u0007y' });
    nasty.nodes[0] = { ...nasty.nodes[0]!, title: 'bell\u0007 "q" \'a\' ]]>' };
    const out = sceneToSvg(buildScene(nasty, sampleLayout(nasty), sceneOptions({ showTitle: true })));
    expect(parse(out).getElementsByTagName('parsererror')).toHaveLength(0);
  });

  it('omits the background rect when transparent', () => {
    const clear = sceneToSvg(
      buildScene(chart, sampleLayout(chart), sceneOptions({ background: 'transparent' })),
    );
    expect(clear).not.toContain('fill="#ffffff"/>\n<g');
    expect(parse(clear).documentElement.querySelector('g > rect')?.getAttribute('width')).not.toBe(
      String(scene.width),
    );
  });
});
