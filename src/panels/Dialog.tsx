import { useRef, type ReactNode, type RefObject } from 'react';
import * as RadixDialog from '@radix-ui/react-dialog';

type DialogProps = {
  /**
   * The visible heading; it also names the dialog for assistive technology. Leave it out
   * only to place a `DialogTitle` yourself (e.g. in a header row with a close button).
   */
  title?: ReactNode;
  /** Optional sentence read with the title (`aria-describedby`). */
  description?: ReactNode;
  onClose: () => void;
  /** What gets focus on open; without it the first focusable control does. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Classes of the panel (width, padding); the overlay and centring are fixed. */
  className?: string;
  /** Classes of the heading. */
  titleClassName?: string;
  children: ReactNode;
};

/**
 * The one modal dialog of the app, on Radix UI: focus moves in on open and is trapped,
 * Escape closes from any control inside, and focus goes back to whatever had it before
 * (the button, the card or the canvas), even when a store action, not a trigger, opened it.
 *
 * Mount it only while open (`{open ? <Dialog …/> : null}`) and import it only from
 * lazily loaded modules: Radix costs ~13 KB gzip that the first view does not need.
 */
export function Dialog({
  title,
  description,
  onClose,
  initialFocus,
  className = 'w-[440px] p-5',
  titleClassName = 'text-base font-semibold',
  children,
}: DialogProps) {
  // Read during the first render, before Radix moves focus into the dialog.
  const opener = useRef<Element | null>(typeof document === 'undefined' ? null : document.activeElement);
  return (
    <RadixDialog.Root open onOpenChange={(open) => !open && onClose()}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-50 bg-slate-900/30" />
        <RadixDialog.Content
          className={`fixed top-1/2 left-1/2 z-50 max-h-[calc(100vh-2rem)] max-w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2 rounded-xl bg-white shadow-xl focus:outline-none ${className}`}
          onOpenAutoFocus={(e) => {
            if (!initialFocus?.current) return;
            e.preventDefault();
            initialFocus.current.focus();
          }}
          onCloseAutoFocus={(e) => {
            e.preventDefault();
            const back = opener.current;
            if (back instanceof HTMLElement && back.isConnected && back !== document.body) back.focus();
            // The opener is gone (a deleted card, a closed menu): the chart's tab stop takes focus.
            else
              document
                .querySelector<HTMLElement>('[data-chart-canvas] .react-flow__node[tabindex="0"]')
                ?.focus({ preventScroll: true });
          }}
        >
          {title !== undefined ? (
            <RadixDialog.Title className={titleClassName}>{title}</RadixDialog.Title>
          ) : null}
          {description ? (
            <RadixDialog.Description className="mt-2 text-sm text-slate-600">
              {description}
            </RadixDialog.Description>
          ) : null}
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

/** The dialog's heading when placed by the caller (see `title`). */
export const DialogTitle = RadixDialog.Title;
