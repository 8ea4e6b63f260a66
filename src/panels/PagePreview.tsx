import { useEffect, useMemo, useState } from 'react';
import { useT } from '../store/use-t';
import { pageToSvg } from '../export/page-svg';
import type { PlanOutcome } from './export-pages';

const fmt = (pt: number) => (Math.round(pt * 10) / 10).toFixed(1);

/** The pages the export will hold: step through them, their count, the smallest text and what was dropped. */
export function PagePreview({ outcome, minTextPt }: { outcome: PlanOutcome | null; minTextPt: number }) {
  const t = useT();
  const [index, setIndex] = useState(0);
  const plan = outcome?.ok ? outcome.plan : null;
  const count = plan?.pages.length ?? 0;
  const at = Math.min(index, Math.max(0, count - 1));
  const page = plan?.pages[at];

  const url = useMemo(
    () => (page ? URL.createObjectURL(new Blob([pageToSvg(page)], { type: 'image/svg+xml' })) : null),
    [page],
  );
  // Revoked once the <img> shows its successor (or is gone).
  useEffect(() => {
    if (!url) return;
    return () => URL.revokeObjectURL(url);
  }, [url]);

  if (!outcome) {
    return (
      <p className="flex min-h-[360px] flex-1 items-center justify-center text-sm text-slate-500">
        {t('planning')}
      </p>
    );
  }
  if (!outcome.ok) {
    const key = `planError_${outcome.code}`;
    const known =
      key === 'planError_min-text-size' ||
      key === 'planError_page-too-small' ||
      key === 'planError_empty-chart';
    return (
      <p role="alert" className="flex min-h-[360px] flex-1 items-center justify-center text-sm text-red-700">
        {known ? t(key) : t('planError', { message: outcome.message })}
      </p>
    );
  }
  const smallest = Math.min(...outcome.plan.pages.map((p) => p.smallestPt));
  const dropped = outcome.plan.droppedDetail;
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-2" data-testid="page-preview">
      <div className="flex min-h-[320px] flex-1 items-center justify-center overflow-hidden rounded-md border border-slate-200 bg-slate-100 p-2">
        {url && page ? (
          <img
            src={url}
            alt={page.title}
            data-testid="page-thumbnail"
            className="max-h-[52vh] max-w-full bg-white object-contain shadow"
          />
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
        <button
          type="button"
          className="rounded border border-slate-300 px-2 py-0.5 disabled:opacity-40"
          disabled={at === 0}
          onClick={() => setIndex(at - 1)}
        >
          {t('prevPage')}
        </button>
        <span data-testid="page-position">{t('pageOf', { page: at + 1, n: count })}</span>
        <button
          type="button"
          className="rounded border border-slate-300 px-2 py-0.5 disabled:opacity-40"
          disabled={at >= count - 1}
          onClick={() => setIndex(at + 1)}
        >
          {t('nextPage')}
        </button>
        <span data-testid="page-count" className="font-medium">
          {t('pagesCount', { n: count })}
        </span>
        <span data-testid="smallest-pt">{t('smallestPt', { pt: fmt(smallest), min: fmt(minTextPt) })}</span>
        <span className="text-slate-500">{t('planMs', { ms: Math.round(outcome.ms) })}</span>
      </div>
      {dropped ? (
        <p className="text-sm text-amber-800">{t('droppedDetail', { detail: t(`detail_${dropped}`) })}</p>
      ) : null}
      {outcome.plan.problems.length > 0 ? (
        <p className="text-sm text-red-700">
          {t('planProblems', { list: outcome.plan.problems.slice(0, 3).join('; ') })}
        </p>
      ) : null}
    </div>
  );
}
