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

/** The user's explicit choice, or null when they never made one (so a default may depend on the screen). */
export function readPrefChoice(name: UiPref): boolean | null {
  try {
    const value = globalThis.localStorage?.getItem(key(name));
    return value === '1' ? true : value === '0' ? false : null;
  } catch {
    return null;
  }
}

export function writePref(name: UiPref, on: boolean): void {
  try {
    // '0' rather than nothing: turning a preference off is a choice too (see readPrefChoice).
    globalThis.localStorage?.setItem(key(name), on ? '1' : '0');
  } catch {
    // Not remembered; the choice still holds for this visit.
  }
}
