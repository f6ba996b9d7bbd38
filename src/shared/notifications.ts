// The API contract of notifications: the list, unread counts, preferences, the outbox and the jobs screen.
import { z } from 'zod';

export const DELIVERY_MODES = ['immediate', 'digest', 'off'] as const;
export const MAIL_STATUSES = ['pending', 'sent', 'kept', 'failed'] as const;
export const JOB_STATUSES = ['pending', 'running', 'done', 'failed', 'cancelled'] as const;

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  recordType: z.string(),
  recordId: z.string(),
  /** Web path of the record. */
  path: z.string(),
  title: z.string(),
  body: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  nextCursor: z.string().nullable(),
  unread: z.number().int(),
});
export const notificationListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(300).optional(),
  unread: z.enum(['true', 'false']).optional(),
});
export const markReadSchema = z.object({ ids: z.array(z.uuid()).max(500).optional() });
export const unreadSchema = z.object({ unread: z.number().int() });

export const preferenceSchema = z.object({ kind: z.string(), label: z.string(), mode: z.enum(DELIVERY_MODES) });
export const preferencesSchema = z.object({ items: z.array(preferenceSchema) });
export const preferencesInputSchema = z.object({
  preferences: z.array(z.object({ kind: z.string().min(1).max(100), mode: z.enum(DELIVERY_MODES) })).min(1).max(100),
});

export const outboxItemSchema = z.object({
  id: z.string(),
  toAddress: z.string(),
  language: z.string(),
  subject: z.string(),
  textBody: z.string(),
  /** The names of the files sent with the message. */
  attachments: z.array(z.object({ filename: z.string(), mimeType: z.string() })),
  status: z.enum(MAIL_STATUSES),
  error: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export const outboxListSchema = z.object({ items: z.array(outboxItemSchema), nextCursor: z.string().nullable(), total: z.number().int() });

export const jobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  key: z.string().nullable(),
  status: z.enum(JOB_STATUSES),
  runAt: z.string(),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  lastError: z.string().nullable(),
  updatedAt: z.string(),
});
export const jobListSchema = z.object({ items: z.array(jobSchema), nextCursor: z.string().nullable(), total: z.number().int() });
export const jobListQuerySchema = z.object({
  status: z.enum(JOB_STATUSES).default('failed'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(300).optional(),
});
