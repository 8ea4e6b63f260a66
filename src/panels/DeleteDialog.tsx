import { descendantCount, indexChart } from '../model/tree';
import { useEffect, useRef } from 'react';
import { useChartStore } from '../store/store';
import { selectShownChart } from '../store/shown-chart';
import { useT } from '../store/use-t';

/** Asked when a node with children is deleted: take the branch, or keep the children by lifting them. */
export function DeleteDialog() {
  const t = useT();
  const pendingId = useChartStore((s) => s.pendingDelete);
  const node = useChartStore((s) =>
    s.pendingDelete ? selectShownChart(s).nodes.find((n) => n.id === s.pendingDelete) : undefined,
  );
  const count = useChartStore((s) =>
    s.pendingDelete ? descendantCount(indexChart(s.chart), s.pendingDelete) : 0,
  );
  const deleteNode = useChartStore((s) => s.deleteNode);
  const cancel = useChartStore((s) => s.cancelDelete);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), [pendingId]);
  if (!pendingId || !node) return null;
  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/30">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="delete-title"
        className="w-[440px] rounded-xl bg-white p-5 shadow-xl"
        onKeyDown={(e) => e.key === 'Escape' && cancel()}
      >
        <h2 id="delete-title" className="text-base font-semibold">
          {t('deleteTitle', { title: node.title })}
        </h2>
        <p className="mt-2 text-sm text-slate-600">{t('deleteQuestion', { title: node.title, n: count })}</p>
        <div className="mt-4 flex flex-col gap-2">
          <button
            ref={first}
            type="button"
            className="rounded-md bg-red-600 px-3 py-2 text-sm font-medium text-white hover:bg-red-700"
            onClick={() => deleteNode(pendingId, 'subtree')}
          >
            {t('deleteSubtree')}
          </button>
          <button
            type="button"
            className="rounded-md border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-50"
            onClick={() => deleteNode(pendingId, 'lift')}
          >
            {t('liftChildren')}
          </button>
          <button
            type="button"
            className="rounded-md px-3 py-2 text-sm text-slate-600 hover:bg-slate-50"
            onClick={cancel}
          >
            {t('cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
