import type { Locale } from './schema';

/** One text a person reads, in each language the chart has it in. */
export type LocalText = { 'zh-CN'?: string; en?: string };

/** The text fields of a node that hold both languages (schema v2). */
export const LOCAL_FIELDS = [
  'title',
  'subtitle',
  'goal',
  'description',
  'responsibilities',
  'metrics',
] as const;
export type LocalField = (typeof LOCAL_FIELDS)[number];

export const otherLanguage = (language: Locale): Locale => (language === 'en' ? 'zh-CN' : 'en');

/** A blank translation counts as none, so the other language shows instead of an empty card. */
export const hasText = (value: string | undefined): value is string =>
  value !== undefined && value.trim() !== '';

/** The text in `language`, or the other language's with `fellBack`; undefined when neither has any. */
export function pickText(
  text: LocalText | undefined,
  language: Locale,
): { text: string; fellBack: boolean } | undefined {
  if (!text) return undefined;
  const own = text[language];
  if (hasText(own)) return { text: own, fellBack: false };
  const other = text[otherLanguage(language)];
  if (hasText(other)) return { text: other, fellBack: true };
  return undefined;
}

/** Just the string in `language` (falling back), '' when there is none. */
export const textIn = (text: LocalText | undefined, language: Locale): string =>
  pickText(text, language)?.text ?? '';

/** A LocalText holding `value` in `language` only. */
export const localText = (language: Locale, value: string): LocalText =>
  language === 'en' ? { en: value } : { 'zh-CN': value };

/**
 * `text` with `language` set to `value`; a blank value removes that language (so it falls
 * back), and the same object comes back when nothing changed.
 */
export function withText(text: LocalText | undefined, language: Locale, value: string): LocalText {
  const current = text ?? {};
  if (!hasText(value)) {
    if (current[language] === undefined) return current;
    const copy = { ...current };
    delete copy[language];
    return copy;
  }
  return current[language] === value ? current : { ...current, [language]: value };
}

/** Whether any language holds text. */
export const isEmptyText = (text: LocalText | undefined): boolean =>
  !text || (!hasText(text['zh-CN']) && !hasText(text.en));

// Han (incl. extension A and compatibility), CJK punctuation, kana, Hangul, full-width forms.
const CJK = /[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;
const LATIN = /[A-Za-z\u00c0-\u024f]/;

/** Which script a text is written in: any CJK character makes it CJK; otherwise Latin letters make it Latin. */
export function scriptOf(text: string): 'cjk' | 'latin' | 'none' {
  if (CJK.test(text)) return 'cjk';
  return LATIN.test(text) ? 'latin' : 'none';
}

/** The language whose script a text is written in, if it has letters at all. */
export function languageOfScript(text: string): Locale | undefined {
  const script = scriptOf(text);
  return script === 'cjk' ? 'zh-CN' : script === 'latin' ? 'en' : undefined;
}
