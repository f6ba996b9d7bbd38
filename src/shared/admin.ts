// The API contract of the administrator's screens: accounts and the audit log.
import { z } from 'zod';
import { languageSchema, listResponse, partyCodeSchema, roleSchema, uuidSchema } from './common.ts';

// ---------- accounts ----------
export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  language: languageSchema,
  role: roleSchema,
  partyCode: z.string().nullable(),
  organizationId: z.string().nullable(),
  disabledAt: z.string().nullable(),
  /** Whether the account signs in with a second factor. */
  secondFactor: z.boolean(),
  /** A service account: used by scripts through API tokens, never signs in with a password. */
  service: z.boolean(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;
export const userListSchema = listResponse(userSchema);
export const userListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
  q: z.string().trim().max(200).optional(),
  role: roleSchema.optional(),
});

const password = z.string().min(12, 'Use at least 12 characters').max(200, 'Use 200 characters or fewer');
export const userCreateSchema = z
  .object({
    email: z.email({ error: 'Enter an e-mail address like name@example.org' }).max(254),
    displayName: z.string().trim().min(1, 'Enter the name').max(200),
    language: languageSchema.default('en'),
    role: roleSchema,
    partyCode: partyCodeSchema.nullish(),
    organizationId: uuidSchema.nullish(),
    /** A service account gets no password: it is used only through API tokens. */
    service: z.boolean().default(false),
    password: password.optional(),
  })
  .superRefine((u, ctx) => {
    if (!u.service && !u.password) ctx.addIssue({ code: 'custom', path: ['password'], message: 'Enter a first password of at least 12 characters' });
    if (u.role === 'delegate' && !u.partyCode)
      ctx.addIssue({ code: 'custom', path: ['partyCode'], message: 'Choose the party whose delegation this person belongs to' });
    if (u.role === 'liaison' && !u.organizationId)
      ctx.addIssue({ code: 'custom', path: ['organizationId'], message: 'Choose the organisation this officer works for' });
  });
export const userUpdateSchema = z.object({
  displayName: z.string().trim().min(1, 'Enter the name').max(200).optional(),
  language: languageSchema.optional(),
  disabled: z.boolean().optional(),
  password: password.optional(),
  /** Switches the account's second factor off, e.g. after a lost device; the user sets it up again. */
  secondFactor: z.literal('off').optional(),
});

// ---------- audit ----------
export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  recordType: z.string(),
  recordId: z.string().nullable(),
  changes: z.record(z.string(), z.object({ before: z.unknown().optional(), after: z.unknown().optional() })),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditListSchema = listResponse(auditEntrySchema);
export const auditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(100).optional(),
  recordType: z.string().max(100).optional(),
  recordId: z.string().max(100).optional(),
  actorId: uuidSchema.optional(),
  action: z.string().max(100).optional(),
  from: z.iso.date({ error: 'Enter a date as YYYY-MM-DD' }).optional(),
  to: z.iso.date({ error: 'Enter a date as YYYY-MM-DD' }).optional(),
});

// ---------- sign-in lockouts ----------
export const LOCKOUT_KINDS = ['pair', 'account', 'address'] as const;
/** A sign-in lockout in force: one account from one address, an account against the addresses that failed on it, or an address on every account. */
export const lockoutSchema = z.object({
  kind: z.enum(LOCKOUT_KINDS),
  email: z.string().nullable(),
  address: z.string().nullable(),
  failures: z.number().int(),
  lastFailureAt: z.string(),
  lockedUntil: z.string(),
});
export const lockoutListSchema = z.object({ items: z.array(lockoutSchema) });
export type Lockout = z.infer<typeof lockoutSchema>;
