import { useEffect } from 'react';
import { useChartStore } from '../store/store';
import type { Arrow } from '../store/navigate';
import { CLIP_TYPE, putClip } from './clipboard-data';

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function inDialog(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('[role="dialog"]') !== null;
}

/** Keyboard shortcuts of the chart; typing in a field or a dialog is left alone. */
export function useKeyboard() {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const s = useChartStore.getState();
      const mod = e.ctrlKey || e.metaKey;
      if (e.key === 'Escape') {
        // In a dialog Escape closes only the dialog: the dialog's own handler may already have
        // run, and a general escape() would then also drop the selection behind it.
        if (inDialog(e.target)) {
          if (isTyping(e.target)) return;
          if (s.exportOpen) s.closeExport();
          else s.cancelDelete();
          return;
        }
        // A field handles its own Escape (cancel, clear); the selection behind it stays.
        if (isTyping(e.target)) return;
        s.escape();
        return;
      }
      if (mod && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        document.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
        return;
      }
      if (isTyping(e.target) || inDialog(e.target)) return;
      if (mod && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        if (e.shiftKey) s.redo();
        else s.undo();
        return;
      }
      if (mod && e.key.toLowerCase() === 'y') {
        e.preventDefault();
        s.redo();
        return;
      }
      if (mod && e.key.toLowerCase() === 'e') {
        e.preventDefault();
        s.openExport();
        return;
      }
      if (mod && e.key.toLowerCase() === 'd' && s.selectedId) {
        e.preventDefault();
        s.duplicate(s.selectedId);
        return;
      }
      if (ARROWS.has(e.key)) {
        e.preventDefault();
        if (e.altKey && s.selectedId) {
          s.reorder(s.selectedId, e.key === 'ArrowUp' || e.key === 'ArrowLeft' ? -1 : 1);
        } else s.navigate(e.key as Arrow);
        return;
      }
      if (!s.selectedId || mod) return;
      switch (e.key) {
        case 'Enter':
          e.preventDefault();
          // First Enter opens the details; with them open, Enter adds a sibling as in outliners.
          if (s.panelOpen) s.addSiblingOf(s.selectedId);
          else s.openPanel();
          return;
        case 'Tab':
          e.preventDefault();
          s.addChildTo(s.selectedId);
          return;
        case 'F2':
          e.preventDefault();
          s.startEditing(s.selectedId);
          return;
        case 'Delete':
        case 'Backspace':
          e.preventDefault();
          s.deleteSelection();
          return;
      }
    };
    const onCopy = (e: ClipboardEvent) => {
      if (isTyping(e.target) || window.getSelection()?.toString()) return;
      const text = useChartStore.getState().copySelection();
      if (text && e.clipboardData) {
        putClip(e.clipboardData, text, useChartStore.getState().chartLanguage);
        e.preventDefault();
      }
    };
    const onCut = (e: ClipboardEvent) => {
      if (isTyping(e.target)) return;
      const text = useChartStore.getState().cutSelection();
      if (text && e.clipboardData) {
        putClip(e.clipboardData, text, useChartStore.getState().chartLanguage);
        e.preventDefault();
      }
    };
    const onPaste = (e: ClipboardEvent) => {
      if (isTyping(e.target) || inDialog(e.target)) return;
      e.preventDefault();
      const data = e.clipboardData;
      useChartStore.getState().pasteText(data?.getData(CLIP_TYPE) || (data?.getData('text/plain') ?? ''));
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
  }, []);
}
