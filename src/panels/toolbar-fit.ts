/**
 * Which toolbar tools stay in the bar and which go into the "More" menu, from measured
 * widths: nothing here knows a language or a breakpoint, so a longer English label or a
 * narrower tablet simply moves one more tool into the menu.
 */
export type FitTool = {
  id: string;
  /** Measured width in px, including the gap after it. */
  width: number;
  /** Lower goes into "More" first. */
  rank: number;
};

export function toolsThatFit(tools: readonly FitTool[], available: number, moreWidth: number): Set<string> {
  const shown = new Set(tools.map((t) => t.id));
  const total = tools.reduce((sum, t) => sum + t.width, 0);
  if (total <= available) return shown;
  // Once anything overflows the "More" button itself needs room.
  let used = total + moreWidth;
  const byRank = [...tools].sort((a, b) => a.rank - b.rank);
  for (const tool of byRank) {
    if (used <= available) break;
    shown.delete(tool.id);
    used -= tool.width;
  }
  return shown;
}
