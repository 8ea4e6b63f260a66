import { LIMITS } from '../model/schema';

/** One outline item: its line number (1-based), text and parent item (-1 for a top item). */
export type OutlineItem = {
  line: number;
  title: string;
  parent: number;
  description?: string;
  goal?: string;
};

export type OutlineResult =
  | { ok: true; items: OutlineItem[] }
  | {
      ok: false;
      reason: 'empty' | 'mixed-indent' | 'inconsistent-indent' | 'too-many';
      line: number;
      other?: number;
    };

const BULLET = /^(?:[-*+•·]|\d+(?:\.\d+)+[.)、]?|\d+[.)、]|[（(]\d+[)）])\s+/;
const HEADING = /^(#{1,6})\s+(.*)$/;
const TREE_START = /^(?:[│├└┃┣┗]|[|`+]--|\|\s)/;
const TREE_PREFIX = /^[│├└─┬┃┣┗━|`+\-\s\u00a0]*/;
const TREE_BRANCH = /[├└┣┗]|[|`+]--/;
const TAB_WIDTH = 4;

const width = (ws: string) =>
  [...ws].reduce((w, ch) => w + (ch === '\t' ? TAB_WIDTH : ch === '\u3000' ? 2 : 1), 0);

/** "Title  goal: x" and "Title: description" as tree text writes them (the source outline does). */
function splitTreeText(text: string): Pick<OutlineItem, 'title' | 'description' | 'goal'> {
  const goal = /^(.*?)\s{2,}(?:goal|目标)[:：]\s*(.+)$/i.exec(text);
  const base = goal ? (goal[1] ?? '') : text;
  const colon = /^(.{1,30}?)(?:: |：)(.+)$/.exec(base);
  const out: Pick<OutlineItem, 'title' | 'description' | 'goal'> = {
    title: (colon ? colon[1] : base)!.trim(),
  };
  if (colon) out.description = colon[2]!.trim();
  if (goal) out.goal = goal[2]!.trim();
  return out;
}

/** A leading backslash is how the outline writer keeps a title that starts like a marker. */
const unescapeTitle = (title: string) =>
  (title.startsWith('\\') ? title.slice(1) : title).slice(0, LIMITS.title).trim() || '?';

type Entry = {
  line: number;
  key: number;
  heading: boolean;
  title: string;
  description?: string;
  goal?: string;
};

/**
 * Reads an indented outline: Markdown lists (- * + and numbered 1. / 1.1), headings, tab or
 * space indentation, and ├── / └── tree text with its continuation lines. Depth comes from
 * indentation (any consistent step), numbering depth (1.1 under 1.) and heading level.
 * Indentation that matches no line above, and tabs mixed with spaces, are refused with the line.
 */
export function readOutline(text: string): OutlineResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const hasBullets = lines.some((l) => BULLET.test(l.trimStart()));
  const entries: Entry[] = [];
  let tabLine = 0;
  let spaceLine = 0;
  let inFence = false;
  for (const [i, raw] of lines.entries()) {
    const line = i + 1;
    if (/^\s*```/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (!raw.trim()) continue;
    const ws = /^[ \t\u3000]*/.exec(raw)![0];
    const rest = raw.slice(ws.length).trimEnd();
    if (ws.includes('\t') && ws.includes(' ')) return { ok: false, reason: 'mixed-indent', line };
    if (ws.includes('\t')) tabLine ||= line;
    else if (ws.includes(' ') && !inFence) spaceLine ||= line;
    if (tabLine && spaceLine)
      return { ok: false, reason: 'mixed-indent', line, other: Math.min(tabLine, spaceLine) };
    const heading = HEADING.exec(rest);
    if (heading) {
      entries.push({ line, key: -100 + heading[1]!.length, heading: true, title: heading[2]!.trim() });
      continue;
    }
    if (TREE_START.test(rest)) {
      const prefix = TREE_PREFIX.exec(rest)![0];
      const body = rest.slice(prefix.length).trim();
      if (!body) continue;
      const previous = entries[entries.length - 1];
      if (!TREE_BRANCH.test(prefix) && previous) {
        // A continuation line under a branch: more text of the item above.
        previous.description = previous.description ? `${previous.description} ${body}` : body;
        continue;
      }
      entries.push({ line, key: width(ws) + [...prefix].length, heading: false, ...splitTreeText(body) });
      continue;
    }
    const bullet = BULLET.exec(rest);
    if (bullet) {
      const levels = (bullet[0].match(/\d+/g) ?? []).length;
      // 1.1 is one level under 1. even without indentation; the fraction keeps it below the next column.
      const key = width(ws) + Math.max(0, levels - 1) / 100;
      entries.push({ line, key, heading: false, title: rest.slice(bullet[0].length).trim() });
      continue;
    }
    const previous = entries[entries.length - 1];
    if (hasBullets && width(ws) > 0 && previous && !previous.heading) {
      previous.description = previous.description ? `${previous.description}\n${rest}` : rest;
      continue;
    }
    // A plain line in a bulleted list reads as a heading over the bullets that follow it.
    const asHeading = hasBullets && width(ws) === 0;
    entries.push({ line, key: asHeading ? -1 : width(ws), heading: asHeading, ...splitTreeText(rest) });
  }
  if (entries.length === 0) return { ok: false, reason: 'empty', line: 0 };
  if (entries.length > LIMITS.nodes)
    return { ok: false, reason: 'too-many', line: entries[LIMITS.nodes]!.line };
  const items: OutlineItem[] = [];
  const stack: { key: number; index: number; heading: boolean }[] = [];
  for (const entry of entries) {
    let popped: number | null = null;
    if (entry.heading) {
      while (
        stack.length > 0 &&
        (!stack[stack.length - 1]!.heading || stack[stack.length - 1]!.key >= entry.key)
      )
        stack.pop();
    } else {
      while (
        stack.length > 0 &&
        !stack[stack.length - 1]!.heading &&
        stack[stack.length - 1]!.key > entry.key
      )
        popped = stack.pop()!.key;
      const top = stack[stack.length - 1];
      if (top && !top.heading && top.key === entry.key) stack.pop();
      else if (popped !== null && top && !top.heading && top.key < entry.key)
        return { ok: false, reason: 'inconsistent-indent', line: entry.line };
    }
    const parent = stack[stack.length - 1]?.index ?? -1;
    const item: OutlineItem = { line: entry.line, title: unescapeTitle(entry.title), parent };
    if (entry.description) item.description = entry.description.slice(0, LIMITS.description);
    if (entry.goal) item.goal = entry.goal.slice(0, LIMITS.goal);
    stack.push({ key: entry.key, index: items.length, heading: entry.heading });
    items.push(item);
  }
  return { ok: true, items };
}
