import { isEmptyText, withText, type LocalText } from './local-text';
import type { ChartNode, DocNode, Locale } from './schema';
import type { NodePatch } from './tree-edit';

/** A change to a node as the user makes it: plain strings, in the language the chart shows. */
export type ShownPatch = Partial<Omit<ChartNode, 'id' | 'parentId' | 'fallbacks'>>;

const SINGLE = ['title', 'subtitle', 'goal', 'description'] as const;
const LISTS = ['responsibilities', 'metrics'] as const;

/** An optional text after writing `value` in `language`: gone when no language has words left. */
function optionalText(
  current: LocalText | undefined,
  language: Locale,
  value: string | undefined,
): LocalText | undefined {
  const next = withText(current, language, value ?? '');
  return isEmptyText(next) ? undefined : next;
}

/**
 * A list edited in one language, back onto the stored list: `from[i]` is the stored item
 * the shown item i came from (-1 for a new one), so a removed or moved item takes its
 * translation along. Without `from`, items match by position.
 */
export function listInLanguage(
  stored: readonly LocalText[],
  language: Locale,
  shown: readonly string[],
  from?: readonly number[],
): LocalText[] {
  return shown.map((text, i) => {
    const source = from ? from[i] : i;
    return withText(source === undefined || source < 0 ? undefined : stored[source], language, text);
  });
}

/**
 * Turns an edit made in `language` into a stored patch: each text field changes only in
 * that language and keeps its translation; a cleared optional text loses this language
 * (and the field goes when no language is left). A cleared title is left for the schema
 * to refuse when no language would have a title.
 */
export function patchInLanguage(node: DocNode, patch: ShownPatch, language: Locale): NodePatch {
  const out: NodePatch = {};
  const record = out as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if ((SINGLE as readonly string[]).includes(key)) {
      const field = key as (typeof SINGLE)[number];
      if (field === 'title')
        out.title = withText(node.title, language, typeof value === 'string' ? value : '');
      else record[field] = optionalText(node[field], language, value as string | undefined);
    } else if ((LISTS as readonly string[]).includes(key)) {
      const field = key as (typeof LISTS)[number];
      record[field] = listInLanguage(node[field], language, (value as string[] | undefined) ?? []);
    } else {
      record[key] = value;
    }
  }
  return out;
}
