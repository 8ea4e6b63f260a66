import type { DocNode } from './schema';

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => item === b[i]);
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) {
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    const keys = Object.keys(left);
    return keys.length === Object.keys(right).length && keys.every((k) => sameValue(left[k], right[k]));
  }
  return false;
}

/** Field-by-field equality (lists item by item), so a no-op edit keeps the old node object. */
export function sameNode(a: DocNode, b: DocNode): boolean {
  const keysA = Object.keys(a).filter((k) => a[k as keyof DocNode] !== undefined);
  const keysB = Object.keys(b).filter((k) => b[k as keyof DocNode] !== undefined);
  return (
    keysA.length === keysB.length &&
    keysA.every((k) => sameValue(a[k as keyof DocNode], b[k as keyof DocNode]))
  );
}
