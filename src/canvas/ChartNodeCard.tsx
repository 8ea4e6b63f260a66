import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Handle, Position, useStore as useFlowStore, type NodeProps } from '@xyflow/react';
import { zoomedOutText } from '../layout/card-text';
import { toneAt } from '../layout/palette';
import { STACK_TRUNK } from '../layout/connectors';
import { useChartStore } from '../store/store';
import { useT } from '../store/use-t';
import type { CardNode } from './flow-adapter';
import { FallbackMark } from './FallbackMark';

/**
 * Below this zoom 11–15 px card text shrinks under 8 px on screen: the card shows its
 * title (and subtitle) large instead, so a fitted chart stays readable, and is cheaper.
 */
const DETAIL_ZOOM = 0.62;
const MAX_CHIPS = 4;

const zoomedOut = (s: { transform: [number, number, number] }) => s.transform[2] < DETAIL_ZOOM;

function ChartNodeCardView({ id, data, selected, width = 0, height = 0 }: NodeProps<CardNode>) {
  const { node, hidden, hasChildren, onPath, match, direction } = data;
  const tone = toneAt(data.tone);
  const editing = useChartStore((s) => s.editingId === id);
  // A card being renamed shows its editor at any zoom.
  const simple = useFlowStore(zoomedOut) && !editing;
  const vertical = direction === 'TB';
  const accent = node.color ?? tone.accent;
  const big = node.kind !== 'function' && node.kind !== 'group';
  const ring = selected ? 'ring-2 ring-offset-1' : onPath ? 'ring-2' : match ? 'ring-2 ring-amber-400' : '';
  const box = useTakeFocus(id);
  // Sizes for the zoomed-out card, from the same width table the layout sized the card with.
  const far = useMemo(
    () => (simple ? zoomedOutText(node, { width, height }) : null),
    [simple, node, width, height],
  );

  return (
    <div
      ref={box}
      className={`opschart-card group relative flex h-full w-full flex-col overflow-hidden rounded-[10px] border bg-white text-left shadow-sm ${ring}`}
      style={{
        borderColor: tone.stroke,
        ['--tw-ring-color' as string]: match && !selected ? '#f59e0b' : accent,
        backgroundColor: big ? tone.fill : '#ffffff',
      }}
      data-kind={node.kind}
      data-match={match || undefined}
      data-on-path={onPath || undefined}
    >
      <Handle
        type="target"
        position={vertical ? Position.Top : Position.Left}
        className="opschart-handle"
        isConnectable={false}
      />
      <Handle
        type="source"
        position={vertical ? Position.Bottom : Position.Right}
        className="opschart-handle"
        isConnectable={false}
      />
      <Handle
        id="link-in"
        type="target"
        position={vertical ? Position.Left : Position.Top}
        className="opschart-handle"
        isConnectable={false}
      />
      <Handle
        id="link-out"
        type="source"
        position={vertical ? Position.Right : Position.Bottom}
        className="opschart-handle"
        isConnectable={false}
      />
      {vertical ? (
        <Handle
          id="stack-out"
          type="source"
          position={Position.Bottom}
          className="opschart-handle"
          style={{ left: STACK_TRUNK }}
          isConnectable={false}
        />
      ) : null}
      <div className="h-1 shrink-0" style={{ backgroundColor: accent }} />
      {far ? (
        <div className="flex min-h-0 flex-1 flex-col items-center justify-center gap-1 px-3 text-center">
          <span
            data-card-title
            className="leading-[1.2] font-semibold [overflow-wrap:anywhere]"
            style={{ color: tone.text, fontSize: far.titleSize }}
          >
            {node.title}
            <FallbackMark fallbacks={node.fallbacks} />
          </span>
          {far.subtitleSize > 0 ? (
            <span
              className="max-w-full truncate leading-tight text-slate-600"
              style={{ fontSize: far.subtitleSize }}
            >
              {node.subtitle}
            </span>
          ) : null}
        </div>
      ) : (
        <div className="flex min-h-0 flex-1 flex-col gap-1 px-3 pt-2 pb-2">
          {editing ? (
            <InlineTitle id={id} title={node.title} />
          ) : (
            <div
              data-card-title
              className={`leading-snug font-semibold [overflow-wrap:anywhere] text-slate-900 ${big ? 'text-base' : 'text-[15px]'}`}
              title={node.title}
            >
              {node.title}
              <FallbackMark fallbacks={node.fallbacks} />
            </div>
          )}
          {node.subtitle ? (
            <div className="line-clamp-2 text-xs [overflow-wrap:anywhere] text-slate-600">
              {node.subtitle}
            </div>
          ) : null}
          {node.goal && big ? (
            <div
              className="line-clamp-2 text-xs font-medium [overflow-wrap:anywhere]"
              style={{ color: tone.text }}
            >
              {node.goal}
            </div>
          ) : null}
          {node.kind === 'function' && node.metrics.length > 0 ? (
            <MetricChips metrics={node.metrics} chip={tone.chip} text={tone.text} />
          ) : null}
        </div>
      )}
      {node.owner || node.headcount !== undefined ? (
        <div className="absolute top-2 right-2 max-w-[40%] truncate rounded bg-slate-100 px-1.5 text-[10px] text-slate-600">
          {[node.owner, node.headcount !== undefined ? `${node.headcount}` : ''].filter(Boolean).join(' · ')}
        </div>
      ) : null}
      <AddChildButton id={id} shown={Boolean(selected)} />
      {hasChildren ? (
        <FoldButton id={id} title={node.title} hidden={hidden} vertical={vertical} accent={accent} />
      ) : null}
    </div>
  );
}

function MetricChips({ metrics, chip, text }: { metrics: string[]; chip: string; text: string }) {
  const shown = metrics.slice(0, MAX_CHIPS);
  const rest = metrics.length - shown.length;
  return (
    <div className="mt-auto flex max-h-[44px] flex-wrap gap-1 overflow-hidden">
      {shown.map((m, i) => (
        <span
          key={i}
          className="max-w-full truncate rounded px-1.5 py-px text-[11px] leading-4"
          style={{ backgroundColor: chip, color: text }}
        >
          {m}
        </span>
      ))}
      {rest > 0 ? (
        <span className="rounded bg-slate-100 px-1.5 py-px text-[11px] leading-4 text-slate-600">
          +{rest}
        </span>
      ) : null}
    </div>
  );
}

function FoldButton({
  id,
  title,
  hidden,
  vertical,
  accent,
}: {
  id: string;
  title: string;
  hidden: number;
  vertical: boolean;
  accent: string;
}) {
  const t = useT();
  const toggle = useChartStore((s) => s.toggleCollapse);
  const folded = hidden > 0;
  return (
    <button
      type="button"
      className={`nodrag absolute z-10 flex h-5 min-w-5 items-center justify-center rounded-full border bg-white px-1 text-[11px] font-semibold shadow-sm ${
        vertical ? 'bottom-1 left-1/2 -translate-x-1/2' : 'top-1/2 right-1 -translate-y-1/2'
      } ${folded ? '' : 'opacity-0 group-hover:opacity-100 focus:opacity-100'}`}
      style={{ borderColor: accent, color: accent }}
      aria-label={folded ? t('expandNode', { title, n: hidden }) : t('collapseNode', { title })}
      aria-expanded={!folded}
      // One tab stop for the whole chart: folding is on the arrow keys, `*` and the card menu.
      tabIndex={-1}
      onClick={(e) => {
        e.stopPropagation();
        toggle(id);
      }}
    >
      {folded ? `+${hidden}` : '−'}
    </button>
  );
}

function AddChildButton({ id, shown }: { id: string; shown: boolean }) {
  const t = useT();
  const addChild = useChartStore((s) => s.addChildTo);
  return (
    <button
      type="button"
      aria-label={t('addChild')}
      title={`${t('addChild')} (Tab)`}
      tabIndex={-1}
      className={`nodrag absolute right-1.5 bottom-1.5 z-10 flex h-5 w-5 items-center justify-center rounded-full bg-blue-600 text-sm leading-none font-semibold text-white shadow-sm hover:bg-blue-700 focus:opacity-100 ${
        shown ? '' : 'opacity-0 group-hover:opacity-100'
      }`}
      onClick={(e) => {
        e.stopPropagation();
        addChild(id);
      }}
    >
      +
    </button>
  );
}

function InlineTitle({ id, title }: { id: string; title: string }) {
  const t = useT();
  const [value, setValue] = useState(title);
  const update = useChartStore((s) => s.updateNodeFields);
  const stop = useChartStore((s) => s.stopEditing);
  const cancelled = useRef(false);
  const commit = () => {
    if (!cancelled.current && value.trim() && value !== title) update(id, { title: value.trim() });
    stop();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    e.stopPropagation();
    // A Tab held down on a card adds one child, whose name field opens: the rest of the
    // auto-repeat must not carry focus away from it.
    if (e.key === 'Tab' && e.repeat) return e.preventDefault();
    if (e.key !== 'Enter' && e.key !== 'Escape') return;
    cancelled.current = e.key === 'Escape';
    // Focus goes back to the card (the blur commits or cancels), so the keyboard carries on there.
    const card = e.currentTarget.closest<HTMLElement>('.react-flow__node');
    if (card) card.focus({ preventScroll: true });
    else commit();
  };
  return (
    <input
      autoFocus
      aria-label={t('title')}
      className="nodrag w-full rounded border border-slate-300 px-1 text-[15px] font-semibold"
      value={value}
      maxLength={200}
      onChange={(e) => setValue(e.target.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
      onFocus={(e) => e.currentTarget.select()}
    />
  );
}

/**
 * Keyboard focus asked for this card (an arrow key, Home/End, a delete) arrives when the
 * card is on screen: at once if it is, or when React Flow mounts it after the glide. The
 * request stays open while focus stays in the chart (use-tree-role.ts closes it): a card
 * at the edge that takes focus, is unmounted mid-glide and mounted again takes it back.
 */
function useTakeFocus(id: string) {
  const box = useRef<HTMLDivElement>(null);
  const asked = useChartStore((s) => (s.cardFocus?.id === id ? s.cardFocus.nonce : 0));
  useEffect(() => {
    if (!asked) return;
    const card = box.current?.closest<HTMLElement>('.react-flow__node');
    if (!card || !focusInChart()) return;
    // preventScroll: React Flow's pane must never be scrolled by the browser; the glide shows the card.
    card.focus({ preventScroll: true });
  }, [asked]);
  return box;
}

/** Focus on the canvas or a card (not a field inside one), or dropped to the page when a card unmounted. */
function focusInChart(): boolean {
  const now = document.activeElement;
  return !now || now === document.body || now.matches('[data-chart-canvas], .react-flow__node');
}

export const ChartNodeCard = memo(ChartNodeCardView);
