import { useCallback, useState } from 'react';
import { readPref, writePref, type UiPref } from './ui-prefs';

/** A remembered on/off view preference, read once when the component mounts. */
export function usePref(name: UiPref): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => readPref(name));
  const set = useCallback(
    (next: boolean) => {
      writePref(name, next);
      setOn(next);
    },
    [name],
  );
  return [on, set];
}
