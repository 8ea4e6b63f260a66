import { useRef } from 'react';
import { useChartStore } from '../store/store';
import { useT } from '../store/use-t';
import { Dialog } from '../panels/Dialog';
import { DialogButton, DialogFooter } from '../panels/DialogButton';
import { KEY_MAP, keyLabel, type KeyBinding, type KeyWhere } from './key-map';

type Row = { keys: string[]; binding: KeyBinding };

/** Bindings of one place, with `sameRow` bindings folded into the row before them. */
export function shortcutRows(where: KeyWhere): Row[] {
  const rows: Row[] = [];
  for (const b of KEY_MAP) {
    if (b.where !== where) continue;
    const last = rows.at(-1);
    if (b.sameRow && last) last.keys.push(keyLabel(b));
    else rows.push({ keys: [keyLabel(b)], binding: b });
  }
  return rows;
}

/** The "Keyboard shortcuts" sheet (`?`): read from the same key map the keys run on. */
export function ShortcutSheet() {
  const t = useT();
  const close = useChartStore((s) => s.closeShortcuts);
  const closeButton = useRef<HTMLButtonElement>(null);
  const table = (where: KeyWhere, caption: string) => (
    <table className="mt-3 w-full text-sm">
      <caption className="pb-1 text-left text-xs font-semibold tracking-wide text-slate-600">
        {caption}
      </caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{t('shortcutsKey')}</th>
          <th scope="col">{t('shortcutsAction')}</th>
        </tr>
      </thead>
      <tbody>
        {shortcutRows(where).map((row) => (
          <tr key={row.keys.join()} className="border-t border-slate-100">
            <td className="py-1.5 pr-4 whitespace-nowrap">
              {row.keys.map((k) => (
                <kbd
                  key={k}
                  className="mr-1 inline-block rounded border border-slate-300 bg-slate-50 px-1.5 font-sans text-xs text-slate-800"
                >
                  {k}
                </kbd>
              ))}
            </td>
            <td className="py-1.5 text-slate-800">{t(row.binding.label)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <Dialog
      title={t('shortcutsTitle')}
      description={t('shortcutsChartNote')}
      onClose={close}
      initialFocus={closeButton}
      className="flex w-[640px] flex-col p-5"
    >
      <div className="min-h-0 flex-1 overflow-auto">
        {table('chart', t('shortcutsChart'))}
        {table('global', t('shortcutsGlobal'))}
      </div>
      <DialogFooter>
        <DialogButton ref={closeButton} tone="outline" onClick={close}>
          {t('close')}
        </DialogButton>
      </DialogFooter>
    </Dialog>
  );
}
