import { ViewportPortal, useStore as useFlowStore } from '@xyflow/react';
import { useT } from '../store/use-t';
import type { DropPlace } from './use-find-drop';

const BAR = 4;
const GAP = 6;
const zoomOf = (s: { transform: [number, number, number] }) => s.transform[2];

/**
 * Where the dragged card will land, drawn before the drop: a dashed frame around the card
 * it becomes a child of, or a bar on the side of the sibling it goes before or after.
 */
export function DropHint({ place }: { place: DropPlace }) {
  const t = useT();
  // Drawn in chart coordinates, sized in screen pixels: as clear at the fitted view as close up.
  const zoom = useFlowStore(zoomOf);
  const bar = BAR / zoom;
  const gap = GAP / zoom;
  const { box, kind, axis } = place;
  const label = kind === 'child' ? t('dropAsChild') : kind === 'before' ? t('dropBefore') : t('dropAfter');
  const frame =
    kind === 'child'
      ? { left: box.x - gap, top: box.y - gap, width: box.width + 2 * gap, height: box.height + 2 * gap }
      : axis === 'x'
        ? {
            left: kind === 'before' ? box.x - gap - bar : box.x + box.width + gap,
            top: box.y,
            width: bar,
            height: box.height,
          }
        : {
            left: box.x,
            top: kind === 'before' ? box.y - gap - bar : box.y + box.height + gap,
            width: box.width,
            height: bar,
          };
  return (
    <ViewportPortal>
      <div
        data-drop-hint={kind}
        data-drop-target={place.targetId}
        className="pointer-events-none absolute"
        style={{ ...frame, zIndex: 3000 }}
      >
        <div
          className={
            kind === 'child'
              ? 'h-full w-full rounded-[14px] border-2 border-dashed border-blue-600 bg-blue-500/5'
              : 'h-full w-full rounded-full bg-blue-600'
          }
        />
        <span
          className="absolute left-0 origin-bottom-left rounded bg-blue-600 px-1.5 py-0.5 text-xs whitespace-nowrap text-white shadow"
          style={{ bottom: '100%', transform: `translateY(-${4 / zoom}px) scale(${1 / zoom})` }}
        >
          {label}
        </span>
      </div>
    </ViewportPortal>
  );
}
