import type { Chart, Locale } from '../model/schema';
import { escapeFormula, joinList } from './sheet-cells';
import type { SheetField } from './sheet-fields';

type ExportColumn = Exclude<SheetField, 'name' | 'path' | 'level' | 'ignore'> | 'title';

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
