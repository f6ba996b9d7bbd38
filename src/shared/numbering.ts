// Number formats of the numbering service (e.g. `No. {n}/ASEAN/{yyyy}`): parsed and rendered the same way by the server and by forms.
import { z } from 'zod';

/**
 * A format is literal text with placeholders in braces:
 * - `{n}` the number in its series, `{n:4}` zero-padded to four digits;
 * - `{yyyy}` / `{yy}` the year the number was allocated in (series counted per year);
 * - `{name}` a value the caller supplies at allocation, e.g. `{prefix}` or `{meeting}`.
 */
const PLACEHOLDER = /\{([a-z][A-Za-z0-9_]*)(?::(\d))?\}/g;
const YEAR_PLACEHOLDERS = ['yyyy', 'yy'];

export type NumberFormatValues = Record<string, string | number>;

/** The placeholders of a format, or the reason it is not one. */
export function parseNumberFormat(format: string): { ok: true; values: string[]; hasYear: boolean } | { ok: false; reason: string } {
  const names: string[] = [];
  let hasNumber = false;
  for (const m of format.matchAll(PLACEHOLDER)) {
    if (m[2] !== undefined && m[1] !== 'n') return { ok: false, reason: `Only {n} takes a width, as in {n:4}; {${m[1]}:${m[2]}} does not.` };
    if (m[1] === 'n') hasNumber = true;
    else names.push(m[1]);
  }
  const rest = format.replace(PLACEHOLDER, '');
  if (/[{}]/.test(rest)) return { ok: false, reason: 'Write placeholders as {n}, {n:4}, {yyyy}, {yy} or {name}; a brace cannot stand alone.' };
  if (!hasNumber) return { ok: false, reason: 'Put the number in the format as {n}, for example No. {n}/ASEAN/{yyyy}.' };
  return { ok: true, values: names.filter((v) => !YEAR_PLACEHOLDERS.includes(v)), hasYear: names.some((v) => YEAR_PLACEHOLDERS.includes(v)) };
}

/** Renders one number. Throws when the format needs a value that was not given (a programming error, not a user's). */
export function renderNumber(format: string, n: number, year: number | null, values: NumberFormatValues = {}): string {
  return format.replace(PLACEHOLDER, (_all, name: string, width?: string) => {
    if (name === 'n') return width ? String(n).padStart(Number(width), '0') : String(n);
    if (name === 'yyyy' || name === 'yy') {
      if (year === null) throw new Error(`The format ${format} names the year, but its series is not counted per year.`);
      return name === 'yyyy' ? String(year) : String(year % 100).padStart(2, '0');
    }
    const v = values[name];
    if (v === undefined || v === null || v === '') throw new Error(`The format ${format} needs a value for {${name}}.`);
    return String(v);
  });
}

/** A format as an administrator types it for a series (e.g. the register of notes verbales). */
export const numberFormatSchema = z
  .string()
  .trim()
  .min(1, 'Enter a format, for example No. {n}/ASEAN/{yyyy}')
  .max(100, 'Use 100 characters or fewer')
  .superRefine((format, issue) => {
    const parsed = parseNumberFormat(format);
    if (!parsed.ok) issue.addIssue({ code: 'custom', message: parsed.reason });
  });

export const NUMBER_STATUSES = ['allocated', 'cancelled'] as const;

/** One entry of a series' register: every number ever allocated, cancelled ones included. */
export const allocatedNumberSchema = z.object({
  id: z.string(),
  seriesKey: z.string(),
  year: z.number().int().nullable(),
  n: z.number().int(),
  code: z.string(),
  recordType: z.string(),
  recordId: z.string(),
  status: z.enum(NUMBER_STATUSES),
  allocatedAt: z.iso.datetime({ offset: true }),
  allocatedBy: z.string().nullable(),
  cancelledAt: z.iso.datetime({ offset: true }).nullable(),
  cancelReason: z.string().nullable(),
});
export type AllocatedNumber = z.infer<typeof allocatedNumberSchema>;
