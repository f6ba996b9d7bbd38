// What every API contract shares: classifications, roles, languages, access fields, record metadata, list queries and problems.
import { z } from 'zod';
import { isSafeLink } from './safe-link.ts';

export const CLASSIFICATIONS = ['public', 'mission', 'shared', 'restricted'] as const;
export const classificationSchema = z.enum(CLASSIFICATIONS);
export type Classification = z.infer<typeof classificationSchema>;

export const ROLES = ['admin', 'head', 'staff', 'delegate', 'liaison'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;
export const MISSION_ROLES: readonly Role[] = ['admin', 'head', 'staff'];

export const LANGUAGES = ['en', 'ru'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const PROVENANCES = ['REAL', 'MIXED', 'INVENTED', 'UNVERIFIED'] as const;
export const provenanceSchema = z.enum(PROVENANCES);

export const uuidSchema = z.uuid();
/** ISO 3166-1 alpha-2, or EU. */
export const partyCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'Use a two-letter code, for example ID or VN');
/** Optional free text: trimmed, at most `max` characters; empty becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use ${max} characters or fewer`)
    .nullish()
    .transform((v) => (v ? v : null));
/** Required free text: trimmed, not empty (`empty` says what to enter), at most `max` characters. */
export const requiredText = (max: number, empty: string) => z.string().trim().min(1, empty).max(max, `Use ${max} characters or fewer`);

/**
 * A link a user enters (a website, a source, an online meeting): one schema
 * for every such field, so none accepts a scheme a browser would run
 * (`javascript:`, `data:`, …). Web addresses only, or also `mailto:` where an
 * e-mail link is meant.
 */
export const linkUrlSchema = (opts: { mailto?: boolean } = {}) =>
  z
    .url({
      protocol: opts.mailto ? /^(https?|mailto)$/ : /^https?$/,
      error: opts.mailto ? 'Enter a web address starting with https:// or an e-mail link starting with mailto:' : 'Enter a full web address starting with https://',
    })
    .max(2000, 'Use 2000 characters or fewer')
    .refine((v) => isSafeLink(v, opts), { error: 'Enter a full web address starting with https://' });

/** An optional web address: http or https only. */
export const webUrlSchema = linkUrlSchema().nullish();

/** Calendar date, YYYY-MM-DD. */
export const dateSchema = z.iso.date({ error: 'Enter a date as YYYY-MM-DD, for example 2025-10-26' });

/** Who a `shared` record is shared with. */
export const sharedWithSchema = z.object({
  parties: z.array(partyCodeSchema).max(50).default([]),
  organizations: z.array(uuidSchema).max(50).default([]),
});
export type SharedWith = z.infer<typeof sharedWithSchema>;

/** The access fields of a classified record in an update: nothing defaults, so what is not sent is not changed. */
export const accessFieldsSchema = z.object({
  classification: classificationSchema.optional(),
  sharedWith: sharedWithSchema.optional(),
  restrictedTo: z.array(uuidSchema).max(50).optional(),
});


/** ...and in responses. */
export const recordMetaSchema = z.object({
  id: uuidSchema,
  classification: classificationSchema,
  sharedWith: z.object({ parties: z.array(z.string()), organizations: z.array(z.string()) }),
  restrictedTo: z.array(z.string()),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  archivedAt: z.iso.datetime({ offset: true }).nullable(),
  /** What the current user may do with this record (the UI shows buttons accordingly). */
  abilities: z.object({ update: z.boolean(), archive: z.boolean(), classify: z.boolean() }),
});

export const listQueryBase = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(500).optional(),
  q: z.string().trim().max(200).optional(),
  archived: z.enum(['exclude', 'include', 'only']).default('exclude'),
  /** Count the total on a later page too (the first page always carries it). */
  total: z.stringbool().optional(),
});

/**
 * A page of a list. `total` comes with the first page (and when `total=true`
 * is asked), counted up to 10,000: past that it is 10,000 with `totalCapped`
 * ("more than 10,000").
 */
export const listResponse = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable(), total: z.number().int().optional(), totalCapped: z.boolean().optional() });

/** RFC 9457 problem details, with Chancery's stable `code` and field errors. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  /** On a server error, the request's id (as in the `X-Request-Id` header and the logs) to quote when reporting it. */
  requestId: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemSchema>;
