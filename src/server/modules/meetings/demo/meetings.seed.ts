// Loads the demo bodies and meetings through the use cases, as the staff who would have recorded them.
import type { RequestContext } from '../../../platform/context.ts';
import type { Deps } from '../../../platform/deps.ts';
import type { DemoKeys } from '../../../platform/modules/demo-keys.ts';
import { createActionItem } from '../action-items.usecases.ts';
import { addAgendaItem } from '../agenda.usecases.ts';
import { saveAttendance } from '../attendance.usecases.ts';
import { createBody } from '../bodies.usecases.ts';
import { addCoordinator } from '../coordinators.usecases.ts';
import { createDecision } from '../decisions.usecases.ts';
import { changeMeetingStatus } from '../meetings.status.ts';
import { createMeeting } from '../meetings.usecases.ts';
import { saveMinutes } from '../minutes.usecases.ts';
import { addWorkPlanLine } from '../work-plan.usecases.ts';
import { COORDINATOR_ROTATION, PARTNERSHIP, bodies, coordinatorTerms, workPlans } from './bodies.data.ts';
import { type DemoSession, sessions } from './sessions.data.ts';

type Keys = { orgIds: Map<string, string>; personIds: Map<string, string>; userIds: Map<string, string> };

const LIFE = ['planned', 'convened', 'concluded', 'record_approved'] as const;

/**
 * Loads the demo mechanisms and their meetings through the same use cases
 * the API calls, so every record is validated, audited, indexed and put on
 * the calendar like any other. Runs after the directory (it names its
 * parties, organisations and people) and the demo accounts.
 */
export async function seedMeetings(deps: Deps, ctx: RequestContext, keys: Keys) {
  const must = (map: Map<string, string>, key: string) => {
    const v = map.get(key);
    if (!v) throw new Error(`Demo meetings refer to unknown key "${key}"`);
    return v;
  };
  const bodyIds = new Map<string, string>();
  for (const b of bodies) {
    const { key, parentKey, rotation, responsibleEmails, memberParties, classification, ...fields } = b;
    const created = await createBody(deps, ctx, {
      ...fields,
      classification,
      parentId: parentKey ? must(bodyIds, parentKey) : null,
      memberParties: memberParties ?? PARTNERSHIP,
      rotationOrder: rotation ? COORDINATOR_ROTATION : [],
      responsibleUserIds: (responsibleEmails ?? []).map((e) => must(keys.userIds, e)),
      dueSoonDays: b.dueSoonDays ?? 60,
      notes: fields.notes ?? null,
    });
    bodyIds.set(key, created.id);
    if (rotation) {
      for (const term of coordinatorTerms) await addCoordinator(deps, ctx, created.id, { ...term, role: 'coordinator', provenance: 'REAL' });
    }
    for (const line of workPlans[key] ?? []) await addWorkPlanLine(deps, ctx, created.id, { ...line, links: [] });
  }

  // Decisions by `<session key>/<n>` (CS-07/1), for the modules seeded later (an initiative's approval).
  const decisionIds = new Map<string, string>();
  for (const s of sessions) {
    const ids = await seedSession(deps, ctx, s, must(bodyIds, s.bodyKey), (k) => must(keys.personIds, k), (k) => must(keys.orgIds, k), (e) => must(keys.userIds, e));
    for (const [i, id] of ids.entries()) decisionIds.set(`${s.key}/${i + 1}`, id);
  }
  return { bodyIds, decisionIds };
}

async function seedSession(deps: Deps, ctx: RequestContext, s: DemoSession, bodyId: string, person: (k: string) => string, org: (k: string) => string, user: (e: string) => string) {
  const meeting = await createMeeting(deps, ctx, {
    bodyId,
    number: s.number ?? null,
    title: s.title,
    titleRu: s.titleRu ?? null,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    timeZone: s.timeZone,
    venue: s.venue ?? null,
    format: s.format,
    classification: s.classification,
    sharedWith: { parties: s.sharedParties ?? [], organizations: [] },
    restrictedTo: (s.restrictedToEmails ?? []).map(user),
    provenance: s.provenance,
    sourceUrl: s.sourceUrl ?? null,
  });
  const decisionIds: string[] = [];
  for (const a of s.agenda ?? []) {
    const item = await addAgendaItem(deps, ctx, meeting.id, {
      title: a.title,
      presenterPartyCode: a.presenterPartyCode ?? null,
      presenterPersonId: a.presenterKey ? person(a.presenterKey) : null,
      durationMinutes: a.durationMinutes ?? null,
      links: [],
    });
    if (a.minutes) await saveMinutes(deps, ctx, meeting.id, item.id, { content: a.minutes, baseVersion: 0 });
    for (const text of a.decisions ?? []) decisionIds.push((await createDecision(deps, ctx, meeting.id, { text, agendaItemId: item.id, links: [] })).id);
  }
  for (const a of s.actionItems ?? []) {
    await createActionItem(deps, ctx, meeting.id, {
      title: a.title,
      ownerPartyCode: a.ownerPartyCode ?? null,
      ownerOrganizationId: a.ownerOrgKey ? org(a.ownerOrgKey) : null,
      ownerUserId: a.ownerEmail ? user(a.ownerEmail) : null,
      dueDate: a.dueDate ?? null,
      status: a.status ?? 'open',
      decisionId: a.decision ? decisionIds[a.decision - 1] : null,
    });
  }
  if (s.attendance) {
    await saveAttendance(deps, ctx, meeting.id, {
      parties: s.attendance.parties.map((p) => ({ partyCode: p.partyCode, status: p.status, headPersonId: p.headKey ? person(p.headKey) : null, memberPersonIds: (p.memberKeys ?? []).map(person), note: null })),
      others: (s.attendance.others ?? []).map((o) => ({ organizationId: org(o.orgKey), status: o.status, headPersonId: o.headKey ? person(o.headKey) : null, memberPersonIds: [], note: o.note ?? null })),
    });
  }
  if (s.status === 'cancelled') await changeMeetingStatus(deps, ctx, meeting.id, 'cancelled');
  else for (const status of LIFE.slice(1, LIFE.indexOf(s.status) + 1)) await changeMeetingStatus(deps, ctx, meeting.id, status);
  return decisionIds;
}

/** The meetings' part of the demo dataset: runs after the directory and the accounts. */
export async function seedMeetingsDemo(deps: Deps, ctx: RequestContext, keys: DemoKeys) {
  const { bodyIds, decisionIds } = await seedMeetings(deps, ctx, { orgIds: keys.of('organization'), personIds: keys.of('person'), userIds: keys.of('user') });
  for (const [k, id] of bodyIds) keys.of('body').set(k, id);
  for (const [k, id] of decisionIds) keys.of('decision').set(k, id);
}
