import { strFromU8, unzipSync } from 'fflate';
import { packageProblems } from '../../src/export/pptx-package';
import { generateChart } from '../../src/model/generate-chart';
import { readFileSync } from 'node:fs';
import { localizeChart } from '../../src/model/localize-chart';
import { chartDocSchema, type Locale } from '../../src/model/schema';
import { expect, openApp, test } from './fixtures';
import { chartButton, seedChart } from './helpers/charts';
import { download, openExport } from './helpers/export-dialog';
import { renderPptx } from './helpers/pptx-render';

type Json = Record<string, unknown>;

/**
 * A built-in chart in one language, as a one-language (v1-shaped) document that seeds and
 * imports like a file: the templates are bilingual documents (`<id>.json`), named here
 * `<id>.<locale>.json` for the language to show.
 */
const template = (file: string): Json => {
  const [, id = '', locale = 'zh-CN'] = /^(.+)\.(zh-CN|en)\.json$/.exec(file) ?? [];
  const text = readFileSync(new URL(`../../src/model/templates/${id}.json`, import.meta.url), 'utf8');
  return localizeChart(chartDocSchema.parse(JSON.parse(text)), locale as Locale) as unknown as Json;
};
type Node = { id: string; title: string };

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The slides of a PPTX: card node ids, group names and font sizes per slide. */
function slidesOf(bytes: Buffer) {
  const zip = unzipSync(new Uint8Array(bytes));
  const names = Object.keys(zip)
    .filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  const slides = names.map((name) => {
    const xml = strFromU8(zip[name]!);
    return {
      cards: Array.from(xml.matchAll(/<p:cNvPr id="\d+" name="node:([^"]+)"/g), (m) => m[1]!),
      groups: xml.match(/<p:grpSp>/g)?.length ?? 0,
      connectors: xml.match(/<p:cxnSp>/g)?.length ?? 0,
      smallestPt: Math.min(...Array.from(xml.matchAll(/ sz="(\d+)"/g), (m) => Number(m[1]) / 100)),
      // The text runs of each card's group, by node id: a title must be there whole.
      cardText: new Map(
        Array.from(xml.matchAll(/<p:grpSp>[\s\S]*?<\/p:grpSp>/g), (m) => {
          const id = /name="node:([^"]+)"/.exec(m[0])?.[1] ?? '';
          const runs = Array.from(m[0].matchAll(/<a:t>([^<]*)<\/a:t>/g), (t) => unescapeXml(t[1]!));
          return [id, runs.join('').replace(/\s+/g, '')] as const;
        }),
      ),
    };
  });
  return { slides, problems: packageProblems(zip) };
}

async function exportAndCheck(page: import('@playwright/test').Page, name: string, nodes: Node[]) {
  const dialog = await openExport(page);
  const file = await download(page, dialog, 'pptx');
  const { slides, problems } = slidesOf(file.bytes);
  expect(problems, 'package consistency').toEqual([]);
  for (const [i, s] of slides.entries())
    expect(s.smallestPt, `smallest text on slide ${i + 1}`).toBeGreaterThanOrEqual(10);
  // Every node exactly once as a card (a group), over all slides.
  const cards = slides.flatMap((s) => s.cards).sort();
  expect(cards).toEqual(nodes.map((n) => n.id).sort());
  expect(slides.reduce((n, s) => n + s.groups, 0)).toBe(nodes.length);
  // Every title whole on its card: never "Ads & monetization…".
  const text = new Map(slides.flatMap((s) => [...s.cardText]));
  const cut = nodes.filter((n) => !text.get(n.id)?.includes(n.title.replace(/\s+/g, '')));
  expect(cut.map((n) => n.title)).toEqual([]);
  const pngs = renderPptx(name, file.bytes);
  expect(pngs).toHaveLength(slides.length);
  return slides;
}

test('PPTX of the default chart: one readable 16:9 slide, each card a group, connectors glued', async ({
  page,
}) => {
  await openApp(page);
  const nodes = template('default.zh-CN.json').nodes as Node[];
  const slides = await exportAndCheck(page, 'default-zh', nodes);
  expect(slides).toHaveLength(1);
  expect(slides[0]!.connectors).toBe(nodes.length - 1);
});

const seeded: [string, Json, number | null][] = [
  ['default-en', { ...template('default.en.json'), id: 'seed-default-en' }, 1],
  ['shop-path-zh', { ...template('shop-path.zh-CN.json'), id: 'seed-shop-path' }, 1],
  ['generated-300', generateChart(300) as unknown as Json, null],
];

for (const [name, chart, expected] of seeded) {
  test(`PPTX of ${name}: nothing under 10 pt, every node once, consistent package`, async ({ page }) => {
    test.slow();
    await seedChart(page, chart);
    await page.goto('/');
    await expect(chartButton(page)).toHaveText(String(chart.title));
    const slides = await exportAndCheck(page, name, chart.nodes as Node[]);
    if (expected !== null) expect(slides).toHaveLength(expected);
    else expect(slides.length).toBeGreaterThan(1);
  });
}
