// Refuses text with a NUL character anywhere in a request, and JSON nested too deep, naming the field, before it reaches the database.
import type { FastifyInstance } from 'fastify';
import { invisibleNul, nestedTooDeep } from './http.errors.ts';

/** How deeply arrays and objects may nest in a request. No request of the API comes near it. */
export const MAX_NESTING = 64;

type Found = { kind: 'nul' | 'depth'; field: string };

/**
 * The first string holding U+0000 (which PostgreSQL cannot store in text), or
 * the first value nested deeper than `MAX_NESTING`, walked without recursion
 * so a hostile body cannot exhaust the stack. Each value is visited once; the
 * path of a value is built only when it is reported.
 */
function scan(root: unknown): Found | null {
  type Frame = { value: unknown; depth: number; parent: Frame | null; key: string };
  const stack: Frame[] = [{ value: root, depth: 0, parent: null, key: '' }];
  const pathOf = (f: Frame) => {
    const parts: string[] = [];
    for (let at: Frame | null = f; at?.parent; at = at.parent) parts.push(at.key);
    return parts.reverse().join('.') || 'body';
  };
  while (stack.length) {
    const f = stack.pop() as Frame;
    const v = f.value;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return { kind: 'nul', field: pathOf(f) };
      continue;
    }
    if (!v || typeof v !== 'object') continue;
    if (f.depth >= MAX_NESTING) return { kind: 'depth', field: pathOf(f) };
    // Pushed in reverse, so the first field is looked at first.
    const entries = Array.isArray(v) ? v.map((x, i) => [String(i), x] as const) : Object.entries(v);
    for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i][1], depth: f.depth + 1, parent: f, key: entries[i][0] });
  }
  return null;
}

/**
 * Refuses, with a 400 naming the field, text with a NUL character in the body,
 * query string or path, and a body nested deeper than `MAX_NESTING`.
 */
export function installTextGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const found = scan(request.body) ?? scan(request.query) ?? scan(request.params);
    if (!found) return;
    throw found.kind === 'nul' ? invisibleNul(found.field) : nestedTooDeep(found.field, MAX_NESTING);
  });
}
