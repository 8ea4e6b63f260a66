import type * as z from 'zod/mini';

/** A zod issue turned into a sentence a user can act on, plus where it is. */
export type DescribedIssue = { message: string; field: string; nodeId?: string };

type Issue = z.core.$ZodIssue;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = Object.hasOwn(current, key) ? (current as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return current;
}

const article = (word: string) => (/^[aeio]/.test(word) ? `an ${word}` : `a ${word}`);

function phrase(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'is missing';
      if (typeof value === 'number' && !Number.isFinite(value)) return 'is not a finite number';
      if (issue.expected === 'int') return 'should be a whole number';
      return `should be ${article(issue.expected)}`;
    case 'too_big':
      if (issue.origin === 'string') return `is longer than ${issue.maximum} characters`;
      if (issue.origin === 'array') return `has more than ${issue.maximum} items`;
      return `should be at most ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? 'is empty' : `is shorter than ${issue.minimum} characters`;
      if (issue.origin === 'array')
        return Number(issue.minimum) <= 1 ? 'is empty' : `has fewer than ${issue.minimum} items`;
      return `should be at least ${issue.minimum}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `should be ${JSON.stringify(issue.values[0])}`
        : `should be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return issue.message.startsWith('not ') ? `is ${issue.message}` : 'has the wrong format';
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'custom':
      return `is ${issue.message}`;
    default:
      return `is invalid (${issue.message})`;
  }
}

function fieldLabel(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? ` item ${key + 1}` : `${i > 0 ? '.' : ''}${String(key)}`))
    .join('');
}

const ITEM_KIND: Record<string, string> = { nodes: 'Node', links: 'Link' };

/** `Node "n12" (#13): title is longer than 200 characters`, or `Chart title is missing` for envelope fields. */
export function describeIssue(issue: Issue, raw: unknown): DescribedIssue {
  const value = valueAt(raw, issue.path);
  const [listKey, index, ...rest] = issue.path;
  const kind = typeof listKey === 'string' ? ITEM_KIND[listKey] : undefined;
  if (kind && typeof index === 'number') {
    const itemId = valueAt(raw, [listKey as string, index, 'id']);
    const named = typeof itemId === 'string' && itemId.length > 0 ? `"${itemId}" ` : '';
    const where = `${kind} ${named}(#${index + 1})`;
    const field = rest.map(String).join('.');
    const message =
      rest.length === 0
        ? `${where} ${phrase(issue, value)}.`
        : `${where}: ${fieldLabel(rest)} ${phrase(issue, value)}.`;
    const nodeId = kind === 'Node' && named ? (itemId as string) : undefined;
    return nodeId ? { message, field, nodeId } : { message, field };
  }
  const field = issue.path.map(String).join('.');
  if (field === 'nodes' && issue.code === 'too_small') return { message: 'The chart has no nodes.', field };
  return { message: `Chart ${fieldLabel(issue.path) || 'document'} ${phrase(issue, value)}.`, field };
}
