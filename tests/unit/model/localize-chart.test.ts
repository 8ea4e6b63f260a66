import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { localizeChart, localizeNode } from '../../../src/model/localize-chart';
import { pickText, scriptOf, withText } from '../../../src/model/local-text';
import type { ChartDoc, DocNode } from '../../../src/model/schema';

const node = (id: string, parentId: string | null, fields: Partial<DocNode> = {}): DocNode => ({
  id,
  parentId,
  kind: parentId === null ? 'root' : 'function',
  title: { 'zh-CN': `节点${id}`, en: `Node ${id}` },
  responsibilities: [],
  metrics: [],
  ...fields,
});
const doc = (nodes: DocNode[], title: ChartDoc['title'] = { 'zh-CN': '图', en: 'Chart' }): ChartDoc => ({
  format: 'opschart',
  version: 2,
  id: 'c',
  title,
  direction: 'TB',
  compact: false,
  nodes,
  links: [],
});

describe('pickText', () => {
  it.each([
    [{ 'zh-CN': '甲', en: 'A' }, 'en', { text: 'A', fellBack: false }],
    [{ 'zh-CN': '甲', en: 'A' }, 'zh-CN', { text: '甲', fellBack: false }],
    [{ 'zh-CN': '甲' }, 'en', { text: '甲', fellBack: true }],
    [{ 'zh-CN': '甲', en: '  ' }, 'en', { text: '甲', fellBack: true }],
    [{ en: 'A' }, 'zh-CN', { text: 'A', fellBack: true }],
    [{}, 'en', undefined],
    [undefined, 'en', undefined],
  ] as const)('%j in %s', (text, language, want) => {
    expect(pickText(text, language)).toEqual(want);
  });

  it('withText writes one language, a blank removes it, a no-op keeps the object', () => {
    const t = { 'zh-CN': '甲', en: 'A' };
    expect(withText(t, 'en', 'B')).toEqual({ 'zh-CN': '甲', en: 'B' });
    expect(withText(t, 'en', ' ')).toEqual({ 'zh-CN': '甲' });
    expect(withText(t, 'en', 'A')).toBe(t);
  });

  it.each([
    ['用户维护', 'cjk'],
    ['SEO/ASO 优化', 'cjk'],
    ['User retention', 'latin'],
    ['Ops & café', 'latin'],
    ['2024 / 3', 'none'],
  ] as const)('script of %s is %s', (text, script) => expect(scriptOf(text)).toBe(script));
});

describe('localizeChart', () => {
  it('shows each text in the chosen language, in the monolingual shape', () => {
    const d = doc([
      node('r', null, {
        goal: { 'zh-CN': '拉新', en: 'Acquire' },
        description: { 'zh-CN': '说明', en: 'About' },
        responsibilities: [{ 'zh-CN': '一', en: 'One' }],
        metrics: [{ 'zh-CN': '量', en: 'Count' }],
        owner: 'Li',
      }),
    ]);
    const en = localizeChart(d, 'en');
    expect(en).toMatchObject({ title: 'Chart', locale: 'en', version: 1 });
    expect(en.nodes[0]).toEqual({
      id: 'r',
      parentId: null,
      kind: 'root',
      title: 'Node r',
      goal: 'Acquire',
      description: 'About',
      responsibilities: ['One'],
      metrics: ['Count'],
      owner: 'Li',
    });
    expect(localizeChart(d, 'zh-CN').nodes[0]).toMatchObject({
      title: '节点r',
      goal: '拉新',
      metrics: ['量'],
    });
  });

  it('falls back to the other language where a text has no translation, and says which fields did', () => {
    const d = doc(
      [
        node('r', null, {
          title: { 'zh-CN': '只有中文' },
          description: { en: 'English only' },
          responsibilities: [{ 'zh-CN': '一', en: 'One' }, { 'zh-CN': '二' }],
          metrics: [{ 'zh-CN': '', en: '' }],
        }),
      ],
      { 'zh-CN': '图' },
    );
    const en = localizeChart(d, 'en');
    expect(en.title).toBe('图');
    expect(en.titleFellBack).toBe(true);
    expect(en.nodes[0]).toMatchObject({
      title: '只有中文',
      description: 'English only',
      responsibilities: ['One', '二'],
      metrics: [],
      fallbacks: ['title', 'responsibilities'],
    });
    expect(localizeChart(d, 'zh-CN').nodes[0]?.fallbacks).toEqual(['description']);
    expect(localizeChart(doc([node('r', null)]), 'en').nodes[0]).not.toHaveProperty('fallbacks');
  });

  it('shares unchanged nodes between documents, so an edit re-renders one card', () => {
    const before = doc([node('r', null), node('a', 'r'), node('b', 'r')]);
    const edited = {
      ...before,
      nodes: before.nodes.map((n) => (n.id === 'a' ? { ...n, title: { en: 'A!' } } : n)),
    };
    const x = localizeChart(before, 'en');
    const y = localizeChart(edited, 'en');
    expect(y.nodes[0]).toBe(x.nodes[0]);
    expect(y.nodes[2]).toBe(x.nodes[2]);
    expect(y.nodes[1]).not.toBe(x.nodes[1]);
    expect(y.nodes[1]?.title).toBe('A!');
    expect(y.links).toBe(x.links);
    expect(localizeChart(before, 'en')).toBe(x);
    expect(localizeChart(before, 'zh-CN')).not.toBe(x);
  });

  it('bilingual: title in one language, the other language title underneath', () => {
    const d = doc([node('r', null, { subtitle: { en: 'sub' } }), node('a', 'r', { title: { en: 'Only' } })]);
    const shown = localizeChart(d, 'en', 'bilingual');
    expect(shown.nodes[0]).toMatchObject({ title: 'Node r', subtitle: '节点r' });
    expect(shown.nodes[1]).toMatchObject({ title: 'Only' });
    expect(shown.nodes[1]).not.toHaveProperty('subtitle');
    expect(localizeChart(d, 'en').nodes[0]).toMatchObject({ subtitle: 'sub' });
  });

  // Speed is measured by `npm run bench`; here only the sharing that makes a re-localise cheap.
  it('re-localises 20,000 nodes sharing every unchanged node', () => {
    const nodes = [node('0', null)];
    for (let i = 1; i < 20_000; i++) nodes.push(node(String(i), String(Math.floor((i - 1) / 5))));
    const d = doc(nodes);
    const first = localizeChart(d, 'en');
    const edited = { ...d, nodes: d.nodes.map((n, i) => (i === 7 ? { ...n, title: { en: 'x' } } : n)) };
    const again = localizeChart(edited, 'en');
    expect(again.nodes[7]).not.toBe(first.nodes[7]);
    const reused = again.nodes.filter((n, i) => n === first.nodes[i]).length;
    expect(reused).toBe(nodes.length - 1);
  });

  it('never leaves a title empty when either language has one (property)', () => {
    const text = fc.option(fc.string({ maxLength: 5 }), { nil: undefined });
    fc.assert(
      fc.property(text, text, fc.constantFrom('zh-CN' as const, 'en' as const), (zh, en, language) => {
        const title = { ...(zh !== undefined ? { 'zh-CN': zh } : {}), ...(en !== undefined ? { en } : {}) };
        const shown = localizeNode(node('r', null, { title }), language);
        const any = [zh, en].some((t) => t !== undefined && t.trim() !== '');
        expect(shown.title.trim() !== '').toBe(any);
      }),
    );
  });
});
