import { useCallback, useState } from 'react';
import { readPrefChoice, writePref } from '../store/ui-prefs';

/** Below this window width (a phone) the legend and minimap start hidden: they would cover most of the chart. */
export const NARROW_WIDTH = 640;

/**
 * Whether the legend or minimap is shown: the user's remembered choice, else shown on
 * screens wider than a phone.
 */
export function useWidgetShown(
  pref: 'legend-hidden' | 'minimap-hidden',
): [boolean, (shown: boolean) => void] {
  const [shown, setShown] = useState(() => {
    const hidden = readPrefChoice(pref);
    if (hidden !== null) return !hidden;
    return typeof window === 'undefined' || window.innerWidth >= NARROW_WIDTH;
  });
  const set = useCallback(
    (next: boolean) => {
      writePref(pref, !next);
      setShown(next);
    },
    [pref],
  );
  return [shown, set];
}
