import { useRef } from 'react';
import { useChartStore } from '../store/store';
import { useT } from '../store/use-t';
import { Dialog } from './Dialog';
import { DialogButton, DialogFooter } from './DialogButton';

/** "Reset to template" replaces every edit of the chart, so it asks first; Cancel has focus. */
export function ResetDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const reset = useChartStore((s) => s.resetToTemplate);
  const safe = useRef<HTMLButtonElement>(null);
  return (
    <Dialog title={t('resetTitle')} description={t('resetQuestion')} onClose={onClose} initialFocus={safe}>
      <DialogFooter>
        <DialogButton ref={safe} onClick={onClose}>
          {t('cancel')}
        </DialogButton>
        <DialogButton
          tone="danger"
          onClick={() => {
            onClose();
            void reset();
          }}
        >
          {t('resetConfirm')}
        </DialogButton>
      </DialogFooter>
    </Dialog>
  );
}
