import { useCallback, useEffect, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useChartStoreApi } from '../store/store';
import { findBinding } from './key-map';
import { CARD_SELECTOR, focusPlace } from './focus-place';
import { runKeyAction } from './run-key-action';
import { CLIP_TYPE, putClip } from './clipboard-data';

/**
 * Global shortcuts (Ctrl+Z/Y, Ctrl+E, Ctrl+F, Ctrl+S, ?) from anywhere but text fields and
 * open dialogs or menus, plus copy/cut of cards while a card has focus and paste outside
 * text fields. Chart keys are not handled here: they belong to the canvas (`useChartKeys`).
 */
export function useKeyboard() {
  const store = useChartStoreApi();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const place = focusPlace(e.target);
      if (place === 'text' || place === 'overlay' || place === 'chart') return;
      const binding = findBinding(e, 'elsewhere');
      if (!binding || binding.viaClipboard) return;
      e.preventDefault();
      runKeyAction(binding.action, e.key, store.getState);
    };
    // Clipboard events carry the clipboard; copy and cut act on cards only when a card has focus.
    const onCopy = (e: ClipboardEvent) => {
      if (focusPlace(e.target) !== 'chart') return;
      const text = store.getState().copySelection();
      if (text && e.clipboardData) {
        putClip(e.clipboardData, text, store.getState().chartLanguage);
        e.preventDefault();
      }
    };
    const onCut = (e: ClipboardEvent) => {
      if (focusPlace(e.target) !== 'chart') return;
      const text = store.getState().cutSelection();
      if (text && e.clipboardData) {
        putClip(e.clipboardData, text, store.getState().chartLanguage);
        e.preventDefault();
      }
    };
    const onPaste = (e: ClipboardEvent) => {
      const place = focusPlace(e.target);
      if (place === 'text' || place === 'overlay') return;
      e.preventDefault();
      const data = e.clipboardData;
      store.getState().pasteText(data?.getData(CLIP_TYPE) || (data?.getData('text/plain') ?? ''));
    };
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [store]);
}

/**
 * The chart's keys, for the element around the canvas: they act only when the event's
 * target is a card or the canvas itself, so a control anywhere else keeps its keys.
 */
export function useChartKeys() {
  const store = useChartStoreApi();
  return useCallback(
    (e: ReactKeyboardEvent<HTMLElement>) => {
      if (focusPlace(e.target) !== 'chart') return;
      const binding = findBinding(e.nativeEvent, 'chart');
      if (!binding || binding.viaClipboard) return;
      e.preventDefault();
      // The window listener must not run it a second time.
      e.stopPropagation();
      const focusedId = (e.target as Element).closest(CARD_SELECTOR)?.getAttribute('data-id') ?? null;
      runKeyAction(binding.action, e.key, store.getState, focusedId);
    },
    [store],
  );
}
