import { descendantCount, indexChart } from '../model/tree';
import { useRef } from 'react';
import { useChartStore } from '../store/store';
import { selectShownChart } from '../store/shown-chart';
import { useT } from '../store/use-t';
import { Dialog } from './Dialog';

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
  // The safe choice gets focus, so an Enter pressed out of habit loses nothing.
  const safe = useRef<HTMLButtonElement>(null);
  if (!pendingId || !node) return null;
  return (
    <Dialog
      title={t('deleteTitle', { title: node.title })}
      description={t('deleteQuestion', { title: node.title, n: count })}
      onClose={cancel}
      initialFocus={safe}
    >
      <div className="mt-4 flex flex-col gap-2">
        <button
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
          ref={safe}
          type="button"
          className="rounded-md px-3 py-2 text-sm text-slate-700 hover:bg-slate-50"
          onClick={cancel}
        >
          {t('cancel')}
        </button>
      </div>
    </Dialog>
  );
}
