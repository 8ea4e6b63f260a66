import fc from 'fast-check';
import { LINK_KINDS, DIRECTIONS, type ChartDoc, type DocLink, type DocNode } from '../../../src/model/schema';

/** Drops keys whose value is undefined, as the schema's output would not have them. */
const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });
/** Any unicode text, trimmed (the schema trims titles) and never empty. */
export const titleArb = fc.string({ unit: 'binary', maxLength: 24 }).map((s) => s.trim() || 'x');
const textArb = fc.string({ unit: 'grapheme', maxLength: 40 });
/** A text in zh-CN, en, both or (for optional texts) neither. */
const localArb = fc.record({ 'zh-CN': opt(textArb), en: opt(textArb) }).map(defined);
/** A title: words in at least one language. */
export const localTitleArb = fc
  .record({ zh: opt(titleArb), en: opt(titleArb), first: fc.constantFrom('zh-CN' as const, 'en' as const) })
  .map(({ zh, en, first }) => {
    const title = defined({ 'zh-CN': zh, en });
    return zh === undefined && en === undefined ? { [first]: 'x' } : title;
  });
// JSON cannot tell -0 from 0, so keep -0 out of values that must round-trip exactly.
const coordArb = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })
  .map((x) => (x === 0 ? 0 : x));
export const colorArb = fc.stringMatching(/^#[0-9a-fA-F]{6}$/);

const extrasArb = fc.record({
  kind: fc.constantFrom('chain', 'side', 'group', 'function' as const),
  title: localTitleArb,
  subtitle: opt(localArb),
  goal: opt(localArb),
  description: opt(localArb),
  responsibilities: fc.array(localArb, { maxLength: 3 }),
  metrics: fc.array(localArb, { maxLength: 3 }),
  owner: opt(textArb),
  headcount: opt(fc.nat({ max: 5000 })),
  color: opt(colorArb),
  notes: opt(textArb),
  collapsed: opt(fc.boolean()),
  position: opt(fc.record({ x: coordArb, y: coordArb })),
});

/** A valid tree of 1–`maxNodes` nodes, sometimes stored out of tree order, with valid links. */
export function chartArb(maxNodes = 25): fc.Arbitrary<ChartDoc> {
  return fc
    .integer({ min: 1, max: maxNodes })
    .chain((n) =>
      fc.record({
        parents: fc.tuple(...Array.from({ length: n - 1 }, (_, i) => fc.nat({ max: i }))),
        extras: fc.array(extrasArb, { minLength: n, maxLength: n }),
        order: fc
          .boolean()
          .chain((shuffle) =>
            shuffle
              ? fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n })
              : fc.constant([...Array(n).keys()]),
          ),
        links: fc.array(
          fc.record({
            source: fc.nat({ max: n - 1 }),
            target: fc.nat({ max: n - 1 }),
            kind: fc.constantFrom(...LINK_KINDS),
            label: opt(localArb),
          }),
          { maxLength: 4 },
        ),
        envelope: fc.record({
          title: localTitleArb,
          direction: fc.constantFrom(...DIRECTIONS),
          compact: fc.boolean(),
          template: opt(fc.constantFrom('default', 'shop')),
          updatedAt: opt(fc.nat()),
        }),
      }),
    )
    .map(({ parents, extras, order, links, envelope }) => {
      const nodes = extras.map((extra, i): DocNode =>
        defined({
          ...extra,
          id: `n${i}`,
          parentId: i === 0 ? null : `n${parents[i - 1]}`,
          kind: i === 0 ? 'root' : extra.kind,
        }),
      );
      const chartLinks = links
        .filter((l) => l.source !== l.target)
        .map((l, i): DocLink =>
          defined({
            id: `l${i}`,
            source: `n${l.source}`,
            target: `n${l.target}`,
            kind: l.kind,
            label: l.label,
          }),
        );
      const base = { format: 'opschart' as const, version: 2 as const, id: 'chart', ...envelope };
      return defined({ ...base, nodes: order.map((i) => nodes[i] as DocNode), links: chartLinks });
    });
}
