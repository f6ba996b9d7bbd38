// Partial updates: only the fields a request sent are written.

/**
 * The entries of `input` whose value is not `undefined`: what a PATCH request
 * sent. `null` is kept, because it clears a field. With `keys`, only those.
 */
export function definedOnly<T extends Record<string, unknown>, K extends keyof T = keyof T>(input: T, keys?: readonly K[]): { [P in K]?: Exclude<T[P], undefined> } {
  const out: Record<string, unknown> = {};
  for (const k of keys ?? (Object.keys(input) as K[])) {
    if (input[k] !== undefined) out[k as string] = input[k];
  }
  return out as { [P in K]?: Exclude<T[P], undefined> };
}
