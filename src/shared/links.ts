// The API contract of record links: which records are linked to which, both ways.
import { z } from 'zod';
import { listResponse, uuidSchema } from './common.ts';

/**
 * Kinds of link. `related`: added on a record's page ("Linked records");
 * `references`: a record's own `links` field (a work-plan line, an agenda
 * item, a decision), changed only through that record; `approval`: the
 * decision or adopted consultation that approved an initiative; `advances`:
 * the plan-of-action lines an initiative advances.
 */
export const LINK_KINDS = ['related', 'references', 'approval', 'advances'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
/** The kind of link the links API adds and removes. */
export const RELATED: LinkKind = 'related';

const recordTypeSchema = z.string().trim().regex(/^[a-z][a-z_]{1,39}$/, 'Use a record type such as meeting or consultation');

/** One end of a link: a record named by its type and id. */
export const recordRefSchema = z.object({ recordType: recordTypeSchema, recordId: uuidSchema });

export const linkListQuerySchema = z.object({
  recordType: recordTypeSchema,
  recordId: uuidSchema,
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(500).optional(),
});

export const linkInputSchema = z.object({
  /** The record the link is added on; the caller must be allowed to change it. */
  from: recordRefSchema,
  /** The record it links to; the caller must be allowed to see it. */
  to: recordRefSchema,
});

const outInstant = z.iso.datetime({ offset: true });

export const linkedRecordSchema = z.object({
  recordType: z.string(),
  recordId: z.string(),
  title: z.string(),
  titleRu: z.string().nullable(),
  /** Web path of the record's page. */
  path: z.string(),
});

export const recordLinkViewSchema = z.object({
  id: uuidSchema,
  /** One of LINK_KINDS; modules may add kinds of their own. */
  kind: z.string(),
  /** `outgoing`: the record asked about links to `record`; `incoming`: `record` links to it. */
  direction: z.enum(['outgoing', 'incoming']),
  /** The other end of the link. */
  record: linkedRecordSchema,
  createdAt: outInstant,
  /** Whether the caller may remove this link (it is `related` and they may change the record it starts from). */
  abilities: z.object({ remove: z.boolean() }),
});
export type RecordLinkView = z.infer<typeof recordLinkViewSchema>;

export const linkListSchema = listResponse(recordLinkViewSchema).extend({
  /** Whether the caller may add links on the record asked about. */
  abilities: z.object({ link: z.boolean() }),
});
export type LinkList = z.infer<typeof linkListSchema>;
