import { indexChart } from '../model/tree';
import { useId, useState, type KeyboardEvent } from 'react';
import { useChartStore } from '../store/store';
import { selectShownChart } from '../store/shown-chart';
import { selectSearchHits } from '../store/selectors';
import { useT } from '../store/use-t';
import { Icon } from './Icon';

/** Finds nodes by any text in either language; picking a match opens its branch and brings it into view. */
export function SearchBox() {
  const t = useT();
  const listId = useId();
  const query = useChartStore((s) => s.searchQuery);
  const hits = useChartStore(selectSearchHits);
  const chart = useChartStore(selectShownChart);
  const setQuery = useChartStore((s) => s.setSearchQuery);
  const reveal = useChartStore((s) => s.revealNode);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const titles = indexChart(chart).byId;
  const parentTitle = (id: string) => {
    const parent = titles.get(titles.get(id)?.parentId ?? '');
    return parent?.title ?? '';
  };

  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    setActive(index);
    reveal(hit.id);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      const next = (active + step + hits.length) % Math.max(hits.length, 1);
      choose(next);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(active);
    } else if (e.key === 'Escape') {
      setQuery('');
      setOpen(false);
      e.currentTarget.blur();
    }
  };
  const showList = open && query.trim().length > 0;

  return (
    <div className="relative">
      <div className="flex h-8 items-center gap-1 rounded-md border border-slate-200 bg-slate-50 px-2 focus-within:border-blue-500 focus-within:bg-white">
        <Icon name="search" className="h-4 w-4 text-slate-400" />
        <input
          type="search"
          role="combobox"
          aria-label={t('search')}
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList && hits[active] ? `${listId}-${active}` : undefined}
          placeholder={t('searchPlaceholder')}
          className="w-36 bg-transparent text-sm outline-none placeholder:text-slate-400 max-sm:w-16 2xl:w-56"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
      </div>
      {showList ? (
        <div className="absolute right-0 z-30 mt-1 w-80 rounded-lg border border-slate-200 bg-white shadow-lg">
          <div className="border-b border-slate-100 px-3 py-1.5 text-xs text-slate-500" aria-live="polite">
            {hits.length ? t('matchesCount', { n: hits.length }) : t('noMatches')}
          </div>
          <ul
            id={listId}
            role="listbox"
            aria-label={t('searchResults')}
            className="max-h-80 overflow-auto py-1"
          >
            {hits.map((hit, i) => (
              <li
                key={hit.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={`cursor-pointer px-3 py-1.5 text-sm ${i === active ? 'bg-blue-50' : 'hover:bg-slate-50'}`}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(i)}
              >
                <div className="font-medium text-slate-900">{titles.get(hit.id)?.title}</div>
                <div className="truncate text-xs text-slate-500">
                  {parentTitle(hit.id)}
                  {hit.field !== 'title' ? ` · ${hit.snippet}` : ''}
                </div>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
