// The API contract of API tokens: a user's own tokens, service accounts' tokens made by the administrator, and the token shown once.
import { z } from 'zod';
import { roleSchema } from './common.ts';

export const apiTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The first characters of the secret, to recognise it (`chy_AbCd`). */
  prefix: z.string(),
  readOnly: z.boolean(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
  /** The account the token acts as. */
  user: z.object({ id: z.string(), email: z.string(), displayName: z.string(), role: roleSchema, service: z.boolean() }),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;
export const apiTokenListSchema = z.object({ items: z.array(apiTokenSchema) });

export const apiTokenCreateSchema = z.object({
  name: z.string().trim().min(1, 'Name the token, e.g. after the script that uses it').max(100, 'Use 100 characters or fewer'),
  /** Days until the token stops working; none means it works until revoked. */
  expiresInDays: z.coerce.number().int().min(1, 'Use at least 1 day').max(730, 'Use at most 730 days (two years)').nullish(),
  readOnly: z.boolean().default(false),
});
export type ApiTokenCreate = z.input<typeof apiTokenCreateSchema>;

/** A user's own token also asks for their password, so a stolen session cannot mint a lasting secret. */
export const ownApiTokenCreateSchema = apiTokenCreateSchema.extend({ password: z.string().min(1, 'Enter your password').max(1000) });
export type OwnApiTokenCreate = z.input<typeof ownApiTokenCreateSchema>;

/** The new token with its secret, shown this once. */
export const apiTokenCreatedSchema = z.object({ token: apiTokenSchema, secret: z.string() });
export type ApiTokenCreated = z.infer<typeof apiTokenCreatedSchema>;
