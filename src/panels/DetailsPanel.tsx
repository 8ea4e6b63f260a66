import { useEffect, useRef } from 'react';
import { LIMITS, type ChartNode } from '../model/schema';
import { toneAt } from '../layout/palette';
import { useChartStore } from '../store/store';
import { useT } from '../store/use-t';
import type { NodePatch } from '../store/edit-actions';
import { Breadcrumbs } from './Breadcrumbs';
import { Field } from './Field';
import { ListEditor } from './ListEditor';
import { Icon } from './Icon';
import { NodeLinks } from './NodeLinks';
import { NodeActions } from './NodeActions';

/** Everything about the selected node, each field editable in place. */
export function DetailsPanel() {
  const t = useT();
  const node = useChartStore((s) =>
    s.selectedId ? s.chart.nodes.find((n) => n.id === s.selectedId) : undefined,
  );
  const close = useChartStore((s) => s.closePanel);
  const update = useChartStore((s) => s.updateNodeFields);
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the panel only when it is not on the chart: arrow keys walking the cards
  // with the details open must keep focus there (F6 moves between chart and panel).
  useEffect(() => {
    if (document.activeElement?.closest('[data-chart-canvas]')) return;
    heading.current?.focus();
  }, [node?.id]);
  if (!node) return null;
  const set = (patch: NodePatch) => update(node.id, patch);
  const optional = (key: 'subtitle' | 'goal' | 'description' | 'owner' | 'notes') => (value: string) =>
    set({ [key]: value.trim() ? value : undefined });

  return (
    // On a phone a 380 px side panel would leave no chart: it becomes a sheet over the lower part.
    <aside
      aria-labelledby="details-heading"
      data-details-panel=""
      className="z-10 flex w-[380px] shrink-0 flex-col border-l border-slate-200 bg-white shadow-[-2px_0_8px_rgba(15,23,42,0.05)] max-sm:absolute max-sm:inset-x-0 max-sm:bottom-0 max-sm:h-[58%] max-sm:w-full max-sm:rounded-t-xl max-sm:border-t max-sm:border-l-0 max-sm:shadow-[0_-4px_16px_rgba(15,23,42,0.14)]"
    >
      <div className="flex items-center gap-2 border-b border-slate-100 px-4 py-2.5">
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-[11px] font-medium text-slate-600">
          {t(`kind_${node.kind}`)}
        </span>
        <h2
          id="details-heading"
          ref={heading}
          tabIndex={-1}
          className="min-w-0 flex-1 truncate text-sm font-semibold text-slate-900 outline-none"
        >
          {t('details')} · {node.title}
        </h2>
        <button
          type="button"
          aria-label={t('closeDetails')}
          className="rounded p-1 text-slate-500 hover:bg-slate-100"
          onClick={close}
        >
          <Icon name="close" />
        </button>
      </div>
      <Breadcrumbs id={node.id} />
      <div className="flex-1 space-y-3 overflow-y-auto px-2 py-3">
        <Field
          label={t('title')}
          value={node.title}
          maxLength={LIMITS.title}
          onCommit={(v) => set({ title: v })}
        />
        <Field
          label={t('subtitle')}
          value={node.subtitle ?? ''}
          maxLength={LIMITS.subtitle}
          onCommit={optional('subtitle')}
        />
        {node.kind !== 'function' ? (
          <Field
            label={t('goal')}
            value={node.goal ?? ''}
            maxLength={LIMITS.goal}
            onCommit={optional('goal')}
          />
        ) : null}
        <Field
          label={t('description')}
          multiline
          value={node.description ?? ''}
          maxLength={LIMITS.description}
          onCommit={optional('description')}
        />
        <ListEditor
          label={t('responsibilities')}
          items={node.responsibilities}
          onChange={(items) => set({ responsibilities: items })}
        />
        <ListEditor
          label={t('metrics')}
          items={node.metrics}
          onChange={(items) => set({ metrics: items })}
          chip
        />
        <div className="grid grid-cols-2 gap-2">
          <Field
            label={t('owner')}
            value={node.owner ?? ''}
            maxLength={LIMITS.owner}
            onCommit={optional('owner')}
          />
          <Field
            key={node.id}
            label={t('headcount')}
            type="number"
            value={node.headcount === undefined ? '' : String(node.headcount)}
            maxLength={8}
            validate={(v) => (headcountOk(v) ? null : t('headcountInvalid'))}
            onCommit={(v) => commitHeadcount(v, set)}
          />
        </div>
        <ColorField node={node} onChange={(color) => set({ color })} />
        <Field
          label={t('notes')}
          multiline
          value={node.notes ?? ''}
          maxLength={LIMITS.notes}
          onCommit={optional('notes')}
        />
        <NodeLinks id={node.id} />
      </div>
      <NodeActions node={node} />
    </aside>
  );
}

function headcountOk(value: string): boolean {
  const n = Number(value);
  return !value.trim() || (Number.isInteger(n) && n >= 0 && n <= LIMITS.headcount);
}

function commitHeadcount(value: string, set: (patch: NodePatch) => boolean): boolean {
  if (!value.trim()) return set({ headcount: undefined });
  if (!headcountOk(value)) return false;
  return set({ headcount: Number(value) });
}

function ColorField({ node, onChange }: { node: ChartNode; onChange: (color: string | undefined) => void }) {
  const t = useT();
  const tone = useChartStore((s) => s.layout.regions.find((r) => r.nodeId === node.id)?.tone ?? null);
  const value = node.color ?? toneAt(tone).accent;
  return (
    <div className="flex items-center gap-2 px-2">
      <label htmlFor={`color-${node.id}`} className="text-xs font-semibold tracking-wide text-slate-500">
        {t('color')}
      </label>
      <input
        id={`color-${node.id}`}
        type="color"
        value={value}
        className="h-7 w-10 cursor-pointer rounded border border-slate-200"
        onChange={(e) => onChange(e.target.value)}
      />
      {node.color ? (
        <button
          type="button"
          className="text-xs text-slate-500 hover:underline"
          onClick={() => onChange(undefined)}
        >
          {t('remove')}
        </button>
      ) : null}
    </div>
  );
}
