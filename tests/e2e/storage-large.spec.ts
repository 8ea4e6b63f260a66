import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { generateChart } from '../../src/model/generate-chart';
import { expect, storedEntries, test } from './fixtures';

type Json = Record<string, unknown>;

/** Reading, laying out and storing several MB of chart takes seconds; on the shared 2-core box up to ~10× that. */
const BIG = { timeout: 45_000 };
type Local = { 'zh-CN'?: string; en?: string };

const en = (t: Local | undefined) => (t?.en ? { en: t.en } : undefined);

/**
 * A chart of `count` nodes written only in English, at the text density of the English
 * default template (its description, responsibilities and metrics cycled over the nodes):
 * about 500 characters a node, the density at which one ~11,000-node chart used to fill
 * localStorage (issue 9).
 */
function englishChart(count: number): Json {
  const shape = generateChart(count, 3);
  const template = JSON.parse(
    readFileSync(new URL('../../src/model/templates/default.json', import.meta.url), 'utf8'),
  ) as { nodes: Json[] };
  const texts = template.nodes.filter((n) => n.kind !== 'root');
  const nodes = shape.nodes.map((node, i) => {
    const t = texts[i % texts.length]!;
    const list = (items: unknown) =>
      ((items as Local[] | undefined) ?? []).flatMap((x) => (x.en ? [{ en: x.en }] : []));
    return Object.fromEntries(
      Object.entries({
        id: node.id,
        parentId: node.parentId,
        kind: node.kind,
        title: { en: i === 0 ? 'Platform operations' : `${(t.title as Local).en} ${i}` },
        subtitle: en(t.subtitle as Local),
        goal: en(t.goal as Local),
        description: en(t.description as Local),
        responsibilities: list(t.responsibilities),
        metrics: list(t.metrics),
      }).filter(([, v]) => v !== undefined),
    );
  });
  return {
    format: 'opschart',
    version: 2,
    id: 'english-15000',
    title: { en: `English operations, ${count.toLocaleString('en')} teams` },
    direction: 'TB',
    compact: false,
    nodes,
    links: [],
  };
}

async function importJson(page: Page, name: string, chart: Json): Promise<void> {
  await page.locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(chart)),
  });
}

/** The node count of every chart stored in IndexedDB, by chart id. */
async function storedNodeCounts(page: Page): Promise<Record<string, number>> {
  const entries = await storedEntries(page);
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(entries)) {
    if (!key.startsWith('chart:') || typeof value !== 'string') continue;
    out[key.slice('chart:'.length)] = (JSON.parse(value) as { nodes: unknown[] }).nodes.length;
  }
  return out;
}

/** Finds a node by its title through the search box: the chart in memory holds it. */
async function expectFound(page: Page, label: string, title: string): Promise<void> {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(title);
  await expect(page.getByRole('option').filter({ hasText: title }).first()).toBeVisible(BIG);
  await box.press('Escape');
}

test.describe('English UI', () => {
  test.use({ locale: 'en-US' });

  test('a 15,000-node English chart survives a reload', async ({ page }) => {
    // Importing, saving and reopening 7 MB of chart is seconds of work; the shared 2-core box may triple it.
    test.slow();
    const chart = englishChart(15_000);
    const title = (chart.title as Local).en!;
    const last = `${((chart.nodes as Json[])[14_999]!.title as Local).en}`;
    await page.goto('/');
    const saveState = page.getByRole('status', { name: 'Save status' });
    await expect(saveState).toHaveText('Saved');
    await importJson(page, 'english-15000.json', chart);
    const library = page.getByRole('banner').getByRole('button', { name: `Chart library: ${title}` });
    await expect(library).toBeVisible(BIG);
    await expect(saveState).toHaveText('Saved', BIG);
    await expect.poll(() => storedNodeCounts(page), BIG).toMatchObject({ 'english-15000': 15_000 });

    await page.reload();
    await expect(library).toBeVisible(BIG);
    await expect(saveState).toHaveText('Saved', BIG);
    await expectFound(page, 'Search', last);
    expect(await storedNodeCounts(page)).toMatchObject({ 'english-15000': 15_000 });
  });
});

test('two 8,000-node charts survive a reload, each whole', async ({ page }) => {
  test.slow();
  const first = { ...(generateChart(8_000, 1) as unknown as Json), id: 'big-a', title: '八千节点 甲' };
  const second = { ...(generateChart(8_000, 2) as unknown as Json), id: 'big-b', title: '八千节点 乙' };
  const lastTitle = (c: Json) => String((c.nodes as Json[])[7_999]!.title);
  await page.goto('/');
  const saveState = page.getByRole('status', { name: '保存状态' });
  await expect(saveState).toHaveText('已保存');
  const library = (title: string) =>
    page.getByRole('banner').getByRole('button', { name: `图表库: ${title}`, exact: true });
  await importJson(page, 'a.json', first);
  await expect(library('八千节点 甲')).toBeVisible(BIG);
  await expect(saveState).toHaveText('已保存', BIG);
  await importJson(page, 'b.json', second);
  await expect(library('八千节点 乙')).toBeVisible(BIG);
  await expect(saveState).toHaveText('已保存', BIG);
  await expect.poll(() => storedNodeCounts(page), BIG).toMatchObject({ 'big-a': 8_000, 'big-b': 8_000 });

  await page.reload();
  // The chart open last opens again, whole.
  await expect(library('八千节点 乙')).toBeVisible(BIG);
  await expect(saveState).toHaveText('已保存', BIG);
  await expectFound(page, '搜索', lastTitle(second));
  // The other one is in the library and opens whole too.
  await library('八千节点 乙').click();
  await page
    .getByRole('menu', { name: '图表库' })
    .getByRole('menuitemradio', { name: /八千节点 甲/ })
    .click();
  await expect(library('八千节点 甲')).toBeVisible(BIG);
  await expectFound(page, '搜索', lastTitle(first));
  expect(await storedNodeCounts(page)).toMatchObject({ 'big-a': 8_000, 'big-b': 8_000 });
});
