import { useRef } from 'react';
import { useChartStore } from '../store/store';
import { useT } from '../store/use-t';
import { Dialog } from './Dialog';

/** "Reset to template" replaces every edit of the chart, so it asks first; Cancel has focus. */
export function ResetDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const reset = useChartStore((s) => s.resetToTemplate);
  const safe = useRef<HTMLButtonElement>(null);
  return (
    <Dialog title={t('resetTitle')} description={t('resetQuestion')} onClose={onClose} initialFocus={safe}>
      <div className="mt-4 flex justify-end gap-2">
        <button
          ref={safe}
          type="button"
          className="rounded-md px-3 py-2 text-sm text-slate-700 hover:bg-slate-50"
          onClick={onClose}
        >
          {t('cancel')}
        </button>
        <button
          type="button"
          className="rounded-md bg-red-600 px-3 py-2 text-sm font-medium text-white hover:bg-red-700"
          onClick={() => {
            onClose();
            void reset();
          }}
        >
          {t('resetConfirm')}
        </button>
      </div>
    </Dialog>
  );
}
