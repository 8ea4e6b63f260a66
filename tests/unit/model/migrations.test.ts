import { describe, expect, it } from 'vitest';
import { importChart } from '../../../src/model/import-chart';
import { MIGRATIONS, MIGRATION_V1_V2, hashText, migrate } from '../../../src/model/migrations';
import { CHART_VERSION, chartDocSchema, chartSchema } from '../../../src/model/schema';
import v0Text from './fixtures/v0-chart.json?raw';
import expectedText from './fixtures/v0-chart.expected-v1.json?raw';

const expectedV1 = JSON.parse(expectedText) as unknown;
// What the golden v1 chart becomes in turn (the 1 → 2 step has golden fixtures of its own).
const expectedV2 = chartDocSchema.parse(
  MIGRATION_V1_V2.up(structuredClone(expectedV1) as Record<string, unknown>),
);

describe('migrations', () => {
  it('has one step per version, in order, ending at the current version', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual(
      Array.from({ length: CHART_VERSION }, (_, v) => [v, v + 1]),
    );
  });

  it('0 → 1 matches the golden fixture', () => {
    const migrated = MIGRATIONS[0]!.up(JSON.parse(v0Text) as Record<string, unknown>);
    expect(chartSchema.parse(migrated)).toEqual(expectedV1);
  });

  it('0 → 2 through importChart goes by the golden v1 fixture', () => {
    const result = importChart(v0Text);
    expect(result.ok && result.chart).toEqual(expectedV2);
  });

  it('derives the chart id from the title, deterministically', () => {
    const a = migrate({ format: 'opschart', version: 0, title: 'Same', nodes: [] }, 0) as { id: string };
    const b = migrate({ format: 'opschart', version: 0, title: 'Same', nodes: [] }, 0) as { id: string };
    const c = migrate({ format: 'opschart', version: 0, title: 'Other', nodes: [] }, 0) as { id: string };
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^migrated-[0-9a-z]+$/);
    expect(c.id).not.toBe(a.id);
  });

  it('keeps a v0 chart id when there is one', () => {
    expect(migrate({ version: 0, id: 'mine', title: 'T', nodes: [] }, 0)).toMatchObject({ id: 'mine' });
  });

  it.each([
    ['vertical', 'TB'],
    ['horizontal', 'LR'],
  ])('maps layout %s to direction %s', (layout, direction) => {
    expect(migrate({ version: 0, title: 'T', layout, nodes: [] }, 0)).toMatchObject({ direction });
  });

  it('leaves garbage for the schema to report instead of throwing', () => {
    expect(migrate({ version: 0, title: 5, nodes: [3, null, 'x'] }, 0)).toMatchObject({
      nodes: [3, null, 'x'],
      title: 5,
    });
    expect(migrate({ version: 0, nodes: 'none' }, 0)).toMatchObject({ nodes: 'none' });
  });

  it('is pure: the input is not modified', () => {
    const input = JSON.parse(v0Text) as unknown;
    const before = structuredClone(input);
    migrate(input, 0);
    expect(input).toEqual(before);
  });

  it('returns current-version input untouched', () => {
    const raw = { version: CHART_VERSION };
    expect(migrate(raw, CHART_VERSION)).toBe(raw);
  });

  it('throws when there is no path (importChart turns this into a refusal)', () => {
    expect(() => migrate({}, -1)).toThrow(/No migration from version -1/);
    expect(() => migrate([], 0)).toThrow(/not an object/);
  });

  it('hashes with FNV-1a', () => {
    expect(hashText('')).toBe((0x811c9dc5).toString(36));
    expect(hashText('电商平台运营分工')).toBe('gxq3qb');
  });
});

describe('golden v1 text', () => {
  it('is exactly what exportChartText writes for the migrated chart', async () => {
    const { exportChartText } = await import('../../../src/model/chart-text');
    const result = importChart(v0Text);
    expect(result.ok && exportChartText(result.chart)).toBe(exportChartText(expectedV2));
  });
});
