import type { Locale } from '../model/schema';
import type { ImportError } from '../model/import-chart';
import { translate, type StringKey } from './strings';

export type ImportNotice = { key: StringKey; params: Record<string, string> };

/** The notice for a failed import: the headline by error code, the detail kept for the UI to word. */
export function importErrorNotice(
  error: Pick<ImportError, 'code' | 'message' | 'nodeId' | 'field'>,
): ImportNotice {
  return {
    key: `importError_${error.code}`,
    params: {
      detail: error.message,
      ...(error.nodeId ? { nodeId: error.nodeId } : {}),
      ...(error.field ? { field: error.field } : {}),
    },
  };
}

/**
 * The parser's detail is English: shown as is in the English UI, while the Chinese UI says
 * where the problem is (node id, field name: the file's own words) or what to check.
 */
export function importErrorDetail(locale: Locale, params: Record<string, string | number>): string {
  if (locale === 'en') return String(params.detail ?? '');
  const node = params.nodeId === undefined ? undefined : String(params.nodeId);
  const field = params.field === undefined ? undefined : String(params.field);
  if (node && field) return translate(locale, 'importWhereNodeField', { node, field });
  if (node) return translate(locale, 'importWhereNode', { node });
  if (field) return translate(locale, 'importWhereField', { field });
  return translate(locale, 'importCheckFile');
}
