import type { ReactNode, Ref } from 'react';
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';

/**
 * Styled parts of the app's menus, on Radix UI's DropdownMenu: `role="menu"` with
 * `menuitem`/`menuitemradio` children, arrow keys, Home/End, typeahead, Escape, focus
 * back to the trigger, kept on screen at the window edge.
 *
 * Import only from lazily loaded modules (see ChartMenu.tsx): Radix menus cost ~20 KB
 * gzip that the first view does not need.
 */
export const MenuRoot = DropdownMenu.Root;
export const MenuTrigger = DropdownMenu.Trigger;
export const MenuRadioGroup = DropdownMenu.RadioGroup;

const ITEM =
  'flex cursor-default items-center gap-2 rounded-md px-2 py-1.5 text-left text-sm text-slate-800 outline-none select-none data-[disabled]:text-slate-400 data-[highlighted]:bg-slate-100';

type ContentProps = Omit<DropdownMenu.DropdownMenuContentProps, 'className'> & {
  label: string;
  className?: string;
  ref?: Ref<HTMLDivElement>;
};

export function MenuContent({ label, className = 'w-64', children, ...props }: ContentProps) {
  return (
    <DropdownMenu.Portal>
      <DropdownMenu.Content
        aria-label={label}
        sideOffset={4}
        collisionPadding={8}
        className={`z-50 max-h-[var(--radix-dropdown-menu-content-available-height)] overflow-auto rounded-lg border border-slate-200 bg-white p-1.5 shadow-lg ${className}`}
        {...props}
      >
        {children}
      </DropdownMenu.Content>
    </DropdownMenu.Portal>
  );
}

type ItemProps = {
  children: ReactNode;
  /** Call `event.preventDefault()` to keep the menu open (e.g. a delete that asks to confirm). */
  onSelect: (event: Event) => void;
  /** The accessible name, when the visible text is only an icon or a short word. */
  label?: string;
  className?: string;
  /** The key that does the same from the chart, shown at the right (e.g. "Ctrl+D"). */
  shortcut?: string;
  disabled?: boolean;
  destructive?: boolean;
  icon?: ReactNode;
};

export function MenuItem({
  children,
  onSelect,
  label,
  className = '',
  shortcut,
  disabled,
  destructive,
  icon,
}: ItemProps) {
  return (
    <DropdownMenu.Item
      className={`${ITEM} ${destructive ? 'text-red-700 data-[highlighted]:bg-red-50' : ''} ${className}`}
      disabled={disabled}
      onSelect={onSelect}
      aria-label={label}
      aria-keyshortcuts={shortcut?.replace(/Ctrl/g, 'Control')}
    >
      {icon}
      <span className="min-w-0 flex-1 truncate">{children}</span>
      {shortcut ? (
        <kbd className="ml-4 font-sans text-xs text-slate-500" aria-hidden="true">
          {shortcut}
        </kbd>
      ) : null}
    </DropdownMenu.Item>
  );
}

export function MenuRadioItem({
  value,
  children,
  className = '',
}: {
  value: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <DropdownMenu.RadioItem value={value} className={`${ITEM} data-[state=checked]:bg-blue-50 ${className}`}>
      {children}
    </DropdownMenu.RadioItem>
  );
}

export function MenuLabel({ children }: { children: ReactNode }) {
  return (
    <DropdownMenu.Label className="px-2 pt-1 pb-1 text-xs font-semibold text-slate-600">
      {children}
    </DropdownMenu.Label>
  );
}

export function MenuSeparator() {
  return <DropdownMenu.Separator className="my-1 border-t border-slate-100" />;
}

export const MenuSub = DropdownMenu.Sub;

export function MenuSubTrigger({ children, icon }: { children: ReactNode; icon?: ReactNode }) {
  return (
    <DropdownMenu.SubTrigger className={`${ITEM} data-[state=open]:bg-slate-100`}>
      {icon}
      <span className="min-w-0 flex-1 truncate">{children}</span>
      <span aria-hidden="true" className="text-slate-500">
        ›
      </span>
    </DropdownMenu.SubTrigger>
  );
}

export function MenuSubContent({
  children,
  className = 'w-48',
}: {
  children: ReactNode;
  className?: string;
}) {
  return (
    <DropdownMenu.Portal>
      <DropdownMenu.SubContent
        sideOffset={2}
        collisionPadding={8}
        className={`z-50 rounded-lg border border-slate-200 bg-white p-1.5 shadow-lg ${className}`}
      >
        {children}
      </DropdownMenu.SubContent>
    </DropdownMenu.Portal>
  );
}
