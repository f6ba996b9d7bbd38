// The API contract of the codelists (sectors, DAC codes, currencies, IATI lists) and how a code's label is chosen for a reader.
import { z } from 'zod';

/** The lists the platform ships, by the key used in `GET /api/codelists/:list` and `checkCode`. */
export const CODELISTS = {
  /** The mission's own sectors (ict, energy, …); bodies' `sectors`. */
  missionSector: 'mission_sector',
  /** OECD DAC 5-digit purpose codes, IATI sector vocabulary 1; bodies' `dacCodes`. */
  dacSector: 'dac_sector',
  /** OECD DAC 3-digit sector categories (IATI vocabulary 2). */
  dacSectorCategory: 'dac_sector_category',
  /** ISO 4217 currencies; attribute `minorUnits` (null where ISO gives none). */
  currency: 'currency',
  iatiActivityStatus: 'iati_activity_status',
  iatiActivityDateType: 'iati_activity_date_type',
  iatiBudgetType: 'iati_budget_type',
  iatiTransactionType: 'iati_transaction_type',
  iatiOrganisationRole: 'iati_organisation_role',
  iatiOrganisationType: 'iati_organisation_type',
  iatiSectorVocabulary: 'iati_sector_vocabulary',
} as const;
export type CodelistKey = (typeof CODELISTS)[keyof typeof CODELISTS];

/** Text per language: `en` always; `ru` and others where the source has them. */
export const labelsSchema = z.record(z.string(), z.string());
export type Labels = z.infer<typeof labelsSchema>;

export const codelistParamsSchema = z.object({ list: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'Use a list key such as dac_sector or currency') });

export const codelistQuerySchema = z.object({
  /** Only the codes that may be used today (for pickers); by default withdrawn codes are listed too, so old records keep a label. */
  active: z.stringbool().optional(),
  /** Include each code's description (long for the DAC list). */
  descriptions: z.stringbool().optional(),
});

export const codelistItemSchema = z.object({
  code: z.string(),
  labels: labelsSchema,
  descriptions: labelsSchema.optional(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  withdrawn: z.boolean(),
  /** May be used today: not withdrawn, and today within validFrom … validTo. */
  active: z.boolean(),
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type CodelistItem = z.infer<typeof codelistItemSchema>;

export const codelistSchema = z.object({
  list: z.string(),
  names: labelsSchema,
  source: z.string(),
  sourceUrl: z.string().nullable(),
  licence: z.string().nullable(),
  version: z.string().nullable(),
  items: z.array(codelistItemSchema),
});
export type Codelist = z.infer<typeof codelistSchema>;

export const codelistIndexSchema = z.object({
  items: z.array(codelistSchema.omit({ items: true }).extend({ codes: z.number().int() })),
});

/** The label in the reader's language, else English, else the code itself. */
export function codeLabel(labels: Labels | undefined, language: string, code = ''): string {
  return labels?.[language] ?? labels?.en ?? code;
}
