import { LIMITS, docNodeSchema, type ChartDoc, type DocNode } from './schema';

const ENVELOPE_KEYS = [
  'format',
  'version',
  'id',
  'title',
  'direction',
  'compact',
  'template',
  'updatedAt',
] as const;
const NODE_KEYS = Object.keys(docNodeSchema.shape) as (keyof DocNode)[];

/** Keys that can reach an object's prototype if any later code assigns them. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function orderedNode(node: DocNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of NODE_KEYS) if (node[key] !== undefined) out[key] = node[key];
  return out;
}

/** The document as a file: pretty JSON, envelope first so a person opening it sees what it is. */
export function exportChartText(chart: ChartDoc, limit: number = LIMITS.fileBytes): string {
  const out: Record<string, unknown> = {};
  for (const key of ENVELOPE_KEYS) if (chart[key] !== undefined) out[key] = chart[key];
  out.nodes = chart.nodes.map(orderedNode);
  out.links = chart.links;
  const pretty = `${JSON.stringify(out, null, 2)}\n`;
  // Indentation adds ~10 %: near the import limit, compact JSON keeps "export, then import
  // it back" working for every chart the app holds (issue 9 point 3).
  return pretty.length <= limit ? pretty : `${JSON.stringify(out)}\n`;
}

/**
 * Deletes `__proto__`, `constructor` and `prototype` keys at every level, in place.
 * `JSON.parse` makes `__proto__` an own data property, harmless until some code copies it
 * with plain assignment; removing it up front means no later step has to be careful.
 * Iterative, so deeply nested input cannot overflow the stack.
 */
export function stripUnsafeKeys(value: unknown): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      for (const item of current) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    const record = current as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (UNSAFE_KEYS.has(key)) delete record[key];
      else if (typeof record[key] === 'object' && record[key] !== null) stack.push(record[key]);
    }
  }
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; message: string };

/** `JSON.parse` that reports where the text broke instead of throwing. */
export function parseJsonText(text: string): JsonParseResult {
  try {
    const value: unknown = JSON.parse(text);
    stripUnsafeKeys(value);
    return { ok: true, value };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail)?.[1];
    const where =
      position !== undefined && !/line/i.test(detail) ? ` (${lineAndColumn(text, Number(position))})` : '';
    return { ok: false, message: `${detail}${where}` };
  }
}
