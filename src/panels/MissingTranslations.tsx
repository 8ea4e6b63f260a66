import type { RefObject } from 'react';
import type { LocalField } from '../model/local-text';
import { useChartStore } from '../store/store';
import { useT } from '../store/use-t';
import { languageNameKey } from './language-name';

/**
 * The texts of the selected node that have no translation in the chart language (the
 * card shows the other language's instead), each with a way to add it: focus moves to
 * the field, or to the list's first untranslated item.
 */
export function MissingTranslations({
  fallbacks,
  within,
}: {
  fallbacks: readonly LocalField[] | undefined;
  within: RefObject<HTMLElement | null>;
}) {
  const t = useT();
  const language = useChartStore((s) => s.chartLanguage);
  if (!fallbacks || fallbacks.length === 0) return null;
  const heading = t('missingTranslations', { language: t(languageNameKey(language)) });
  const focus = (field: LocalField) => {
    const box = within.current?.querySelector(`[data-field="${field}"]`);
    const inputs = [
      ...(box?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea') ?? []),
    ];
    const target = inputs.find((input) => input.value === '') ?? inputs[0];
    // Focusing scrolls the field into view.
    target?.focus();
  };
  return (
    <section aria-label={heading} className="mx-2 rounded-md border border-amber-200 bg-amber-50 px-2.5 py-2">
      <h3 className="text-xs font-semibold text-amber-900">{heading}</h3>
      <ul className="mt-1 space-y-0.5">
        {fallbacks.map((field) => (
          <li key={field} className="flex items-center justify-between gap-2 text-xs text-amber-900">
            <span>{t(field)}</span>
            <button
              type="button"
              className="rounded px-1.5 py-0.5 font-medium text-blue-700 hover:bg-amber-100"
              aria-label={`${t('addTranslation')}: ${t(field)}`}
              onClick={() => focus(field)}
            >
              {t('addTranslation')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
