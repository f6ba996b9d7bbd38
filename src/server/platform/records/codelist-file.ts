// The shape of a codelist data file (codelist-data/*.json), checked when the script writes one and when the loader reads it.
import { z } from 'zod';

const labels = z.object({ en: z.string().min(1) }).catchall(z.string().min(1));
const day = z.iso.date();

export const codelistFileItemSchema = z.strictObject({
  code: z.string().min(1).max(40),
  labels,
  descriptions: z.record(z.string(), z.string()).optional(),
  validFrom: day.optional(),
  validTo: day.optional(),
  withdrawn: z.boolean().optional(),
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});

export const codelistFileSchema = z
  .strictObject({
    /** The list's key, as in `GET /api/codelists/:list` and `checkCode(tx, list, …)`. */
    list: z.string().regex(/^[a-z][a-z0-9_]{1,39}$/),
    names: labels,
    /** Where the data comes from: a publication and its version, or "Chancery" for the mission's own lists. */
    source: z.string().min(1),
    sourceUrl: z.url().optional(),
    licence: z.string().optional(),
    version: z.string().optional(),
    items: z.array(codelistFileItemSchema).min(1),
  })
  .superRefine((file, issue) => {
    const seen = new Set<string>();
    for (const [i, item] of file.items.entries()) {
      if (seen.has(item.code)) issue.addIssue({ code: 'custom', path: ['items', i, 'code'], message: `${item.code} is listed twice` });
      seen.add(item.code);
      if (item.validFrom && item.validTo && item.validFrom > item.validTo) issue.addIssue({ code: 'custom', path: ['items', i, 'validTo'], message: 'ends before it starts' });
    }
  });

export type CodelistFile = z.infer<typeof codelistFileSchema>;
export type CodelistFileItem = z.infer<typeof codelistFileItemSchema>;
