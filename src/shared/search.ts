// The API contract of the cross-module search: the query, hits with snippets, and the searchable types.
import { z } from 'zod';

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'Enter something to search for').max(200),
  /** Comma-separated record types, e.g. `person,organization`. */
  types: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  cursor: z.string().max(100).optional(),
});

export const searchHitSchema = z.object({
  recordType: z.string(),
  recordId: z.string(),
  typeLabel: z.string(),
  path: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  classification: z.string(),
  /** Text around the match; highlighted words are wrapped in \u0002 … \u0003. */
  snippet: z.string().nullable(),
  rank: z.number(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultSchema = z.object({
  items: z.array(searchHitSchema),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
  /** Hits per record type (for the type filter chips). */
  byType: z.record(z.string(), z.number().int()),
});

export const searchTypesSchema = z.object({ items: z.array(z.object({ type: z.string(), label: z.string() })) });
