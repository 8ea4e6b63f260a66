import { usePref } from '../store/use-pref';
import { useT } from '../store/use-t';

/**
 * What a newcomer can do with the chart, shown until they dismiss it (remembered in this
 * browser). A strip above the canvas, not over it, so it never hides the fitted chart.
 */
export function FirstRunHint() {
  const t = useT();
  const [dismissed, setDismissed] = usePref('hint-dismissed');
  if (dismissed) return null;
  return (
    <section
      aria-label={t('hintTitle')}
      className="flex shrink-0 items-center justify-center gap-3 border-b border-blue-100 bg-blue-50 px-3 py-1.5 text-sm text-blue-950"
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
