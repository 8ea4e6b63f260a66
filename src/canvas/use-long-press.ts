import { useEffect, useMemo, useRef } from 'react';
import type { PointerEvent, TouchEvent } from 'react';

/** As long as Android's own long-press; shorter feels like a slow tap. */
export const LONG_PRESS_MS = 550;
/** A finger that moves further than this is panning, not pressing. */
export const LONG_PRESS_SLOP = 10;

/**
 * Long-press on a card with a finger or pen (touch has no right button). A press that
 * moves (a pan), lifts early, or gets a second finger (a pinch) opens nothing.
 */
export function useLongPress(onLongPress: (id: string, x: number, y: number) => void) {
  const timer = useRef(0);
  const start = useRef<{ x: number; y: number } | null>(null);
  const fired = useRef(false);
  const callback = useRef(onLongPress);
  useEffect(() => {
    callback.current = onLongPress;
  });
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return useMemo(() => {
    const cancel = () => {
      window.clearTimeout(timer.current);
      start.current = null;
    };
    return {
      onPointerDown: (e: PointerEvent) => {
        cancel();
        fired.current = false;
        if (e.pointerType === 'mouse' || !e.isPrimary) return;
        const card = (e.target as Element).closest?.('.react-flow__node');
        const id = card?.getAttribute('data-id');
        if (!id) return;
        const { clientX: x, clientY: y } = e;
        start.current = { x, y };
        timer.current = window.setTimeout(() => {
          start.current = null;
          fired.current = true;
          callback.current(id, x, y);
        }, LONG_PRESS_MS);
      },
      onPointerMove: (e: PointerEvent) => {
        const from = start.current;
        if (from && Math.hypot(e.clientX - from.x, e.clientY - from.y) > LONG_PRESS_SLOP) cancel();
      },
      onPointerUp: cancel,
      onPointerCancel: cancel,
      // The finger that opened the menu lifts: its click would land on whatever is under it
      // (the card's fold button, the page behind the menu) and close the menu at once.
      // Capture phase: the card's drag handler (d3-drag) stops the touchend from bubbling.
      onTouchEndCapture: (e: TouchEvent) => {
        if (!fired.current) return;
        fired.current = false;
        if (e.cancelable) e.preventDefault();
      },
    };
  }, []);
}
