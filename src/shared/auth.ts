// The API contract of signing in: credentials, the signed-in user with abilities, the session and language preference.
import { z } from 'zod';
import { classificationSchema, languageSchema, roleSchema } from './common.ts';

export const loginInputSchema = z.object({
  email: z.string().trim().min(1, 'Enter your e-mail address').max(254),
  password: z.string().min(1, 'Enter your password').max(1000),
});

export const abilitiesSchema = z.object({
  /** Modules visible in the navigation. */
  modules: z.array(z.string()),
  manageUsers: z.boolean(),
  viewAudit: z.boolean(),
  /** May create records in the directory. */
  editDirectory: z.boolean(),
  /** Classifications this user may give a new record. */
  classifications: z.array(classificationSchema),
});

export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    language: languageSchema,
    role: roleSchema,
    partyCode: z.string().nullable(),
    organizationId: z.string().nullable(),
    organizationName: z.string().nullable(),
  }),
  abilities: abilitiesSchema,
  demo: z.boolean(),
  /** The second factor: on for this user, required of their role, and so to be set up before anything else. */
  secondFactor: z.object({ on: z.boolean(), required: z.boolean(), mustEnrol: z.boolean() }),
});
export type Me = z.infer<typeof meSchema>;

/** Who the browser is: the signed-in user, or nobody (a visitor), without an error either way. */
export const sessionSchema = z.object({ me: meSchema.nullable(), demo: z.boolean() });

/** After a right password, for a user with a second factor: the code is asked for next (no session yet). */
export const loginChallengeSchema = z.object({ secondFactor: z.literal('totp'), challenge: z.string() });
export type LoginChallenge = z.infer<typeof loginChallengeSchema>;

export const secondFactorLoginSchema = z.object({
  challenge: z.string().min(1).max(200),
  code: z.string().trim().min(1, 'Enter the code from your authenticator app, or a recovery code').max(40),
});

export const preferencesInputSchema = z.object({ language: languageSchema });
