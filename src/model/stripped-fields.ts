/**
 * What the schema left out of an import: fields of the envelope, of each node and of each
 * link that are in the file but not in the chart read from it (unknown or unsafe keys).
 * Compared on the data, not the schema, so it follows the schema wherever it goes.
 */
export function strippedFields(input: unknown, output: unknown): string[] {
  const out: string[] = [];
  const compare = (from: unknown, to: unknown, where: string) => {
    if (!isObject(from) || !isObject(to)) return;
    for (const key of Object.keys(from)) if (!Object.hasOwn(to, key)) out.push(`${where}${key}`);
  };
  compare(input, output, '');
  if (!isObject(input) || !isObject(output)) return out;
  for (const list of ['nodes', 'links'] as const) {
    const from = input[list];
    const to = output[list];
    if (!Array.isArray(from) || !Array.isArray(to)) continue;
    // Nodes keep their order; a dropped link shifts the rest, so links are matched by id.
    const byId = new Map(to.filter(isObject).map((x) => [x.id, x]));
    from.forEach((item, i) => {
      const id = isObject(item) ? item.id : undefined;
      const match = list === 'nodes' ? to[i] : byId.get(id);
      if (match) compare(item, match, `${list}[${typeof id === 'string' ? id : i}].`);
    });
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
