import { describe, expect, it } from 'vitest';
import { KEY_MAP, findBinding, keyLabel, shortcutFor, type KeyPress } from '../../../src/app/key-map';
import { focusPlace } from '../../../src/app/focus-place';
import { shortcutRows } from '../../../src/app/ShortcutSheet';
import { translate } from '../../../src/i18n/strings';

type Place = 'chart' | 'elsewhere' | 'text';
const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ...mods });

// Which key does what where: [key press, where focus is, expected action or null (browser's)].
const TABLE: [string, KeyPress, Place, string | null][] = [
  ['Tab on a card adds a child', press('Tab'), 'chart', 'addChild'],
  ['Tab in the toolbar or panel moves focus', press('Tab'), 'elsewhere', null],
  ['Tab in a text field moves focus', press('Tab'), 'text', null],
  ['Shift+Tab on a card leaves the chart', press('Tab', { shiftKey: true }), 'chart', null],
  ['Enter on a card adds a sibling', press('Enter'), 'chart', 'addSibling'],
  ['Enter on a toolbar button activates it', press('Enter'), 'elsewhere', null],
  ['Space on a card shows its details', press(' '), 'chart', 'openDetails'],
  ['Space on a button presses it', press(' '), 'elsewhere', null],
  ['Delete on a card deletes', press('Delete'), 'chart', 'deleteSelection'],
  ['Backspace on a card deletes', press('Backspace'), 'chart', 'deleteSelection'],
  ['Backspace on a toolbar button deletes nothing', press('Backspace'), 'elsewhere', null],
  ['Backspace in a field edits text', press('Backspace'), 'text', null],
  ['F2 on a card renames', press('F2'), 'chart', 'rename'],
  ['F2 elsewhere does nothing', press('F2'), 'elsewhere', null],
  ['Ctrl+D on a card duplicates', press('d', { ctrlKey: true }), 'chart', 'duplicate'],
  ['⌘D on a card duplicates', press('d', { metaKey: true }), 'chart', 'duplicate'],
  ['Ctrl+D elsewhere is the browser bookmark', press('d', { ctrlKey: true }), 'elsewhere', null],
  ['arrows on a card move', press('ArrowDown'), 'chart', 'navigate'],
  ['arrows in the toolbar are the browser’s', press('ArrowDown'), 'elsewhere', null],
  ['Alt+arrow on a card reorders', press('ArrowUp', { altKey: true }), 'chart', 'reorder'],
  ['Home on a card goes to the root', press('Home'), 'chart', 'first'],
  ['End on a card goes to the last card', press('End'), 'chart', 'last'],
  ['* on a card expands siblings', press('*', { shiftKey: true }), 'chart', 'expandSiblings'],
  ['Shift+F10 on a card opens its menu', press('F10', { shiftKey: true }), 'chart', 'contextMenu'],
  ['the Menu key on a card opens its menu', press('ContextMenu'), 'chart', 'contextMenu'],
  ['Ctrl+Z undoes on a card', press('z', { ctrlKey: true }), 'chart', 'undo'],
  ['Ctrl+Z undoes from the toolbar', press('z', { ctrlKey: true }), 'elsewhere', 'undo'],
  ['Ctrl+Z in a field undoes typing', press('z', { ctrlKey: true }), 'text', null],
  ['Ctrl+Shift+Z redoes', press('Z', { ctrlKey: true, shiftKey: true }), 'elsewhere', 'redo'],
  ['Ctrl+Y redoes', press('y', { ctrlKey: true }), 'elsewhere', 'redo'],
  ['Ctrl+E exports from anywhere', press('e', { ctrlKey: true }), 'elsewhere', 'export'],
  ['Ctrl+F searches', press('f', { ctrlKey: true }), 'chart', 'search'],
  ['Ctrl+F in a field is the browser’s find', press('f', { ctrlKey: true }), 'text', null],
  ['Ctrl+S saves to a file', press('s', { ctrlKey: true }), 'elsewhere', 'saveFile'],
  ['? opens the shortcut sheet', press('?', { shiftKey: true }), 'elsewhere', 'shortcuts'],
  ['? in a field is a question mark', press('?', { shiftKey: true }), 'text', null],
  ['Escape from the panel closes it', press('Escape'), 'elsewhere', 'escape'],
  ['Escape in a field is the field’s', press('Escape'), 'text', null],
  ['F6 moves between chart and panel', press('F6'), 'chart', 'switchPane'],
  ['Ctrl+C on a card copies (as a clipboard event)', press('c', { ctrlKey: true }), 'chart', 'copy'],
  ['Ctrl+C on a button is the browser’s copy', press('c', { ctrlKey: true }), 'elsewhere', null],
  ['Ctrl+V pastes cards or a table from outside fields', press('v', { ctrlKey: true }), 'elsewhere', 'paste'],
  ['Ctrl+V in a field pastes text', press('v', { ctrlKey: true }), 'text', null],
  ['a plain letter does nothing', press('a'), 'chart', null],
];

describe('the key map: which key does what where', () => {
  it.each(TABLE)('%s', (_, key, place, action) => {
    expect(findBinding(key, place)?.action ?? null).toBe(action);
  });

  it('structural actions ignore auto-repeat; moves and undo repeat', () => {
    expect(findBinding(press('Tab', { repeat: true }), 'chart')).toBeNull();
    expect(findBinding(press('Enter', { repeat: true }), 'chart')).toBeNull();
    expect(findBinding(press('Delete', { repeat: true }), 'chart')).toBeNull();
    expect(findBinding(press('d', { ctrlKey: true, repeat: true }), 'chart')).toBeNull();
    expect(findBinding(press('ArrowDown', { repeat: true }), 'chart')?.action).toBe('navigate');
    expect(findBinding(press('z', { ctrlKey: true, repeat: true }), 'elsewhere')?.action).toBe('undo');
  });

  it('no two bindings claim the same key in the same place', () => {
    const seen = new Set<string>();
    for (const b of KEY_MAP) {
      const id = `${b.where}|${b.key}|${Boolean(b.mod)}|${Boolean(b.shift)}|${Boolean(b.alt)}`;
      expect(seen.has(id), id).toBe(false);
      seen.add(id);
    }
  });

  it('every binding is labelled in both languages', () => {
    for (const b of KEY_MAP) {
      expect(translate('zh-CN', b.label)).not.toBe('');
      expect(translate('en', b.label)).not.toBe('');
      expect(translate('en', b.label)).not.toBe(translate('zh-CN', b.label));
    }
  });

  it('labels keys as people write them', () => {
    expect(keyLabel({ key: 'z', mod: true, shift: true })).toBe('Ctrl+Shift+Z');
    expect(keyLabel({ key: 'd', mod: true }, true)).toBe('⌘+D');
    expect(keyLabel({ key: ' ' })).toBe('Space');
    expect(shortcutFor('duplicate')).toBe('Ctrl+D');
    expect(shortcutFor('deleteSelection')).toBe('Delete');
  });

  it('the sheet lists every binding once, folding Delete/Backspace and the arrows into one row', () => {
    const chart = shortcutRows('chart');
    const global = shortcutRows('global');
    const listed = [...chart, ...global].flatMap((r) => r.keys);
    expect(listed).toHaveLength(KEY_MAP.length);
    expect(chart.find((r) => r.binding.action === 'deleteSelection')?.keys).toEqual(['Delete', 'Backspace']);
    expect(chart.find((r) => r.binding.action === 'navigate')?.keys).toEqual(['↑', '↓', '←', '→']);
  });
});

describe('focusPlace: whose key it is', () => {
  const make = (html: string) => {
    document.body.innerHTML = html;
    return (selector: string) => document.querySelector(selector);
  };
  it.each([
    [
      'a card',
      '<div data-chart-canvas><div class="react-flow__node" id="x" tabindex="0"></div></div>',
      'chart',
    ],
    ['the canvas', '<div data-chart-canvas id="x" tabindex="-1"></div>', 'chart'],
    [
      'a fold button inside a card',
      '<div class="react-flow__node"><button id="x"></button></div>',
      'elsewhere',
    ],
    ['a toolbar button', '<header><button id="x">Export</button></header>', 'elsewhere'],
    ['a text input', '<input id="x" type="text">', 'text'],
    ['an input without type', '<input id="x">', 'text'],
    ['a checkbox', '<input id="x" type="checkbox">', 'elsewhere'],
    ['a textarea', '<textarea id="x"></textarea>', 'text'],
    ['a select', '<select id="x"></select>', 'text'],
    ['a button in a dialog', '<div role="dialog"><button id="x"></button></div>', 'overlay'],
    ['a menu item', '<div role="menu"><div role="menuitem" id="x"></div></div>', 'overlay'],
  ])('%s', (_, html, place) => {
    const $ = make(html);
    expect(focusPlace($('#x'))).toBe(place);
  });
});
