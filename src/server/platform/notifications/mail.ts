// The job that sends one composed e-mail from the outbox over SMTP, outside any request.
import { eq } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import { mailOutbox } from '../../db/schema/notifications.table.ts';
import { defineJob } from '../jobs/registry.ts';

export const MAIL_SEND_JOB = 'mail.send';

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
      await transportFor(deps.config.smtpUrl).sendMail({
        from: deps.config.mailFrom,
        to: m.toAddress,
        subject: m.subject,
        text: m.textBody,
        headers: { 'Content-Language': m.language },
      });
    } catch (e) {
      await deps.db.update(mailOutbox).set({ error: (e as Error).message.slice(0, 500) }).where(eq(mailOutbox.id, id));
      if (job.attempts >= job.maxAttempts) await deps.db.update(mailOutbox).set({ status: 'failed' }).where(eq(mailOutbox.id, id));
      throw e;
    }
    await deps.db.update(mailOutbox).set({ status: 'sent', sentAt: new Date(), error: null }).where(eq(mailOutbox.id, id));
  },
});
