import type { StringKey } from '../i18n/strings';
import type { Locale } from '../model/schema';

/** The UI string naming a chart language ("Chinese" / "英文"). */
export const languageNameKey = (language: Locale): StringKey =>
  language === 'en' ? 'languageName_en' : 'languageName_zh';
