import { useEffect, useRef } from 'react';
import { LIMITS, type ChartNode } from '../model/schema';
import { toneAt } from '../layout/palette';
import { useChartStore } from '../store/store';
import { useChartLayout } from '../store/use-chart-layout';
import { useT } from '../store/use-t';
import type { NodePatch } from '../store/edit-actions';
import { Breadcrumbs } from './Breadcrumbs';
import { Field } from './Field';
import { ListEditor } from './ListEditor';
import { Icon } from './Icon';
import { NodeLinks } from './NodeLinks';
import { NodeActions } from './NodeActions';
import { MissingTranslations } from './MissingTranslations';
import { selectShownChart } from '../store/shown-chart';
import { selectSelectedId } from '../store/selectors';
import { indexChart } from '../model/tree';
import { listInLanguage } from '../model/edit-text';
import { otherLanguage, type LocalText } from '../model/local-text';

/** Everything about the selected node, each field editable in place. */
export function DetailsPanel() {
  const t = useT();
  // The node as shown (heading, colour, actions) and as stored (each text in both languages).
  const node = useChartStore((s) => {
    const id = selectSelectedId(s);
    return id ? indexChart(selectShownChart(s)).byId.get(id) : undefined;
  });
  const stored = useChartStore((s) => {
    const id = selectSelectedId(s);
    return id ? indexChart(s.chart).byId.get(id) : undefined;
  });
  const language = useChartStore((s) => s.chartLanguage);
  const close = useChartStore((s) => s.closePanel);
  const update = useChartStore((s) => s.updateNodeFields);
  const updateStored = useChartStore((s) => s.updateStoredFields);
  const heading = useRef<HTMLHeadingElement>(null);
  const fields = useRef<HTMLDivElement>(null);
  // Focus moves to the panel only when it is not on the chart: arrow keys walking the cards
  // with the details open must keep focus there (F6 moves between chart and panel).
  useEffect(() => {
    if (document.activeElement?.closest('[data-chart-canvas]')) return;
    heading.current?.focus();
  }, [node?.id]);
  if (!node || !stored) return null;
  const set = (patch: NodePatch) => update(node.id, patch);
  // Fields show the chart language's text; an untranslated one is empty, with the other
  // language's text greyed in as its placeholder.
  const own = (text: LocalText | undefined) => text?.[language] ?? '';
  const other = (text: LocalText | undefined) => text?.[otherLanguage(language)];
  const list = (field: 'responsibilities' | 'metrics') => ({
    items: stored[field].map(own),
    placeholders: stored[field].map(other),
    onChange: (items: string[], from: number[]) =>
      updateStored(node.id, { [field]: listInLanguage(stored[field], language, items, from) }),
  });
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
      <div ref={fields} className="flex-1 space-y-3 overflow-y-auto px-2 py-3">
        <MissingTranslations fallbacks={node.fallbacks} within={fields} />
        <div data-field="title">
          <Field
            label={t('title')}
            value={own(stored.title)}
            placeholder={other(stored.title)}
            maxLength={LIMITS.title}
            onCommit={(v) => set({ title: v })}
          />
        </div>
        <div data-field="subtitle">
          <Field
            label={t('subtitle')}
            value={own(stored.subtitle)}
            placeholder={other(stored.subtitle)}
            maxLength={LIMITS.subtitle}
            onCommit={optional('subtitle')}
          />
        </div>
        {node.kind !== 'function' ? (
          <div data-field="goal">
            <Field
              label={t('goal')}
              value={own(stored.goal)}
              placeholder={other(stored.goal)}
              maxLength={LIMITS.goal}
              onCommit={optional('goal')}
            />
          </div>
        ) : null}
        <div data-field="description">
          <Field
            label={t('description')}
            multiline
            value={own(stored.description)}
            placeholder={other(stored.description)}
            maxLength={LIMITS.description}
            onCommit={optional('description')}
          />
        </div>
        <div data-field="responsibilities">
          <ListEditor label={t('responsibilities')} {...list('responsibilities')} />
        </div>
        <div data-field="metrics">
          <ListEditor label={t('metrics')} {...list('metrics')} chip />
        </div>
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
  const tone = useChartLayout((layout) => layout.regions.find((r) => r.nodeId === node.id)?.tone ?? null);
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
