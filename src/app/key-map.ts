import type { StringKey } from '../i18n/strings';

/**
 * Every keyboard shortcut of the app, as data: the dispatcher, the "Keyboard shortcuts"
 * sheet and the tests all read this one table.
 *
 * `where` says whose key it is:
 * - `chart`: only while a card (or the canvas) has focus. Anywhere else (toolbar, panel,
 *   dialogs, menus) the key keeps its browser meaning: Tab moves focus, Enter activates.
 * - `global`: everywhere except inside text fields, where the browser's meaning
 *   (undo typing, find in page...) wins, and except inside an open dialog or menu.
 */
export type KeyWhere = 'chart' | 'global';

export type KeyAction =
  | 'addChild'
  | 'addSibling'
  | 'openDetails'
  | 'rename'
  | 'deleteSelection'
  | 'duplicate'
  | 'copy'
  | 'cut'
  | 'paste'
  | 'navigate'
  | 'reorder'
  | 'first'
  | 'last'
  | 'expandSiblings'
  | 'contextMenu'
  | 'escape'
  | 'undo'
  | 'redo'
  | 'export'
  | 'search'
  | 'saveFile'
  | 'saveFileAs'
  | 'openFile'
  | 'shortcuts'
  | 'switchPane';

export type KeyBinding = {
  /** `KeyboardEvent.key`; letters match either case. */
  key: string;
  /** Ctrl on Windows/Linux, ⌘ on macOS. */
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
  where: KeyWhere;
  action: KeyAction;
  /** What the sheet says it does. */
  label: StringKey;
  /**
   * Structural actions ignore auto-repeat: holding Tab must add one child, not a hundred.
   * Moves and undo may repeat.
   */
  repeat?: boolean;
  /**
   * Copy, cut and paste reach the app as clipboard events (the only way to read or write
   * the clipboard from a key press); the keydown itself is left to the browser.
   */
  viaClipboard?: boolean;
  /** Listed in the sheet together with the binding before it (e.g. Delete / Backspace). */
  sameRow?: boolean;
};

const ARROWS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'] as const;
export type Arrow = (typeof ARROWS)[number];
export const isArrow = (key: string): key is Arrow => (ARROWS as readonly string[]).includes(key);

export const KEY_MAP: readonly KeyBinding[] = [
  { key: 'Tab', where: 'chart', action: 'addChild', label: 'keyAddChild' },
  { key: 'Enter', where: 'chart', action: 'addSibling', label: 'keyAddSibling' },
  { key: ' ', where: 'chart', action: 'openDetails', label: 'keyOpenDetails' },
  { key: 'F2', where: 'chart', action: 'rename', label: 'keyRename' },
  { key: 'Delete', where: 'chart', action: 'deleteSelection', label: 'keyDelete' },
  { key: 'Backspace', where: 'chart', action: 'deleteSelection', label: 'keyDelete', sameRow: true },
  { key: 'd', mod: true, where: 'chart', action: 'duplicate', label: 'keyDuplicate' },
  { key: 'c', mod: true, where: 'chart', action: 'copy', label: 'keyCopy', viaClipboard: true },
  { key: 'x', mod: true, where: 'chart', action: 'cut', label: 'keyCut', viaClipboard: true },
  // Paste brings its own content (cards under the selection, or a table that opens the import
  // mapping step), so it works from anywhere but text fields and dialogs; copy and cut act on
  // the focused card only.
  { key: 'v', mod: true, where: 'global', action: 'paste', label: 'keyPaste', viaClipboard: true },
  ...ARROWS.map((key, i): KeyBinding => ({
    key,
    where: 'chart',
    action: 'navigate',
    label: 'keyNavigate',
    repeat: true,
    sameRow: i > 0,
  })),
  ...ARROWS.map((key, i): KeyBinding => ({
    key,
    alt: true,
    where: 'chart',
    action: 'reorder',
    label: 'keyReorder',
    repeat: true,
    sameRow: i > 0,
  })),
  { key: 'Home', where: 'chart', action: 'first', label: 'keyFirst' },
  { key: 'End', where: 'chart', action: 'last', label: 'keyLast' },
  { key: '*', where: 'chart', action: 'expandSiblings', label: 'keyExpandSiblings' },
  { key: 'F10', shift: true, where: 'chart', action: 'contextMenu', label: 'keyContextMenu' },
  { key: 'ContextMenu', where: 'chart', action: 'contextMenu', label: 'keyContextMenu', sameRow: true },
  { key: 'Escape', where: 'global', action: 'escape', label: 'keyEscape' },
  { key: 'z', mod: true, where: 'global', action: 'undo', label: 'keyUndo', repeat: true },
  { key: 'z', mod: true, shift: true, where: 'global', action: 'redo', label: 'keyRedo', repeat: true },
  { key: 'y', mod: true, where: 'global', action: 'redo', label: 'keyRedo', repeat: true, sameRow: true },
  { key: 'e', mod: true, where: 'global', action: 'export', label: 'keyExport' },
  { key: 'f', mod: true, where: 'global', action: 'search', label: 'keySearch' },
  { key: 's', mod: true, where: 'global', action: 'saveFile', label: 'keySaveFile' },
  { key: 's', mod: true, shift: true, where: 'global', action: 'saveFileAs', label: 'keySaveFileAs' },
  { key: 'o', mod: true, where: 'global', action: 'openFile', label: 'keyOpenFile' },
  { key: 'F6', where: 'global', action: 'switchPane', label: 'keySwitchPane' },
  { key: '?', where: 'global', action: 'shortcuts', label: 'keyShortcuts' },
];

export type KeyPress = {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
  repeat?: boolean;
};

/** Keys whose character already says Shift (`?`, `*`): Shift must not be asked for separately. */
const SHIFTED = new Set(['?', '*']);

function matches(b: KeyBinding, e: KeyPress): boolean {
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key !== b.key) return false;
  if (Boolean(e.ctrlKey || e.metaKey) !== Boolean(b.mod)) return false;
  if (Boolean(e.altKey) !== Boolean(b.alt)) return false;
  return SHIFTED.has(b.key) || Boolean(e.shiftKey) === Boolean(b.shift);
}

/**
 * The binding a key press has where focus is, or null when the key is the browser's.
 * `where` is where focus is: on a card or the canvas (`chart`), or anywhere else that
 * is not a text field (`elsewhere`); text fields get no shortcuts at all.
 */
export function findBinding(e: KeyPress, focus: 'chart' | 'elsewhere' | 'text'): KeyBinding | null {
  if (focus === 'text') return null;
  const binding = KEY_MAP.find((b) => matches(b, e) && (b.where === 'global' || focus === 'chart'));
  if (!binding) return null;
  if (e.repeat && !binding.repeat) return null;
  return binding;
}

/** How a binding is written for people: "Ctrl+Shift+Z", "⌘D" style is left to the OS. */
export function keyLabel(b: Pick<KeyBinding, 'key' | 'mod' | 'shift' | 'alt'>, mac = false): string {
  const parts: string[] = [];
  if (b.mod) parts.push(mac ? '⌘' : 'Ctrl');
  if (b.alt) parts.push(mac ? '⌥' : 'Alt');
  if (b.shift) parts.push('Shift');
  parts.push(KEY_NAMES[b.key] ?? (b.key.length === 1 ? b.key.toUpperCase() : b.key));
  return parts.join('+');
}

const KEY_NAMES: Record<string, string> = {
  ' ': 'Space',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
  ContextMenu: 'Menu',
};

/** The label of the first binding for an action, for menus and tooltips ("Ctrl+D"). */
export function shortcutFor(action: KeyAction): string | undefined {
  const b = KEY_MAP.find((x) => x.action === action);
  return b ? keyLabel(b) : undefined;
}
