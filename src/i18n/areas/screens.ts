/** UI strings of one area of work, kept in their own file so areas change independently. */
export const zhScreens = {
  // Plural forms (`<key>_one`) are picked by Intl.PluralRules; Chinese has one form, so these match the base.
  matchesCount_one: '{n} 个匹配',
  deleteQuestion_one: '“{title}”有 {n} 个下级节点，要如何处理？',
  nodeCount_one: '{n} 个节点',
  selectionCount_one: '已选 {n} 个节点',
  headcountInvalid: '人数须为 0 到 1,000,000 之间的整数，未保存。',
  importWhereNodeField: '问题在节点“{node}”的 {field} 字段',
  importWhereNode: '问题在节点“{node}”',
  importWhereField: '问题在 {field} 字段',
  importCheckFile: '请确认这是 OpsChart 导出的 JSON、PNG 或 SVG 文件',
  resetTitle: '重置为模板？',
  resetQuestion: '图表会恢复为模板原样，你的所有修改都会被替换（之后仍可撤销）。',
  resetConfirm: '重置',
  hintTitle: '上手提示',
  hintText: '点击卡片查看详情 · 双击或 F2 重命名 · 拖动卡片调整位置 · 选中后按 Tab 添加下级',
  hintDismiss: '知道了',
  more: '更多',
  on: '已开启',
  legendToggleTip: '显示或隐藏图例',
  minimapToggleTip: '显示或隐藏缩略图',
} as const;

export const enScreens: Record<keyof typeof zhScreens, string> = {
  matchesCount_one: '{n} match',
  deleteQuestion_one: '“{title}” has {n} descendant. What should happen to it?',
  nodeCount_one: '{n} node',
  selectionCount_one: '{n} node selected',
  headcountInvalid: 'Headcount must be a whole number from 0 to 1,000,000; not saved.',
  importWhereNodeField: 'in the {field} field of node “{node}”',
  importWhereNode: 'at node “{node}”',
  importWhereField: 'in the {field} field',
  importCheckFile: 'check that this is a JSON, PNG or SVG file exported by OpsChart',
  resetTitle: 'Reset to template?',
  resetQuestion:
    'The chart goes back to the template as it was; all your edits are replaced (you can still undo).',
  resetConfirm: 'Reset',
  hintTitle: 'Getting started',
  hintText:
    'Click a card for its details · double-click or F2 to rename · drag a card to move it · Tab adds a child',
  hintDismiss: 'Got it',
  more: 'More',
  on: 'on',
  legendToggleTip: 'Show or hide the legend',
  minimapToggleTip: 'Show or hide the minimap',
};
