// Opening, reading, changing and archiving a consultation: its method, deadline, chairs and distribution list.
import { syncConsultationCalendar } from './consultations.calendar.ts';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { consultationInputSchema, consultationUpdateSchema } from '../../../shared/consultations.ts';
import type { Executor } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { consultationVersions, consultations } from '../../db/schema/consultations.table.ts';
import { can } from '../../platform/access/policy.ts';
import { diff, recordAudit } from '../../platform/audit/audit.ts';
import { resolveTimeZone } from '../../platform/calendar/time-zones.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Deps } from '../../platform/deps.ts';
import { normaliseForSearch } from '../../platform/text.ts';
import { checkOrganizations, checkPartyCodes } from '../directory/directory.api.ts';
import { findBodyRef } from '../meetings/meetings.api.ts';
import { sanitizeRichText } from '../../platform/rich-text.ts';
import { consultationDtos } from './consultations.dto.ts';
import {
  chairNotMission,
  consultationDecided,
  createForbidden,
  archiveWhileOpen,
  deadlineInPast,
  deadlineRequired,
  noDeadlineForSilence,
  invalidTimeZone,
  methodFixed,
  organizationsRemoved,
  partiesRemoved,
  unknownBody,
} from './consultations.errors.ts';
import { notifyCirculated, zonedLabel } from './consultations.notifications.ts';
import { consultationResource } from './consultations.policy.ts';
import { currentVersions, latestProcedures, lockForManaging, visibleConsultation } from './consultations.repository.ts';
import { type ConsultationRow, closesAt, isDecided } from './consultations.rules.ts';
import { indexConsultation } from './consultations.search.ts';
import { syncDeadlineJobs } from './deadline.jobs.ts';
import { definedOnly } from '../../platform/records/patch.ts';
import { applyArchived } from '../../platform/records/write.ts';

type Input = z.output<typeof consultationInputSchema>;
type Update = z.output<typeof consultationUpdateSchema>;

/** Fields recorded in the audit trail. */
const CONSULTATION_FIELDS = [
  'bodyId',
  'title',
  'titleRu',
  'reference',
  'method',
  'status',
  'deadline',
  'timeZone',
  'positionsVisibility',
  'chairUserIds',
  'classification',
  'sharedParties',
  'sharedOrganizations',
  'archivedAt',
  'provenance',
  'sourceUrl',
] as const;

const consultationSearchText = (c: Pick<ConsultationRow, 'title' | 'titleRu' | 'reference'>) => normaliseForSearch(c.title, c.titleRu, c.reference);

const unique = <T>(xs: T[]) => [...new Set(xs)];

export async function getConsultation(deps: Deps, ctx: RequestContext, id: string) {
  const row = await visibleConsultation(deps.db, ctx, id);
  const [dto] = await consultationDtos(deps.db, ctx, [row]);
  return dto;
}

function checkTimeZone(zone: string) {
  const resolved = resolveTimeZone(zone);
  if (!resolved) throw invalidTimeZone();
  return resolved;
}

async function checkChairs(db: Executor, ids: string[]) {
  const wanted = unique(ids);
  if (wanted.length === 0) return wanted;
  const found = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, wanted), sql`${users.role} in ('admin','head','staff')`));
  if (found.length !== wanted.length) throw chairNotMission();
  return wanted;
}

async function checkDistribution(db: Executor, ctx: RequestContext, d: { parties: string[]; organizations: string[] }) {
  const parties = unique(d.parties);
  const organizations = unique(d.organizations);
  await checkPartyCodes(db, parties, 'distribution.parties');
  await checkOrganizations(db, ctx, organizations, 'distribution.organizations');
  return { parties, organizations };
}

/**
 * Opens a consultation as a draft: seen by the mission only until its first
 * version is circulated, with the distribution list kept on the record and
 * version 1 holding the text.
 */
export async function createConsultation(deps: Deps, ctx: RequestContext, input: Input) {
  const draftAccess = { classification: 'mission' as const, sharedParties: [], sharedOrganizations: [], restrictedTo: [] };
  if (!can(ctx, 'create', consultationResource, draftAccess)) throw createForbidden();
  const body = await findBodyRef(deps.db, ctx, input.bodyId);
  if (!body) throw unknownBody();
  const timeZone = checkTimeZone(input.timeZone);
  if (input.method === 'silence' && input.deadline) throw noDeadlineForSilence();
  const { parties, organizations } = await checkDistribution(deps.db, ctx, input.distribution);
  const chairUserIds = await checkChairs(deps.db, input.chairUserIds);
  const now = new Date();
  const id = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(consultations)
      .values({
        classification: 'mission',
        sharedParties: parties,
        sharedOrganizations: organizations,
        restrictedTo: [],
        bodyId: body.id,
        title: input.title,
        titleRu: input.titleRu,
        reference: input.reference,
        method: input.method,
        status: 'draft',
        deadline: input.deadline ? new Date(input.deadline) : null,
        timeZone,
        positionsVisibility: input.positionsVisibility,
        chairUserIds,
        provenance: input.provenance ?? null,
        sourceUrl: input.sourceUrl ?? null,
        searchText: consultationSearchText(input),
        createdBy: ctx.viewer?.id ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const [version] = await tx
      .insert(consultationVersions)
      .values({ consultationId: row.id, number: 1, content: sanitizeRichText(input.content), createdBy: ctx.viewer?.id ?? null, createdAt: now, updatedAt: now })
      .returning();
    await indexConsultation(tx, row);
    await syncDeadlineJobs(tx, row);
    await syncConsultationCalendar(tx, row.id);
    await recordAudit(tx, ctx, {
      action: 'consultation.create',
      recordType: 'consultation',
      recordId: row.id,
      changes: { ...diff(null, row, CONSULTATION_FIELDS), version: { after: { id: version.id, number: 1 } } },
    });
    return row.id;
  });
  return getConsultation(deps, ctx, id);
}

/**
 * Changes the fields sent. Once circulated the method is fixed and the list
 * only grows (those added are told); the record stays shared with the list.
 * The deadline of an open consultation must lie ahead.
 */
export async function updateConsultation(deps: Deps, ctx: RequestContext, id: string, input: Update) {
  const defined = definedOnly(input);
  await deps.db.transaction(async (tx) => {
    const current = await lockForManaging(tx, ctx, id);
    // Circulated once means shared with the list for good, whatever the status now.
    const circulated = (await currentVersions(tx, [id])).has(id);
    const set: Partial<typeof consultations.$inferInsert> = {};
    if (defined.bodyId !== undefined && defined.bodyId !== current.bodyId) {
      const body = await findBodyRef(tx, ctx, defined.bodyId);
      if (!body) throw unknownBody();
      set.bodyId = body.id;
    }
    for (const key of ['title', 'titleRu', 'reference', 'positionsVisibility', 'provenance', 'sourceUrl'] as const) {
      if (defined[key] !== undefined) (set as Record<string, unknown>)[key] = defined[key];
    }
    if (defined.timeZone !== undefined) set.timeZone = checkTimeZone(defined.timeZone);
    if (defined.method !== undefined && defined.method !== current.method) {
      if (circulated) throw methodFixed();
      set.method = defined.method;
    }
    if (defined.chairUserIds !== undefined) set.chairUserIds = await checkChairs(tx, defined.chairUserIds);
    if (defined.deadline !== undefined) {
      const deadline = defined.deadline ? new Date(defined.deadline) : null;
      if ((deadline?.getTime() ?? null) !== (current.deadline?.getTime() ?? null)) {
        if (isDecided(current)) throw consultationDecided(current.status);
        if (current.status === 'open' && deadline && deadline <= new Date()) throw deadlineInPast();
        if (current.status === 'open' && !deadline && current.method !== 'silence') throw deadlineRequired(current.method);
        set.deadline = deadline;
      }
    }
    if ((set.method ?? current.method) === 'silence' && (set.deadline !== undefined ? set.deadline : current.deadline)) throw noDeadlineForSilence();
    let added = { parties: [] as string[], organizations: [] as string[] };
    if (defined.distribution !== undefined) {
      const next = await checkDistribution(tx, ctx, defined.distribution);
      if (circulated) {
        const removed = current.sharedParties.filter((p) => !next.parties.includes(p));
        if (removed.length) throw partiesRemoved(removed);
        if (current.sharedOrganizations.some((o) => !next.organizations.includes(o))) throw organizationsRemoved();
        added = {
          parties: next.parties.filter((p) => !current.sharedParties.includes(p)),
          organizations: next.organizations.filter((o) => !current.sharedOrganizations.includes(o)),
        };
      }
      set.sharedParties = next.parties;
      set.sharedOrganizations = next.organizations;
    }
    set.classification = circulated ? 'shared' : 'mission';
    const changes = diff(current, { ...current, ...set }, CONSULTATION_FIELDS);
    if (Object.keys(changes).length === 0) return;
    const [after] = await tx
      .update(consultations)
      .set({ ...set, searchText: consultationSearchText({ ...current, ...set }), updatedAt: new Date() })
      .where(eq(consultations.id, id))
      .returning();
    await indexConsultation(tx, after);
    if (added.parties.length || added.organizations.length) {
      const version = (await currentVersions(tx, [id])).get(id);
      const running = (await latestProcedures(tx, [id])).get(id) ?? null;
      const closing = closesAt(after, running);
      if (version) await notifyCirculated(tx, after, version, closing ? zonedLabel(closing, running?.status === 'running' ? running.timeZone : after.timeZone) : null, added);
    }
    if ('deadline' in changes) await syncDeadlineJobs(tx, after);
    await syncConsultationCalendar(tx, id);
    await recordAudit(tx, ctx, { action: 'consultation.update', recordType: 'consultation', recordId: id, changes });
  });
  return getConsultation(deps, ctx, id);
}

/** Archive hides a consultation from lists and search (it stays readable and can be restored). */
export async function setConsultationArchived(deps: Deps, ctx: RequestContext, id: string, archived: boolean) {
  await deps.db.transaction(async (tx) => {
    const current = await lockForManaging(tx, ctx, id);
    // An open consultation still has its procedure and deadline running: it is decided or withdrawn first.
    if (archived && current.archivedAt === null && current.status === 'open') throw archiveWhileOpen();
    await applyArchived(tx, ctx, { table: consultations, type: 'consultation' }, current, archived, indexConsultation);
    await syncConsultationCalendar(tx, id);
  });
  return getConsultation(deps, ctx, id);
}
