import type { Chart, ChartDoc, DocNode, Locale } from '../model/schema';
import { localizeChart } from '../model/localize-chart';
import { hasText, otherLanguage } from '../model/local-text';
import { escapeFormula, joinList } from './sheet-cells';
import type { SheetField, TextSheetField } from './sheet-fields';

type ExportColumn =
  Exclude<SheetField, 'name' | 'path' | 'level' | 'ignore' | `${TextSheetField}@${Locale}`> | 'title';

const COLUMNS: readonly ExportColumn[] = [
  'id',
  'parent',
  'kind',
  'title',
  'subtitle',
  'goal',
  'description',
  'responsibilities',
  'metrics',
  'owner',
  'headcount',
  'color',
  'notes',
  'collapsed',
  'x',
  'y',
  'links',
];

/** Header words the readers recognise (see sheet-fields), in the chart's language. */
const HEADERS: Record<Locale, Record<ExportColumn, string>> = {
  'zh-CN': {
    id: '编号',
    parent: '上级编号',
    kind: '类型',
    title: '名称',
    subtitle: '副标题',
    goal: '目标',
    description: '说明',
    responsibilities: '职责',
    metrics: '指标',
    owner: '负责人',
    headcount: '人数',
    color: '颜色',
    notes: '备注',
    collapsed: '折叠',
    x: 'x',
    y: 'y',
    links: '连线',
  },
  en: {
    id: 'id',
    parent: 'parent id',
    kind: 'kind',
    title: 'name',
    subtitle: 'subtitle',
    goal: 'goal',
    description: 'description',
    responsibilities: 'responsibilities',
    metrics: 'metrics',
    owner: 'owner',
    headcount: 'headcount',
    color: 'color',
    notes: 'notes',
    collapsed: 'collapsed',
    x: 'x',
    y: 'y',
    links: 'links',
  },
};

/**
 * The chart as rows in the id / parent-id shape, every field, header first. Text cells
 * are guarded against formula injection; numbers stay numbers (a negative x is not a formula).
 */
export function chartToRows(chart: Chart, locale: Locale = chart.locale): string[][] {
  const linksBySource = new Map<string, string[]>();
  for (const l of chart.links) {
    const line = [l.kind, l.target, l.label].filter((p) => p !== undefined && p !== '').join(' ');
    linksBySource.set(l.source, [...(linksBySource.get(l.source) ?? []), line]);
  }
  const rows = chart.nodes.map((n) => {
    const cells: Record<ExportColumn, string> = {
      id: n.id,
      parent: n.parentId ?? '',
      kind: n.kind,
      title: n.title,
      subtitle: n.subtitle ?? '',
      goal: n.goal ?? '',
      description: n.description ?? '',
      responsibilities: joinList(n.responsibilities),
      metrics: joinList(n.metrics),
      owner: n.owner ?? '',
      headcount: n.headcount === undefined ? '' : String(n.headcount),
      color: n.color ?? '',
      notes: n.notes ?? '',
      collapsed: n.collapsed ? 'true' : '',
      x: n.position ? String(n.position.x) : '',
      y: n.position ? String(n.position.y) : '',
      links: (linksBySource.get(n.id) ?? []).join('\n'),
    };
    return COLUMNS.map((c) => escapeFormula(cells[c]));
  });
  return [COLUMNS.map((c) => HEADERS[locale][c]), ...rows];
}

const TEXT_COLUMNS = ['title', 'subtitle', 'goal', 'description', 'responsibilities', 'metrics'] as const;
type TextColumn = (typeof TEXT_COLUMNS)[number];
const isTextColumn = (c: ExportColumn): c is TextColumn => (TEXT_COLUMNS as readonly string[]).includes(c);

/** "名称（英文）" / "name (English)": words the readers take as that field in that language. */
const LANGUAGE_TAG: Record<Locale, Record<Locale, string>> = {
  'zh-CN': { 'zh-CN': '（中文）', en: '（英文）' },
  en: { 'zh-CN': ' (Chinese)', en: ' (English)' },
};

/**
 * The chart with both languages' text side by side: each text column once per language (the
 * chart language's first), exactly as stored, so an untranslated text stays empty in the
 * other language's column and reads back untranslated. Other columns as in `chartToRows`.
 */
export function bilingualRows(doc: ChartDoc, locale: Locale): string[][] {
  const [, ...rows] = chartToRows(localizeChart(doc, locale), locale);
  const languages = [locale, otherLanguage(locale)] as const;
  const header = COLUMNS.flatMap((c) =>
    isTextColumn(c)
      ? languages.map((l) => `${HEADERS[locale][c]}${LANGUAGE_TAG[locale][l]}`)
      : [HEADERS[locale][c]],
  );
  const cellsOf = (node: DocNode, c: TextColumn, l: Locale): string => {
    if (c === 'responsibilities' || c === 'metrics')
      return joinList(node[c].flatMap((item) => (hasText(item[l]) ? [item[l]] : [])));
    return node[c]?.[l] ?? '';
  };
  return [
    header,
    ...rows.map((row, i) => {
      const node = doc.nodes[i]!;
      return COLUMNS.flatMap((c, k) =>
        isTextColumn(c) ? languages.map((l) => escapeFormula(cellsOf(node, c, l))) : [row[k]!],
      );
    }),
  ];
}
