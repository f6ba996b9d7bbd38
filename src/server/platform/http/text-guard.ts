// Refuses text with a NUL character anywhere in a request, naming the field, before it reaches the database.
import type { FastifyInstance } from 'fastify';
import { invisibleNul } from './http.errors.ts';

/** Path of the first string holding U+0000, which PostgreSQL cannot store in text. */
function findNul(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') || 'body' : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const hit = findNul(v, [...path, String(i)]);
      if (hit !== null) return hit;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const hit = findNul(v, [...path, k]);
      if (hit !== null) return hit;
    }
  }
  return null;
}

/** Refuses text with a NUL character in the body or query string with a 400 naming the field, before it reaches the database. */
export function installTextGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const field = findNul(request.body) ?? findNul(request.query) ?? findNul(request.params);
    if (field !== null) throw invisibleNul(field);
  });
}
