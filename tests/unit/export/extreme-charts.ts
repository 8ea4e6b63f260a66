import fc from 'fast-check';
import { importChart } from '../../../src/model/import-chart';
import { LIMITS, MAX_COORDINATE, type ChartDoc } from '../../../src/model/schema';

/**
 * Charts at the edges of what `importChart` accepts (issue 9: 17 of 60 schema-valid extreme
 * charts blanked the app): dates at the ends of `Date`'s range, positions at ±1e6, text at
 * its length caps and full of bidi controls, zero-width joiners, markup and prototype names,
 * empty lists and 50-item lists, chains as deep as allowed and very wide levels.
 * Each is written as JSON and read back through `importChart`, so the tests get exactly what
 * the app would hold.
 */

const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });

/** Pieces of text that broke (or could break) measuring, wrapping, drawing and file names. */
const HOSTILE = [
  '\u202Ereport\u202Cexe.gnp',
  '\u2066isolated\u2069',
  '\u200B\u200C\u200D\uFEFF',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  'e\u0301\u0301\u0301\u0301',
  '<img src=x onerror=alert(1)>',
  ']]><!--',
  '"; DROP TABLE charts; --',
  '__proto__',
  'constructor',
  'toString',
  '\t\n\r\n',
  '\u0000\u0007\u001b[31m',
  '\uD800',
  '\uDFFF',
  '\u05E2\u05D1\u05E8\u05D9\u05EA \u0627\u0644\u0639\u0631\u0628\u064A\u0629',
  '用户获取——渠道/推广运营：应用商店、SEO/ASO',
  'ﷺ',
  '\u{1F600}'.repeat(8),
  '%s %d {0} {{n}} ${x}',
] as const;

/** Text of any length up to `max`: hostile pieces, unicode soup, one unbreakable word, or full length. */
function textUpTo(max: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: Math.min(max, 30) }) },
      {
        weight: 3,
        arbitrary: fc.array(fc.constantFrom(...HOSTILE), { maxLength: 4 }).map((p) => p.join(' ')),
      },
      { weight: 1, arbitrary: fc.constantFrom('W', '宽', 'i', '🙂', '\u202E').map((c) => c.repeat(max)) },
      // Any code points at full length (a short random run repeated: generating 5,000 is slow).
      {
        weight: 1,
        arbitrary: fc
          .string({ unit: 'binary', minLength: 1, maxLength: 16 })
          .map((run) => run.repeat(Math.ceil(max / run.length))),
      },
      { weight: 1, arbitrary: fc.constant('') },
    )
    .map((s) => [...s].slice(0, max).join('').slice(0, max));
}

/** A title (trimmed, non-empty) of at most `max` characters. */
function titleUpTo(max: number): fc.Arbitrary<string> {
  return textUpTo(max).map((s) => s.trim().slice(0, max) || 'x');
}

const local = (max: number) =>
  fc.record({ 'zh-CN': opt(textUpTo(max)), en: opt(textUpTo(max)) }).map(defined);
const localTitle = (max: number) =>
  fc
    .record({ zh: opt(titleUpTo(max)), en: opt(titleUpTo(max)) })
    .map(({ zh, en }) => (zh === undefined && en === undefined ? { en: 'x' } : defined({ 'zh-CN': zh, en })));

const EDGE_COORDS = [MAX_COORDINATE, -MAX_COORDINATE, 0, 5e-324, -5e-324, 0.1 + 0.2, 999_999.999_999];
const coordinate = fc.oneof(
  fc.constantFrom(...EDGE_COORDS),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -MAX_COORDINATE, max: MAX_COORDINATE }),
);
const EDGE_DATES = [-8.64e15, 8.64e15, 0, -1, 1e15, 1_700_000_000_000];
const date = fc.oneof(fc.constantFrom(...EDGE_DATES), fc.integer({ min: -8.64e15, max: 8.64e15 }));

/** Hostile ids, unique within a chart once suffixed. */
const ID_STEMS = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'n',
  '节点',
  '\u202Eid',
];

const listOf = (max: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.array(local(LIMITS.listItem), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constant([]) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('W'.repeat(LIMITS.listItem), '指标', '\u202Ex')
        .map((t) => Array.from({ length: max }, () => ({ 'zh-CN': t, en: t }))),
    },
  );

const nodeExtras = fc.record({
  kind: fc.constantFrom('chain', 'side', 'group', 'function' as const),
  title: localTitle(LIMITS.title),
  subtitle: opt(local(LIMITS.subtitle)),
  goal: opt(local(LIMITS.goal)),
  description: opt(local(LIMITS.description)),
  responsibilities: listOf(LIMITS.listItems),
  metrics: listOf(LIMITS.listItems),
  owner: opt(textUpTo(LIMITS.owner)),
  headcount: opt(fc.oneof(fc.constantFrom(0, LIMITS.headcount), fc.nat({ max: LIMITS.headcount }))),
  color: opt(fc.constantFrom('#000000', '#ffffff', '#FfA0a0', '#123abc')),
  notes: opt(textUpTo(LIMITS.notes)),
  collapsed: opt(fc.boolean()),
  position: opt(fc.record({ x: coordinate, y: coordinate })),
});

/** Parent of node i (i ≥ 1) for each tree shape. */
type Shape = { kind: 'random'; parents: number[] } | { kind: 'chain' | 'wide' | 'comb'; n: number };

const shapeArb: fc.Arbitrary<Shape> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.array(fc.nat(), { maxLength: 30 }).map((r) => ({ kind: 'random' as const, parents: r })),
  },
  // As deep as the schema allows (root at depth 0, the last node at LIMITS.depth).
  { weight: 1, arbitrary: fc.constant({ kind: 'chain' as const, n: LIMITS.depth + 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 400 }).map((n) => ({ kind: 'wide' as const, n })) },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 60 }).map((n) => ({ kind: 'comb' as const, n })) },
);

function parentsOf(shape: Shape): number[] {
  if (shape.kind === 'random') return shape.parents.map((r, i) => r % (i + 1));
  const n = shape.n;
  if (shape.kind === 'chain') return Array.from({ length: n - 1 }, (_, i) => i);
  if (shape.kind === 'wide') return Array.from({ length: n - 1 }, () => 0);
  // A comb: a spine of even-numbered nodes, each with one leaf (the odd node after it).
  return Array.from({ length: n - 1 }, (_, i) => {
    const k = i + 1;
    return k % 2 === 0 ? Math.max(0, k - 2) : k - 1;
  });
}

export type ExtremeChart = { text: string; doc: ChartDoc };

/** A JSON text `importChart` accepts, and the chart it reads (repairs applied). */
export function extremeChartArb(): fc.Arbitrary<ExtremeChart> {
  return shapeArb
    .chain((shape) => {
      const parents = parentsOf(shape);
      const n = parents.length + 1;
      // Rich extras for a few nodes, plain ones for the rest, so wide and deep trees stay quick.
      const rich = Math.min(n, 12);
      return fc.record({
        parents: fc.constant(parents),
        extras: fc.array(nodeExtras, { minLength: rich, maxLength: rich }),
        stems: fc.array(fc.constantFrom(...ID_STEMS), { minLength: n, maxLength: n }),
        shuffled: fc.boolean(),
        links: fc.array(
          fc.record({
            source: fc.nat({ max: n - 1 }),
            target: fc.nat({ max: n - 1 }),
            kind: fc.constantFrom('works-with', 'reports-to' as const),
            label: opt(local(LIMITS.title)),
          }),
          { maxLength: 4 },
        ),
        envelope: fc.record({
          title: localTitle(LIMITS.chartTitle),
          direction: fc.constantFrom('TB', 'LR' as const),
          compact: fc.boolean(),
          template: opt(fc.constantFrom('default', 'shop', '__proto__')),
          updatedAt: opt(date),
        }),
      });
    })
    .map(({ parents, extras, stems, shuffled, links, envelope }) => {
      const n = parents.length + 1;
      const ids = stems.map((stem, i) => (i === 0 && stem === 'n' ? 'n' : `${stem}${i}`).slice(0, LIMITS.id));
      const nodes = ids.map((id, i) => {
        const extra = extras[i % extras.length]!;
        const plain = i >= extras.length;
        return defined({
          ...(plain ? { kind: extra.kind, title: { 'zh-CN': `${i}`, en: `n${i}` } } : extra),
          responsibilities: plain ? [] : extra.responsibilities,
          metrics: plain ? [] : extra.metrics,
          id,
          parentId: i === 0 ? null : ids[parents[i - 1]!]!,
          kind: i === 0 ? 'root' : extra.kind,
        });
      });
      const order = shuffled ? [...nodes].reverse() : nodes;
      const doc = defined({
        format: 'opschart',
        version: 2,
        id: 'chart-extreme',
        ...envelope,
        nodes: order,
        links: links
          .filter((l) => l.source !== l.target && l.source < n && l.target < n)
          .map((l, i) =>
            defined({
              id: `l${i}`,
              source: ids[l.source],
              target: ids[l.target],
              kind: l.kind,
              label: l.label,
            }),
          ),
      });
      return JSON.stringify(doc);
    })
    .map((text) => ({ text, result: importChart(text) }))
    .filter((r) => r.result.ok)
    .map(({ text, result }) => ({ text, doc: (result as Extract<typeof result, { ok: true }>).chart }));
}
