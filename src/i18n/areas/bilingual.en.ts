import type { zhBilingual } from './bilingual';

/** English strings of this area, loaded only when the UI is in English (see strings.ts). */
export const enBilingual: Record<keyof typeof zhBilingual, string> = {
  chartLanguage: 'Chart language',
  chartLanguageShort: 'Chart',
  chartLanguageTo: 'Show the chart in {language}',
  chartLanguageHint:
    'The language chart text is shown and edited in; it follows the interface language switch',
  languageName_zh: 'Chinese',
  languageName_en: 'English',
  exportLanguage: 'Export language',
  exportBilingual: 'Bilingual: the other language under each title',
  notTranslated: 'Not translated',
  fellBackMark: 'Some text has no {language} translation yet; showing the {other} original',
  missingTranslations: 'Missing in {language}',
  addTranslation: 'Add translation',
  otherLanguageText: '{language} original: {text}',
  'sheetField_name@zh-CN': 'Name (Chinese)',
  'sheetField_name@en': 'Name (English)',
  'sheetField_subtitle@zh-CN': 'Subtitle (Chinese)',
  'sheetField_subtitle@en': 'Subtitle (English)',
  'sheetField_goal@zh-CN': 'Goal (Chinese)',
  'sheetField_goal@en': 'Goal (English)',
  'sheetField_description@zh-CN': 'Description (Chinese)',
  'sheetField_description@en': 'Description (English)',
  'sheetField_responsibilities@zh-CN': 'Responsibilities (Chinese)',
  'sheetField_responsibilities@en': 'Responsibilities (English)',
  'sheetField_metrics@zh-CN': 'Metrics (Chinese)',
  'sheetField_metrics@en': 'Metrics (English)',
};
