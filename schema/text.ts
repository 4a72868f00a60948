/**
 * A NUL, or half of a surrogate pair without the other half: no text a person typed holds them, and PostgreSQL
 * cannot store the NUL in a text column. The gateway refuses them in any string argument; the connectors
 * quarantine a record holding them.
 */
// eslint-disable-next-line no-control-regex -- the NUL is what it looks for
export const UNTYPEABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every string inside a JSON-like value (object keys included), without recursion: depth cannot exhaust a stack. */
export function* stringsIn(value: unknown): Generator<string> {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === 'string') yield item;
    else if (Array.isArray(item)) pending.push(...item);
    else if (typeof item === 'object' && item !== null)
      for (const [key, inner] of Object.entries(item)) pending.push(key, inner);
  }
}
