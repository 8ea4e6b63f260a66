/** UI strings of one area of work, kept in their own file so areas change independently. */
export const zhBilingual = {
  chartLanguage: '图表语言',
  chartLanguageShort: '图表',
  chartLanguageTo: '图表改用{language}',
  chartLanguageHint: '图表内容显示和编辑所用的语言；界面语言切换时随之切换',
  languageName_zh: '中文',
  languageName_en: '英文',
  exportLanguage: '导出语言',
  exportBilingual: '双语：标题下方附另一种语言',
  notTranslated: '未翻译',
  fellBackMark: '部分内容尚无{language}译文，显示的是{other}原文',
  missingTranslations: '缺少{language}译文',
  addTranslation: '添加译文',
  otherLanguageText: '{language}原文：{text}',
} as const;
