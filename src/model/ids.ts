const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const RANDOM_CHARS = 10;

// Fallback for environments without Web Crypto (old test runners); uniqueness is still
// guaranteed by the `existing` check, randomness only keeps ids unguessable-ish.
let counter = 0;

function randomPart(): string {
  const cryptoApi = globalThis.crypto;
  if (cryptoApi && typeof cryptoApi.getRandomValues === 'function') {
    const bytes = cryptoApi.getRandomValues(new Uint8Array(RANDOM_CHARS));
    let out = '';
    // 256 % 36 bias is irrelevant for ids; they only need to be unique.
    for (const byte of bytes) out += ALPHABET[byte % ALPHABET.length];
    return out;
  }
  counter += 1;
  return (Date.now().toString(36) + counter.toString(36)).slice(-RANDOM_CHARS);
}

/**
 * A short opaque id such as `n4k2j9x0qzt`. Pass the ids already in use in the chart:
 * the result is guaranteed not to be one of them.
 */
export function newId(prefix = 'n', existing?: ReadonlySet<string>): string {
  for (;;) {
    const id = prefix + randomPart();
    if (!existing?.has(id)) return id;
  }
}

/** Every node and link id of a chart, for use with `newId`. Mutable so callers can add the ids they mint. */
export function usedIds(chart: {
  nodes: readonly { id: string }[];
  links: readonly { id: string }[];
}): Set<string> {
  const ids = new Set<string>();
  for (const node of chart.nodes) ids.add(node.id);
  for (const link of chart.links) ids.add(link.id);
  return ids;
}

/** Mints a fresh id and records it in `used`, so a batch of new ids never collides. */
export function takeId(used: Set<string>, prefix = 'n'): string {
  const id = newId(prefix, used);
  used.add(id);
  return id;
}
