import type { IconName } from './Icon';

/**
 * One toolbar action, described once and drawn either as a button in the bar or as an
 * item of the "More" menu, whichever the measured width allows.
 */
export type Tool = {
  id: string;
  /** Tools of one group sit together between dividers. */
  group: 'history' | 'edit' | 'layout' | 'fold' | 'view' | 'files';
  /** Lower goes into "More" first (see toolbar-fit.ts). */
  rank: number;
  label: string;
  icon: IconName;
  shortcut?: string;
  disabled?: boolean;
  pressed?: boolean;
  /** Visible text beside the icon in the bar (the icon alone is named by `label`). */
  text?: string;
  /** A dot on the icon (unsaved changes); `false` keeps its place empty. */
  badge?: boolean;
  run: () => void;
};

/** The "expand to level" picker: a select in the bar, a list of levels in the menu. */
export const LEVELS = [1, 2, 3, 4, 5] as const;
