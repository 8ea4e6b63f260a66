/**
 * Small per-browser view preferences (first-run hint dismissed, legend or minimap hidden).
 * They are not part of any chart, so they live beside the repository, not in it. Storage
 * that is full or disabled only means the preference is not remembered.
 */
export type UiPref = 'hint-dismissed' | 'legend-hidden' | 'minimap-hidden';

const key = (name: UiPref) => `opschart:pref:${name}`;

export function readPref(name: UiPref): boolean {
  try {
    return globalThis.localStorage?.getItem(key(name)) === '1';
  } catch {
    return false;
  }
}

export function writePref(name: UiPref, on: boolean): void {
  try {
    if (on) globalThis.localStorage?.setItem(key(name), '1');
    else globalThis.localStorage?.removeItem(key(name));
  } catch {
    // Not remembered; the choice still holds for this visit.
  }
}
