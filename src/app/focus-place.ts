/** What kind of place focus is in decides who owns a key (see key-map.ts). */
export type FocusPlace = 'chart' | 'text' | 'overlay' | 'elsewhere';

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', '']);

/** A text field: the browser's own meaning of every key (Backspace, Ctrl+Z...) wins there. */
export function isTextField(el: Element): boolean {
  if (el instanceof HTMLElement && el.isContentEditable) return true;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  return el instanceof HTMLInputElement && TEXT_INPUTS.has(el.getAttribute('type') ?? '');
}

/** A card of the chart (React Flow's node wrapper) or the canvas itself. */
export const CARD_SELECTOR = '.react-flow__node';
export const CANVAS_SELECTOR = '[data-chart-canvas]';

export function focusPlace(target: EventTarget | null): FocusPlace {
  if (!(target instanceof Element)) return 'elsewhere';
  if (isTextField(target)) return 'text';
  if (target.closest('[role="dialog"], [role="menu"], [role="alertdialog"]')) return 'overlay';
  // Only the card itself or the bare canvas: a button inside a card (fold, +) keeps Enter and Space.
  if (target.matches(CARD_SELECTOR) || target.matches(CANVAS_SELECTOR)) return 'chart';
  return 'elsewhere';
}

/** The card element of a node, if React Flow has it on screen. */
export function cardElement(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`${CARD_SELECTOR}[data-id="${CSS.escape(id)}"]`);
}

/** The chart's one tab stop (roving tabindex): the selected card, else the root. */
export function chartTabStop(): HTMLElement | null {
  return document.querySelector<HTMLElement>(`${CANVAS_SELECTOR} ${CARD_SELECTOR}[tabindex="0"]`);
}
