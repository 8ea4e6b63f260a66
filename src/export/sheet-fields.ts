import type { Locale } from '../model/schema';

/**
 * What each spreadsheet column can mean, and the header words (Chinese and English) that
 * say so. Pure data plus the detection that reads a header row; the mapping step shows
 * the result and lets the user change it.
 */
export const SHEET_FIELDS = [
  'id',
  'parent',
  'name',
  'path',
  'level',
  'kind',
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
  // A text column in one language, when a sheet holds both (名称 / Title (en)).
  'name@zh-CN',
  'name@en',
  'subtitle@zh-CN',
  'subtitle@en',
  'goal@zh-CN',
  'goal@en',
  'description@zh-CN',
  'description@en',
  'responsibilities@zh-CN',
  'responsibilities@en',
  'metrics@zh-CN',
  'metrics@en',
  'ignore',
] as const;

/** The fields whose text a chart holds in both languages. */
export const TEXT_SHEET_FIELDS = [
  'name',
  'subtitle',
  'goal',
  'description',
  'responsibilities',
  'metrics',
] as const;
export type TextSheetField = (typeof TEXT_SHEET_FIELDS)[number];

export type SheetField = (typeof SHEET_FIELDS)[number];

/** One field per column, in column order. */
export type SheetMapping = readonly SheetField[];

/** Header words per field, compared after `headerKey` (case, spaces, `_`/`-` and punctuation ignored). */
const SYNONYMS: Record<Exclude<SheetField, 'ignore' | `${TextSheetField}@${Locale}`>, readonly string[]> = {
  id: ['id', 'nodeid', 'key', 'code', '编号', '节点编号', '节点id', '部门编号', '团队编号', '代码', '序号id'],
  parent: [
    'parent',
    'parentid',
    'pid',
    'parentname',
    'manager',
    'reportsto',
    'parentnode',
    '上级',
    '上级部门',
    '上级团队',
    '上级编号',
    '上级id',
    '上级名称',
    '上级节点',
    '汇报对象',
    '父级',
    '父节点',
    '父id',
    '所属部门',
  ],
  name: [
    'name',
    'title',
    'team',
    'department',
    'function',
    'node',
    'label',
    '名称',
    '部门',
    '团队',
    '职能',
    '部门名称',
    '团队名称',
    '职能名称',
    '节点',
    '节点名称',
    '岗位',
    '标题',
  ],
  path: ['path', 'fullpath', 'hierarchy', '路径', '全路径', '层级路径', '组织路径', '部门路径'],
  level: ['level', 'depth', 'indent', 'lvl', 'outlinelevel', '层级', '级别', '层次', '深度', '缩进'],
  kind: ['kind', 'type', 'nodetype', '类型', '节点类型'],
  subtitle: ['subtitle', '副标题'],
  goal: ['goal', 'objective', '目标'],
  description: ['description', 'desc', 'summary', '说明', '描述', '简介', '介绍'],
  responsibilities: [
    'responsibilities',
    'responsibility',
    'duties',
    '职责',
    '工作职责',
    '主要职责',
    '岗位职责',
  ],
  metrics: ['metrics', 'metric', 'kpi', 'kpis', '指标', '考核指标', '关键指标', '核心指标'],
  owner: ['owner', 'lead', 'leader', 'head', '负责人', '主管', '牵头人'],
  headcount: ['headcount', 'hc', 'size', 'people', 'staff', '人数', '编制', '人员数', '人员编制'],
  color: ['color', 'colour', '颜色'],
  notes: ['notes', 'note', 'remarks', '备注'],
  collapsed: ['collapsed', '折叠'],
  x: ['x'],
  y: ['y'],
  links: ['links', 'link', '连线', '关联'],
};

/** Header text reduced to what identifies it: lower case, no spaces, underscores, dashes or punctuation. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.:：()（）/\\'"*#]+/g, '');
}

const FIELD_BY_KEY: ReadonlyMap<string, SheetField> = new Map(
  Object.entries(SYNONYMS).flatMap(([field, words]) => words.map((w) => [headerKey(w), field as SheetField])),
);

/**
 * A header naming a language, after `headerKey`: "名称 (en)", "Title (EN)", "名称（英文）",
 * "英文名称", "description_zh-CN". Only text fields take a language.
 */
const LANGUAGE_SUFFIXES: readonly [string, Locale][] = [
  ['english', 'en'],
  ['英文', 'en'],
  ['英语', 'en'],
  ['en', 'en'],
  ['chinese', 'zh-CN'],
  ['中文', 'zh-CN'],
  ['zhcn', 'zh-CN'],
  ['zh', 'zh-CN'],
];
const LANGUAGE_PREFIXES: readonly [string, Locale][] = [
  ['英文', 'en'],
  ['中文', 'zh-CN'],
];

function taggedField(key: string): SheetField | undefined {
  const tagged = (base: string, language: Locale): SheetField | undefined => {
    const field = FIELD_BY_KEY.get(base);
    return field && (TEXT_SHEET_FIELDS as readonly string[]).includes(field)
      ? (`${field}@${language}` as SheetField)
      : undefined;
  };
  for (const [tag, language] of LANGUAGE_SUFFIXES)
    if (key.length > tag.length && key.endsWith(tag)) {
      const found = tagged(key.slice(0, -tag.length), language);
      if (found) return found;
    }
  for (const [tag, language] of LANGUAGE_PREFIXES)
    if (key.length > tag.length && key.startsWith(tag)) {
      const found = tagged(key.slice(tag.length), language);
      if (found) return found;
    }
  return undefined;
}

/** The field a header names: a known word, or a text field's word tagged with a language. */
export function fieldOfHeader(header: string): SheetField {
  const key = headerKey(header);
  return FIELD_BY_KEY.get(key) ?? taggedField(key) ?? 'ignore';
}

/** Fields that may be mapped from several columns without losing data: none. Everything but `ignore` is single. */
export type MappingNote = { kind: 'duplicate-header'; column: number; firstColumn: number; header: string };

export type DetectedMapping = { mapping: SheetField[]; notes: MappingNote[] };

/**
 * The field of each column from its header. A field already taken by an earlier column
 * is not taken again (two columns both named "name" keep the first), and the note says so.
 */
export function detectMapping(headers: readonly string[]): DetectedMapping {
  const firstColumn = new Map<SheetField, number>();
  const notes: MappingNote[] = [];
  const mapping = headers.map((header, column): SheetField => {
    const field = fieldOfHeader(header);
    if (field === 'ignore') return field;
    const first = firstColumn.get(field);
    if (first !== undefined) {
      notes.push({ kind: 'duplicate-header', column, firstColumn: first, header });
      return 'ignore';
    }
    firstColumn.set(field, column);
    return field;
  });
  // No header named the teams: take the first text column, so a plain list still imports.
  if (!hasNameColumn(mapping) && !mapping.includes('path') && mapping.length > 0) {
    const free = mapping.indexOf('ignore');
    if (free >= 0) mapping[free] = 'name';
  }
  return { mapping, notes };
}

/** A column holds the teams' names, in the chart's language or a named one. */
export const hasNameColumn = (mapping: SheetMapping): boolean =>
  mapping.some((f) => f === 'name' || f === 'name@zh-CN' || f === 'name@en');

/** Sets one column's field; a single-use field moves from the column that had it. */
export function remapColumn(mapping: SheetMapping, column: number, field: SheetField): SheetField[] {
  return mapping.map((f, i) => {
    if (i === column) return field;
    return field !== 'ignore' && f === field ? 'ignore' : f;
  });
}

/** Spreadsheet column letters (A, B, … Z, AA), as the user sees them in Excel. */
export function columnLetter(column: number): string {
  let n = column + 1;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
