import { useT } from '../store/use-t';
import { LIMITS } from '../model/schema';
import { Field } from './Field';
import { Icon } from './Icon';

type Props = { label: string; items: string[]; onChange: (items: string[]) => void; chip?: boolean };

/** Edits a list of short texts: each item commits on its own; add, remove and reorder are one step each. */
export function ListEditor({ label, items, onChange }: Props) {
  const t = useT();
  const replace = (i: number, value: string) => {
    const next = items.slice();
    if (value.trim()) next[i] = value.trim();
    else next.splice(i, 1);
    onChange(next);
  };
  const move = (i: number, delta: -1 | 1) => {
    const j = i + delta;
    if (j < 0 || j >= items.length) return;
    const next = items.slice();
    [next[i], next[j]] = [next[j]!, next[i]!];
    onChange(next);
  };
  const btn = 'rounded p-1 text-slate-400 hover:bg-slate-100 hover:text-slate-700 disabled:opacity-30';
  return (
    <section aria-label={label}>
      <h3 className="mb-0.5 px-2 text-xs font-semibold tracking-wide text-slate-500">{label}</h3>
      <ul className="space-y-0.5">
        {items.map((item, i) => (
          <li key={`${i}:${item}`} className="group flex items-start gap-0.5">
            <div className="min-w-0 flex-1">
              <Field
                label={`${label} ${i + 1}`}
                hideLabel
                // Items are sentences: they wrap and grow, never clip mid-word.
                wrap
                value={item}
                maxLength={LIMITS.listItem}
                onCommit={(v) => replace(i, v)}
              />
            </div>
            <div className="flex opacity-0 group-focus-within:opacity-100 group-hover:opacity-100">
              <button
                type="button"
                className={btn}
                aria-label={`${t('moveUp')}: ${item}`}
                disabled={i === 0}
                onClick={() => move(i, -1)}
              >
                <Icon name="up" className="h-3.5 w-3.5" />
              </button>
              <button
                type="button"
                className={btn}
                aria-label={`${t('moveDown')}: ${item}`}
                disabled={i === items.length - 1}
                onClick={() => move(i, 1)}
              >
                <Icon name="down" className="h-3.5 w-3.5" />
              </button>
              <button
                type="button"
                className={btn}
                aria-label={`${t('remove')}: ${item}`}
                onClick={() => onChange(items.filter((_, k) => k !== i))}
              >
                <Icon name="close" className="h-3.5 w-3.5" />
              </button>
            </div>
          </li>
        ))}
      </ul>
      {items.length < LIMITS.listItems ? (
        <button
          type="button"
          className="mt-0.5 ml-1 inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs text-blue-700 hover:bg-blue-50"
          aria-label={`${t('add')}: ${label}`}
          onClick={() => onChange([...items, t('newItem')])}
        >
          <Icon name="plus" className="h-3 w-3" />
          {t('add')}
        </button>
      ) : null}
    </section>
  );
}
