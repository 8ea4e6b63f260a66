import type { zhPages } from './pages';

/** English strings of this area, loaded only when the UI is in English (see strings.ts). */
export const enPages: Record<keyof typeof zhPages, string> = {
  pagePlanMinTextSize: 'The minimum text size must be between {min} and {max} pt.',
  pagePlanPageTooSmall:
    'The page is too small for a single card at this minimum text size. Choose a bigger page or a smaller minimum.',
  pagePlanEmptyChart: 'The chart has no root node to plan pages from.',
  pagesDroppedMetrics: 'To keep text readable, cards on some pages leave out their metrics.',
  pagesDroppedSubtitle: 'To keep text readable, cards on some pages show their titles only.',
};
