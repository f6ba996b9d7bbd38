// The API contract of a user's own account security: the second factor (set-up, recovery codes), sessions and password.
import { z } from 'zod';

export const securitySchema = z.object({
  secondFactor: z.object({
    on: z.boolean(),
    enabledAt: z.string().nullable(),
    /** Required of this user's role: it cannot be switched off. */
    required: z.boolean(),
    recoveryCodesLeft: z.number().int(),
  }),
});
export type Security = z.infer<typeof securitySchema>;

/** A secret being set up: shown as a QR code (SVG drawn by the server) and as text to type in. */
export const secondFactorSetupSchema = z.object({ secret: z.string(), uri: z.string(), qrSvg: z.string() });
export type SecondFactorSetup = z.infer<typeof secondFactorSetupSchema>;

export const codeInputSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Enter the six digits your authenticator app shows'),
});

/** Shown once: only their hashes are kept. */
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });

export const passwordConfirmSchema = z.object({ password: z.string().min(1, 'Enter your password').max(1000) });

export const passwordChangeSchema = z.object({
  currentPassword: z.string().min(1, 'Enter your current password').max(1000),
  newPassword: z.string().min(12, 'Use at least 12 characters').max(200, 'Use 200 characters or fewer'),
});

export const accountSessionSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  /** The session this request came with. */
  current: z.boolean(),
});
export type AccountSession = z.infer<typeof accountSessionSchema>;
export const accountSessionListSchema = z.object({ items: z.array(accountSessionSchema) });
export const signOutOthersSchema = z.object({ ended: z.number().int() });
