import type { Locale } from '../model/schema';

/** Words printed on the pages themselves, in the chart's language (not the UI's). */
export type PageText = {
  /** "→ p. 3" under a continued card. */
  continued: (page: number) => string;
  /** "← p. 1" on the card heading a continued page. */
  back: (page: number) => string;
  /** "+12 → p. 4" where the rest of a parent's children continue. */
  more: (count: number, page: number) => string;
  /** Title of a branch page; `part` > 0 for its continuation pages. */
  branchTitle: (chart: string, branch: string, part: number) => string;
  /** Between branch names in the title of a page several branches share. */
  listSeparator: string;
};

const ZH: PageText = {
  continued: (p) => `→ 第 ${p} 页`,
  back: (p) => `← 接第 ${p} 页`,
  more: (n, p) => `另 ${n} 项 → 第 ${p} 页`,
  branchTitle: (c, b, part) => `${c} · ${b}${part > 0 ? `（续 ${part}）` : ''}`,
  listSeparator: '、',
};

const EN: PageText = {
  continued: (p) => `→ p. ${p}`,
  back: (p) => `← from p. ${p}`,
  more: (n, p) => `+${n} more → p. ${p}`,
  branchTitle: (c, b, part) => `${c} · ${b}${part > 0 ? ` (cont. ${part})` : ''}`,
  listSeparator: ', ',
};

export function pageText(locale: Locale | string): PageText {
  return locale === 'en' ? EN : ZH;
}
