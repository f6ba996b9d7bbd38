// Queuing an e-mail in the outbox inside a change's transaction, and the job that sends it over SMTP after the commit.
import { eq } from 'drizzle-orm';
import type { Language } from '../../../shared/common.ts';
import type { Tx } from '../../db/client.ts';
import nodemailer, { type Transporter } from 'nodemailer';
import { type MailAttachment, mailOutbox } from '../../db/schema/notifications.table.ts';
import { readAll, storageFor } from '../documents/storage.ts';
import { scheduleJob } from '../jobs/jobs.ts';
import { defineJob } from '../jobs/registry.ts';
import { mailHtml } from './mail-html.ts';
import { mailBaseUrl } from './mail-text.ts';

export const MAIL_SEND_JOB = 'mail.send';

export type QueuedMail = { userId: string | null; toAddress: string; language: Language; subject: string; textBody: string; attachments?: MailAttachment[] };

/**
 * Puts a composed e-mail in the outbox and queues the job that sends it, in
 * the caller's transaction: it is sent only once that commits, never inside it.
 */
export async function queueMail(tx: Tx, mail: QueuedMail) {
  const [row] = await tx.insert(mailOutbox).values(mail).returning({ id: mailOutbox.id });
  await scheduleJob(tx, { kind: MAIL_SEND_JOB, payload: { outboxId: row.id } });
  return row.id;
}

/**
 * Headers that tell mail servers and clients this is an automatic message: no
 * out-of-office replies to it, and where to change what is sent.
 */
export const mailHeaders = (language: Language) => ({
  'Content-Language': language,
  'Auto-Submitted': 'auto-generated',
  'X-Auto-Response-Suppress': 'All',
  'List-Unsubscribe': `<${mailBaseUrl()}/notifications?tab=settings>`,
});

const transports = new Map<string, Transporter>();
const transportFor = (url: string) => {
  let t = transports.get(url);
  if (!t) {
    t = nodemailer.createTransport(url);
    transports.set(url, t);
  }
  return t;
};

/**
 * Sends one composed e-mail from the outbox, outside any request or
 * transaction. Without SMTP_URL the message is kept in the outbox for admins.
 * Idempotent: a message already sent is not sent again.
 */
export const mailSendJob = defineJob({
  kind: MAIL_SEND_JOB,
  mode: 'external',
  maxAttempts: 6,
  run: async (deps, job) => {
    const id = String(job.payload.outboxId);
    const [m] = await deps.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
    if (!m || m.status === 'sent' || m.status === 'kept') return;
    if (!deps.config.smtpUrl) {
      await deps.db.update(mailOutbox).set({ status: 'kept' }).where(eq(mailOutbox.id, id));
      return;
    }
    try {
      const storage = storageFor(deps.config);
      const attachments = await Promise.all(m.attachments.map(async (a) => ({ filename: a.filename, contentType: a.mimeType, content: await readAll(await storage.get(a.storageKey)) })));
      await transportFor(deps.config.smtpUrl).sendMail({
        from: deps.config.mailFrom,
        to: m.toAddress,
        subject: m.subject,
        text: m.textBody,
        html: mailHtml(m.language, m.subject, m.textBody),
        headers: mailHeaders(m.language),
        attachments,
      });
    } catch (e) {
      await deps.db.update(mailOutbox).set({ error: (e as Error).message.slice(0, 500) }).where(eq(mailOutbox.id, id));
      if (job.attempts >= job.maxAttempts) await deps.db.update(mailOutbox).set({ status: 'failed' }).where(eq(mailOutbox.id, id));
      throw e;
    }
    await deps.db.update(mailOutbox).set({ status: 'sent', sentAt: new Date(), error: null }).where(eq(mailOutbox.id, id));
  },
});
