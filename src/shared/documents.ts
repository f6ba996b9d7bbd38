// The API contract of documents: upload fields, versions, attachment to records and lists.
import { z } from 'zod';
import { classificationSchema, listQueryBase, listResponse, partyCodeSchema, recordMetaSchema, sharedWithSchema, uuidSchema } from './common.ts';

/** `too_large`: the file is stored, but its text was not extracted: over the page, time or memory limits of extraction. */
export const TEXT_STATUSES = ['pending', 'done', 'none', 'failed', 'too_large'] as const;

/** A document's title: any script, but no NUL (which the database cannot store). */
const titleSchema = z
  .string()
  .trim()
  .min(1, 'Enter a title')
  .max(300, 'Use 300 characters or fewer')
  .refine((s) => !s.includes('\u0000'), 'Remove the NUL character');

/** A record type name (`organization`) or id as sent in a form. */
const recordKey = z.string().trim().min(1).max(100).regex(/^[A-Za-z0-9_.:-]+$/, 'Use letters, digits, dots, dashes or underscores');

/**
 * A list field of a multipart form: comma-separated (`ID,VN`) or a JSON array
 * (`["ID","VN"]`). An empty value is an empty list.
 */
const formList = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => {
    if (typeof v !== 'string') return v;
    const s = v.trim();
    if (s === '') return [];
    if (s.startsWith('[')) {
      try {
        return JSON.parse(s);
      } catch {
        return s;
      }
    }
    return s.split(',').map((x) => x.trim()).filter(Boolean);
  }, z.array(item, { error: 'Send a comma-separated list or a JSON array' }).max(50));

/**
 * The fields of `POST /api/documents` (multipart/form-data). The file goes in
 * the part named `file`, which must be the last part of the form.
 */
export const documentUploadFieldsSchema = z
  .object({
    /** Defaults to the file's name without its extension. */
    title: titleSchema.optional(),
    recordType: recordKey.optional(),
    recordId: recordKey.optional(),
    /** Defaults to the record's classification (or `mission` for a document on its own). */
    classification: classificationSchema.optional(),
    sharedParties: formList(partyCodeSchema).optional(),
    sharedOrganizations: formList(uuidSchema).optional(),
    restrictedTo: formList(uuidSchema).optional(),
  })
  .strict();
export type DocumentUploadFields = z.output<typeof documentUploadFieldsSchema>;

/** `PATCH /api/documents/:id`: only the fields sent change. */
export const documentUpdateSchema = z
  .object({
    title: titleSchema.optional(),
    classification: classificationSchema.optional(),
    sharedWith: sharedWithSchema.optional(),
    restrictedTo: z.array(uuidSchema).max(50).optional(),
  })
  .strict();

export const documentVersionSchema = z.object({
  version: z.number().int(),
  /** The name the file was uploaded with (display only). */
  filename: z.string(),
  /** Detected from the content, never from the name. */
  mimeType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  /** Text extraction for search: pending, done, none (not a text format) or failed. */
  textStatus: z.enum(TEXT_STATUSES),
  /** Who uploaded it; the name is shown to the mission only. */
  uploadedBy: z.object({ id: z.string(), displayName: z.string().nullable() }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  downloadUrl: z.string(),
});
export type DocumentVersion = z.infer<typeof documentVersionSchema>;

/** The record a document is attached to. */
export const documentRecordRefSchema = z.object({ type: z.string(), id: z.string(), path: z.string().nullable() });

const documentBase = recordMetaSchema.extend({
  title: z.string(),
  record: documentRecordRefSchema.nullable(),
  currentVersion: z.number().int(),
  /** The current version (null only while a document has none). */
  current: documentVersionSchema.nullable(),
  downloadUrl: z.string(),
});
export const documentListItemSchema = documentBase;
/** A document with every version, newest first. */
export const documentSchema = documentBase.extend({ versions: z.array(documentVersionSchema) });
export type Document = z.infer<typeof documentSchema>;

export const documentListQuerySchema = listQueryBase.extend({
  recordType: recordKey.optional(),
  recordId: recordKey.optional(),
  sort: z.enum(['title', '-title', 'updatedAt', '-updatedAt']).default('-updatedAt'),
});
export const documentListSchema = listResponse(documentListItemSchema);
