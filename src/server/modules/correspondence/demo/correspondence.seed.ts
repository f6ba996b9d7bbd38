// Loads the demo correspondence through the use cases: notes drafted from the templates, approved by the head, dispatched, answered; incoming items registered and assigned.
import { and, eq } from 'drizzle-orm';
import { users } from '../../../db/schema/accounts.table.ts';
import { correspondenceTemplates } from '../../../db/schema/correspondence.table.ts';
import { addDays, localDate } from '../../../platform/calendar/time-zones.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { DemoKeys } from '../../../platform/modules/demo-keys.ts';
import { createCorrespondence, MISSION_ZONE } from '../correspondence.usecases.ts';
import { dispatchCorrespondence } from '../dispatch.usecases.ts';
import { replyTo } from '../reply.usecases.ts';
import { moveStatus } from '../status.usecases.ts';
import { demoExchanges, demoIncoming } from './correspondence.data.ts';

/** A demo account acting as itself. */
async function accountContext(deps: Deps, email: string): Promise<RequestContext> {
  const [u] = await deps.db.select().from(users).where(eq(users.email, email)).limit(1);
  if (!u) throw new Error(`Demo correspondence refers to unknown account ${email}`);
  return { viewer: { id: u.id, email: u.email, displayName: u.displayName, role: u.role, language: u.language, partyCode: u.partyCode, organizationId: u.organizationId }, requestId: null, ip: null };
}

async function noteVerbaleTemplate(deps: Deps, language: 'en' | 'ru') {
  const [t] = await deps.db
    .select({ id: correspondenceTemplates.id })
    .from(correspondenceTemplates)
    .where(and(eq(correspondenceTemplates.key, 'note-verbale'), eq(correspondenceTemplates.language, language), eq(correspondenceTemplates.version, 1)));
  return t?.id ?? null;
}

/** The correspondence part of the demo: after the directory and the consultations, whose records it names. */
export async function seedCorrespondenceDemo(deps: Deps, _ctx: RequestContext, keys: DemoKeys, now = new Date()) {
  const staff = await accountContext(deps, 'staff@chancery.test');
  const head = await accountContext(deps, 'head@chancery.test');
  const org = (key: string) => keys.get('organization', key);
  const templates = { en: await noteVerbaleTemplate(deps, 'en'), ru: await noteVerbaleTemplate(deps, 'ru') };

  for (const x of demoExchanges) {
    const consultationId = x.consultation ? keys.of('consultation').get(x.consultation) : undefined;
    const item = await createCorrespondence(deps, staff, {
      direction: 'outgoing',
      kind: 'note_verbale',
      date: x.date,
      theirReference: null,
      addressees: x.to.map((t) => ({ organizationId: org(t.org), personId: null, partyCode: t.party ?? null, email: t.email ?? null, title: null })),
      subject: x.language === 'ru' ? (x.subjectRu ?? x.subject) : x.subject,
      language: x.language,
      body: x.body,
      templateId: templates[x.language],
      classification: x.shared ? 'shared' : 'mission',
      links: consultationId ? [{ recordType: 'consultation', recordId: consultationId }] : [],
      provenance: 'INVENTED',
    });
    if (x.stage === 'draft') continue;
    await moveStatus(deps, head, item.id, { status: 'approved', reason: null });
    if (x.stage === 'approved') continue;
    await dispatchCorrespondence(deps, staff, item.id, { mode: x.dispatch ?? 'hand', note: x.dispatch === 'email' ? null : 'Delivered by hand to the registry (INVENTED).' });
    if (x.reply) {
      await replyTo(deps, staff, item.id, { direction: 'incoming', kind: 'note_verbale', date: x.reply.date, subject: x.reply.subject, language: x.language, body: x.reply.body, theirReference: x.reply.theirReference, provenance: 'INVENTED' });
    }
  }

  const today = localDate(now, MISSION_ZONE);
  for (const x of demoIncoming) {
    const item = await createCorrespondence(deps, staff, {
      direction: 'incoming',
      kind: 'note_verbale',
      date: x.date,
      senderOrganizationId: org(x.from.org),
      senderPartyCode: x.from.party ?? null,
      theirReference: x.theirReference,
      addressees: [],
      subject: x.subject,
      language: 'en',
      body: x.body,
      dueDate: x.dueInDays !== undefined ? addDays(today, x.dueInDays) : null,
      assigneeUserId: x.assignToStaff ? staff.viewer!.id : null,
      classification: x.shared ? 'shared' : 'mission',
      links: [],
      provenance: 'INVENTED',
    });
    if (x.filed) await moveStatus(deps, staff, item.id, { status: 'filed', reason: null });
  }
}
