import { useEffect, useRef, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';
import { pinchViewport, type PinchView, type Point } from './pinch';

type Finger = { at: Point; onCard: boolean };

/**
 * Pinch-zoom and two-finger pan that start on a card. React Flow's pan/zoom (d3-zoom)
 * handles gestures on empty canvas, but a finger on a card goes to the card's drag
 * handler, which stops the touch there, so on a tablet full of cards nothing zoomed.
 *
 * Such a gesture is taken over here: its touch events are stopped before they reach the
 * card (capture phase), and it is followed by pointer events captured to the canvas, since
 * the card under a finger may be re-rendered or unmounted while the zoom changes and
 * events aimed at a removed element reach no one.
 *
 * `onStart` runs when such a gesture begins: a first finger may already have dragged a card
 * a few pixels, and that drag must be given up (the card put back) before the zoom.
 */
export function usePinchOnCards(
  ref: RefObject<HTMLElement | null>,
  minZoom: number,
  maxZoom: number,
  onStart?: () => void,
) {
  const flow = useReactFlow();
  const started = useRef(onStart);
  useEffect(() => {
    started.current = onStart;
  }, [onStart]);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const fingers = new Map<number, Finger>();
    let gesture: { view: PinchView; from: [Point, Point] } | null = null;
    const local = (e: PointerEvent): Point => {
      const frame = (canvas.querySelector('.react-flow') ?? canvas).getBoundingClientRect();
      return { x: e.clientX - frame.left, y: e.clientY - frame.top };
    };
    const two = (): [Point, Point] => {
      const [a, b] = Array.from(fingers.values());
      return [a!.at, b!.at];
    };
    const down = (e: PointerEvent) => {
      if (e.pointerType !== 'touch') return;
      const onCard = Boolean((e.target as Element | null)?.closest?.('.react-flow__node'));
      fingers.set(e.pointerId, { at: local(e), onCard });
      const all = Array.from(fingers.values());
      if (fingers.size !== 2 || !all.some((f) => f.onCard)) return;
      gesture = { view: flow.getViewport(), from: two() };
      started.current?.();
      for (const id of fingers.keys()) {
        try {
          canvas.setPointerCapture(id);
        } catch {
          // That finger has already lifted: the next move or up ends the gesture.
        }
      }
    };
    const move = (e: PointerEvent) => {
      const finger = fingers.get(e.pointerId);
      if (!finger) return;
      finger.at = local(e);
      if (gesture && fingers.size === 2)
        void flow.setViewport(pinchViewport(gesture.view, gesture.from, two(), minZoom, maxZoom));
    };
    const up = (e: PointerEvent) => {
      fingers.delete(e.pointerId);
      if (fingers.size < 2) gesture = null;
    };
    // While the gesture runs no card drag and no half pan of d3-zoom may see its touches.
    const swallow = (e: TouchEvent) => {
      if (!gesture) return;
      e.stopPropagation();
      if (e.cancelable) e.preventDefault();
    };
    // Touches are the truth about fingers on the glass: a pointerup that went astray leaves none behind.
    const settle = (e: TouchEvent) => {
      if (e.touches.length < 2) gesture = null;
      if (e.touches.length === 0) fingers.clear();
    };
    const active = { capture: true, passive: false };
    canvas.addEventListener('pointerdown', down, true);
    canvas.addEventListener('pointermove', move, true);
    canvas.addEventListener('pointerup', up, true);
    canvas.addEventListener('pointercancel', up, true);
    canvas.addEventListener('touchstart', swallow, active);
    canvas.addEventListener('touchmove', swallow, active);
    canvas.addEventListener('touchend', settle, true);
    canvas.addEventListener('touchcancel', settle, true);
    return () => {
      canvas.removeEventListener('touchend', settle, true);
      canvas.removeEventListener('touchcancel', settle, true);
      canvas.removeEventListener('pointerdown', down, true);
      canvas.removeEventListener('pointermove', move, true);
      canvas.removeEventListener('pointerup', up, true);
      canvas.removeEventListener('pointercancel', up, true);
      canvas.removeEventListener('touchstart', swallow, active);
      canvas.removeEventListener('touchmove', swallow, active);
    };
  }, [ref, flow, minZoom, maxZoom]);
}
