import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { type bigChart, chartButton, seedChart } from './charts';
import { download, openExport, status } from './export-dialog';
import { keep } from './keep-file';
import { WHITE, countDifferent, decodePng, pngSize } from './png-decode';
import { readSvg } from './svg-read';

/** Exports the seeded chart as a 1× PNG and checks it against the SVG of the same scene. */
export async function exportLargePng(page: Page, chart: ReturnType<typeof bigChart>, file: string) {
  await seedChart(page, chart);
  await page.goto('/');
  await expect(chartButton(page)).toHaveText(String(chart.title));
  const dialog = await openExport(page);
  const svg = await readSvg(page, (await download(page, dialog, 'svg')).bytes.toString('utf8'));
  expect(svg.cards).toHaveLength((chart.nodes as unknown[]).length);
  await dialog.getByLabel('格式').selectOption('png');
  await dialog.getByLabel('清晰度').selectOption('1');
  const png = await download(page, dialog, 'png');
  await keep(file, png.bytes);
  const size = pngSize(png.bytes);
  const message = (await status(dialog).innerText()).trim();
  const scaledDown = message.includes('已缩小');
  if (scaledDown) {
    // The message names the size the file really has, and the picture keeps its proportions.
    expect(message).toContain(`${size.width}×${size.height}`);
    expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(32_767);
    expect(size.width / svg.width).toBeCloseTo(size.height / svg.height, 2);
  } else {
    expect(Math.abs(size.width - svg.width)).toBeLessThanOrEqual(2);
    expect(Math.abs(size.height - svg.height)).toBeLessThanOrEqual(2);
  }
  const pixels = decodePng(png.bytes);
  const k = pixels.width / svg.width;
  // Cards at the far ends of the chart: a cropped or half-drawn image misses them.
  const extremes = [
    svg.cards.reduce((a, b) => (b.x < a.x ? b : a)),
    svg.cards.reduce((a, b) => (b.x + b.width > a.x + a.width ? b : a)),
    svg.cards.reduce((a, b) => (b.y + b.height > a.y + a.height ? b : a)),
  ];
  for (const c of extremes) {
    const box = {
      x: c.x * k,
      y: c.y * k,
      width: Math.max(1, c.width * k),
      height: Math.max(1, c.height * k),
    };
    expect(countDifferent(pixels, box, WHITE, 3), `card at ${c.x},${c.y}`).toBeGreaterThan(0);
  }
  const whole = { x: 0, y: 0, width: pixels.width, height: pixels.height };
  const sampled = Math.ceil(pixels.width / 5) * Math.ceil(pixels.height / 5);
  expect(countDifferent(pixels, whole, WHITE, 3, 5)).toBeGreaterThan(sampled * 0.1);
  return { scaledDown, size };
}
