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
});
export type Me = z.infer<typeof meSchema>;

/** Who the browser is: the signed-in user, or nobody (a visitor), without an error either way. */
export const sessionSchema = z.object({ me: meSchema.nullable(), demo: z.boolean() });

export const preferencesInputSchema = z.object({ language: languageSchema });
