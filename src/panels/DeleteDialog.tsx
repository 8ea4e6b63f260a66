import { descendantCount, indexChart } from '../model/tree';
import { useRef } from 'react';
import { useChartStore } from '../store/store';
import { selectShownChart } from '../store/shown-chart';
import { useT } from '../store/use-t';
import { Dialog } from './Dialog';
import { DialogButton, DialogFooter } from './DialogButton';

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
      <DialogFooter stacked>
        <DialogButton tone="danger" onClick={() => deleteNode(pendingId, 'subtree')}>
          {t('deleteSubtree')}
        </DialogButton>
        <DialogButton tone="outline" onClick={() => deleteNode(pendingId, 'lift')}>
          {t('liftChildren')}
        </DialogButton>
        <DialogButton ref={safe} onClick={cancel}>
          {t('cancel')}
        </DialogButton>
      </DialogFooter>
    </Dialog>
  );
}
