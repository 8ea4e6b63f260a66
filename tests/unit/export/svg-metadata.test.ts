import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zlibSync } from 'fflate';
import { toBase64Url } from '../../../src/export/base64url';
import { buildScene } from '../../../src/export/scene';
import { sceneToSvg } from '../../../src/export/svg';
import { extractChartFromSvg, looksLikeSvg, svgChartMetadata } from '../../../src/export/svg-metadata';
import { importChart } from '../../../src/model/import-chart';
import { sampleChart, sampleLayout, sceneOptions } from './fixtures';

const chart = sampleChart();
const scene = buildScene(chart, sampleLayout(chart), sceneOptions({ showTitle: true }));

describe('chart metadata in an SVG', () => {
  it('round-trips any text, CJK and markup included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const json = text || '{}';
        const svg = `<svg xmlns="http://www.w3.org/2000/svg">${svgChartMetadata(json)}</svg>`;
        expect(extractChartFromSvg(svg)).toBe(json);
      }),
      { numRuns: 25 },
    );
  }, 30_000);

  it('rides inside a well-formed SVG that imports back as the same chart', () => {
    const json = JSON.stringify(chart);
    const svg = sceneToSvg(scene, { chartJson: json, title: '电商 & <运营>' });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    // <title> first, then the metadata, then the picture.
    expect(root.children[0]!.localName).toBe('title');
    expect(root.children[0]!.textContent).toBe('电商 & <运营>');
    expect(root.children[1]!.localName).toBe('metadata');
    expect(root.getElementsByTagNameNS('urn:opschart:chart', 'chart')).toHaveLength(1);
    // Nothing a viewer would fetch or run.
    expect(svg).not.toMatch(/href=|url\(|<script|<style/);
    const back = extractChartFromSvg(svg);
    expect(back).toBe(json);
    const imported = importChart(back!);
    expect(imported.ok && imported.chart.nodes.map((n) => n.id)).toEqual(chart.nodes.map((n) => n.id));
  });

  it('carries nothing unless asked', () => {
    const svg = sceneToSvg(scene);
    expect(svg).not.toContain('<metadata');
    expect(extractChartFromSvg(svg)).toBeNull();
  });

  it('returns null for garbage, never throws', () => {
    const wrap = (body: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg"><metadata><opschart:chart xmlns:opschart="urn:opschart:chart">${body}</opschart:chart></metadata></svg>`;
    // Just over the 20 MiB cap once inflated.
    const bomb = toBase64Url(zlibSync(new Uint8Array(20 * 1024 * 1024 + 1024), { level: 1 }));
    for (const body of ['', 'not base64!', 'AAAA', toBase64Url(new Uint8Array([1, 2, 3])), bomb]) {
      expect(extractChartFromSvg(wrap(body))).toBeNull();
    }
    // Invalid UTF-8 inside valid zlib.
    expect(extractChartFromSvg(wrap(toBase64Url(zlibSync(new Uint8Array([0xff, 0xfe, 0x80])))))).toBeNull();
    fc.assert(fc.property(fc.string(), (s) => extractChartFromSvg(s) === null || true));
  }, 30_000);

  it('wraps long payloads in short lines', () => {
    const meta = svgChartMetadata('x'.repeat(5000) + JSON.stringify(chart));
    for (const line of meta.split('\n').slice(1, -1)) expect(line.length).toBeLessThanOrEqual(76);
  });
});

describe('looksLikeSvg', () => {
  it.each([
    ['<svg xmlns="http://www.w3.org/2000/svg"></svg>', true],
    ['<?xml version="1.0" encoding="UTF-8"?>\n<svg width="1">', true],
    ['\uFEFF  <!-- made by X -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n<svg>', true],
    ['{"format":"opschart"}', false],
    ['<html><svg></svg></html>', false],
    ['<svgx>', false],
    ['', false],
  ])('%j → %s', (text, expected) => expect(looksLikeSvg(text)).toBe(expected));
});
