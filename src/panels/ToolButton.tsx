import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

type Props = {
  label: string;
  icon?: IconName;
  onClick: () => void;
  disabled?: boolean;
  pressed?: boolean;
  children?: ReactNode;
  shortcut?: string;
};

/** A toolbar button: icon-first, with its name for screen readers and as a tooltip. */
export function ToolButton({ label, icon, onClick, disabled, pressed, children, shortcut }: Props) {
  return (
    <button
      type="button"
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
      className={`inline-flex h-8 min-w-8 items-center justify-center gap-1 rounded-md px-1.5 text-sm text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:cursor-not-allowed disabled:opacity-35 disabled:hover:bg-transparent ${
        pressed ? 'bg-blue-50 text-blue-800 ring-1 ring-blue-200' : ''
      }`}
    >
      {icon ? <Icon name={icon} /> : null}
      {children}
    </button>
  );
}

export function Divider() {
  return <span className="mx-1 h-5 w-px bg-slate-200" aria-hidden="true" />;
}
