import type { ComponentProps, ReactNode } from 'react';

/**
 * The buttons of a dialog's footer, in four looks: `quiet` (cancel, close), `outline`
 * (another choice), `danger` (the destructive choice) and `primary` (the dialog's main act).
 * One place, so every dialog's choices look and weigh the same.
 */
const TONES = {
  quiet: 'text-slate-700 hover:bg-slate-100',
  outline: 'border border-slate-300 font-medium text-slate-800 hover:bg-slate-50',
  danger: 'bg-red-600 font-medium text-white hover:bg-red-700',
  primary: 'bg-blue-700 font-medium text-white hover:bg-blue-800',
} as const;

export type DialogButtonTone = keyof typeof TONES;

export function DialogButton({
  tone = 'quiet',
  className = '',
  type = 'button',
  ...props
}: ComponentProps<'button'> & { tone?: DialogButtonTone }) {
  return (
    <button
      type={type}
      className={`rounded-md px-3 py-2 text-sm disabled:opacity-50 ${TONES[tone]} ${className}`}
      {...props}
    />
  );
}

/** The row of choices at the foot of a dialog: right-aligned, or stacked for long choices. */
export function DialogFooter({ stacked = false, children }: { stacked?: boolean; children: ReactNode }) {
  return (
    <div className={stacked ? 'mt-4 flex flex-col gap-2' : 'mt-4 flex justify-end gap-2'}>{children}</div>
  );
}
