import { otherLanguage, type LocalField } from '../model/local-text';
import { useChartStore } from '../store/store';
import { useT } from '../store/use-t';
import { languageNameKey } from '../panels/language-name';

/** The language a fallback text is written in, as a two-letter tag on the card. */
const TAG = { 'zh-CN': '中', en: 'EN' } as const;

/**
 * A small tag on a card some of whose text has no translation in the chart language and
 * shows the other language's instead; its tooltip says so.
 */
export function FallbackMark({ fallbacks }: { fallbacks: readonly LocalField[] | undefined }) {
  const t = useT();
  const language = useChartStore((s) => s.chartLanguage);
  if (!fallbacks || fallbacks.length === 0) return null;
  const other = otherLanguage(language);
  const text = t('fellBackMark', {
    language: t(languageNameKey(language)),
    other: t(languageNameKey(other)),
  });
  return (
    <span
      className="ml-1 inline-block rounded-sm border border-dashed border-slate-400 px-0.5 align-[2px] text-[10px] leading-3 font-medium text-slate-500"
      title={text}
      aria-label={text}
      role="img"
      data-testid="fallback-mark"
    >
      {TAG[other]}
    </span>
  );
}
