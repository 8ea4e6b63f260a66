import { usePref } from '../store/use-pref';
import { useT } from '../store/use-t';

/** What a newcomer can do with the chart, shown until they dismiss it (remembered in this browser). */
export function FirstRunHint() {
  const t = useT();
  const [dismissed, setDismissed] = usePref('hint-dismissed');
  if (dismissed) return null;
  return (
    <section
      aria-label={t('hintTitle')}
      className="pointer-events-auto absolute top-3 left-1/2 z-10 flex w-max max-w-[calc(100%-1.5rem)] -translate-x-1/2 items-center gap-3 rounded-lg border border-blue-200 bg-blue-50/95 px-3 py-2 text-sm text-blue-950 shadow-sm"
    >
      <p className="leading-snug">{t('hintText')}</p>
      <button
        type="button"
        className="shrink-0 rounded-md border border-blue-300 bg-white px-2 py-0.5 font-medium hover:bg-blue-100"
        onClick={() => setDismissed(true)}
      >
        {t('hintDismiss')}
      </button>
    </section>
  );
}
