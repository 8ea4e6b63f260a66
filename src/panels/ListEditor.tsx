import { useT } from '../store/use-t';
import { LIMITS } from '../model/schema';
import { Field } from './Field';
import { Icon } from './Icon';

type Props = {
  label: string;
  items: string[];
  /** `from[i]`: where item i was in `items` before the change (-1 for a new item). */
  onChange: (items: string[], from: number[]) => void;
  /** Text to show greyed in an empty item (its translation in the other language). */
  placeholders?: (string | undefined)[];
  chip?: boolean;
};

const positions = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Edits a list of short texts: each item commits on its own; add, remove and reorder are one step each. */
export function ListEditor({ label, items, onChange, placeholders }: Props) {
  const t = useT();
  const replace = (i: number, value: string) => {
    const next = items.slice();
    const from = positions(items.length);
    if (value.trim()) next[i] = value.trim();
    else {
      next.splice(i, 1);
      from.splice(i, 1);
    }
    onChange(next, from);
  };
  const move = (i: number, delta: -1 | 1) => {
    const j = i + delta;
    if (j < 0 || j >= items.length) return;
    const next = items.slice();
    const from = positions(items.length);
    [next[i], next[j]] = [next[j]!, next[i]!];
    [from[i], from[j]] = [from[j]!, from[i]!];
    onChange(next, from);
  };
  const btn = 'rounded p-1 text-slate-400 hover:bg-slate-100 hover:text-slate-700 disabled:opacity-30';
  return (
    <section aria-label={label}>
      <h3 className="mb-0.5 px-2 text-xs font-semibold tracking-wide text-slate-500">{label}</h3>
      <ul className="space-y-0.5">
        {items.map((item, i) => (
          <li key={`${i}:${item || placeholders?.[i] || ''}`} className="group flex items-start gap-0.5">
            <div className="min-w-0 flex-1">
              <Field
                label={`${label} ${i + 1}`}
                hideLabel
                // Items are sentences: they wrap and grow, never clip mid-word.
                wrap
                value={item}
                placeholder={placeholders?.[i]}
                maxLength={LIMITS.listItem}
                onCommit={(v) => replace(i, v)}
              />
            </div>
            <div className="flex opacity-0 group-focus-within:opacity-100 group-hover:opacity-100">
              <button
                type="button"
                className={btn}
                aria-label={`${t('moveUp')}: ${item || placeholders?.[i] || ''}`}
                disabled={i === 0}
                onClick={() => move(i, -1)}
              >
                <Icon name="up" className="h-3.5 w-3.5" />
              </button>
              <button
                type="button"
                className={btn}
                aria-label={`${t('moveDown')}: ${item || placeholders?.[i] || ''}`}
                disabled={i === items.length - 1}
                onClick={() => move(i, 1)}
              >
                <Icon name="down" className="h-3.5 w-3.5" />
              </button>
              <button
                type="button"
                className={btn}
                aria-label={`${t('remove')}: ${item || placeholders?.[i] || ''}`}
                onClick={() =>
                  onChange(
                    items.filter((_, k) => k !== i),
                    positions(items.length).filter((k) => k !== i),
                  )
                }
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
          onClick={() => onChange([...items, t('newItem')], [...positions(items.length), -1])}
        >
          <Icon name="plus" className="h-3 w-3" />
          {t('add')}
        </button>
      ) : null}
    </section>
  );
}
