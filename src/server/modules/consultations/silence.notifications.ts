// Notification kinds of silence procedures, outcomes, withdrawal, reminders and positions, worded from the catalogue per recipient.
import type { Names } from '../../../shared/names.ts';
import { and, eq, inArray } from 'drizzle-orm';
import type { Language } from '../../../shared/common.ts';
import type { OutcomeFacts } from '../../../shared/consultations.ts';
import { partyTimeZone } from '../../../shared/party-zones.ts';
import type { Tx } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { partyRefs } from '../directory/directory.api.ts';
import type { RequestContext } from '../../platform/context.ts';
import { inEveryLanguage, text } from '../../platform/i18n/texts.ts';
import { defineNotificationKind } from '../../platform/notifications/catalog.ts';
import { notify } from '../../platform/notifications/notify.ts';
import type { ConsultationRow } from './consultations.rules.ts';
import { formatDeadline, outcomeNote } from './consultations.texts.ts';

type Params = Record<string, string | number | null>;
const path = (_type: string, id: string) => `/consultations/${id}`;
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const n = (key: string) => `consultations.notifications.${key}`;

/** Renders the deadline carried in a notification's params (`at`, `zone`, and for a delegation `ownZone`, `ownParty`, `ownPartyRu`). */
function deadlineOf(p: Params, lang: Language, atKey = 'at') {
  const at = new Date(str(p[atKey]));
  if (Number.isNaN(at.getTime())) return str(p[atKey]);
  const own = p.ownZone ? { zone: str(p.ownZone), party: str(lang === 'ru' ? p.ownPartyRu || p.ownParty : p.ownParty) } : null;
  return formatDeadline(at, str(p.zone), lang, own);
}

const titleOf = (p: Params, lang: Language) => str(lang === 'ru' ? p.titleRu || p.title : p.title);
const reasonOf = (p: Params, lang: Language) => (p.reason ? text(lang, n('reason'), { reason: p.reason }) : '');

/** Parses a JSON parameter (facts, names) written by the sender; a malformed one reads as absent. */
function parsed<T>(v: unknown): T | null {
  try {
    const value = typeof v === 'string' ? JSON.parse(v) : null;
    return value !== null && typeof value === 'object' ? (value as T) : null;
  } catch {
    return null;
  }
}

export const SILENCE_LAUNCHED = defineNotificationKind({
  kind: 'consultations.silence_launched',
  label: inEveryLanguage(n('silenceLaunched.label')),
  render: (p, lang) => ({
    title: text(lang, n('silenceLaunched.title'), { title: titleOf(p, lang) }),
    body: `${text(lang, n('silenceLaunched.body'), { title: titleOf(p, lang), version: p.version, deadline: deadlineOf(p, lang) })}\n\n${str(p.excerpt)}`,
  }),
  path,
});

export const SILENCE_EXTENDED = defineNotificationKind({
  kind: 'consultations.silence_extended',
  label: inEveryLanguage(n('silenceExtended.label')),
  render: (p, lang) => ({
    title: text(lang, n('silenceExtended.title'), { title: titleOf(p, lang) }),
    body: text(lang, n('silenceExtended.body'), { deadline: deadlineOf(p, lang), previous: deadlineOf(p, lang, 'previous') }) + reasonOf(p, lang),
  }),
  path,
});

export const SILENCE_WITHDRAWN = defineNotificationKind({
  kind: 'consultations.silence_withdrawn',
  label: inEveryLanguage(n('silenceWithdrawn.label')),
  render: (p, lang) => ({ title: text(lang, n('silenceWithdrawn.title'), { title: titleOf(p, lang) }), body: text(lang, n('silenceWithdrawn.body')) + reasonOf(p, lang) }),
  path,
});

export const SILENCE_BROKEN = defineNotificationKind({
  kind: 'consultations.silence_broken',
  label: inEveryLanguage(n('silenceBroken.label')),
  render: (p, lang) => ({
    title: text(lang, n('silenceBroken.title'), { title: titleOf(p, lang) }),
    body: text(lang, n('silenceBroken.body'), { party: str(lang === 'ru' ? p.partyRu || p.party : p.party), kind: text(lang, `consultations.positionKind.${str(p.kind)}`), at: deadlineOf(p, lang) }),
  }),
  path,
});

export const CONSULTATION_OUTCOME = defineNotificationKind({
  kind: 'consultations.outcome',
  label: inEveryLanguage(n('outcome.label')),
  render: (p, lang) => {
    const facts = parsed<OutcomeFacts>(p.facts);
    const names = new Map(Object.entries(parsed<Record<string, Names>>(p.names) ?? {}));
    return {
      title: text(lang, n('outcome.title'), { title: titleOf(p, lang), outcome: text(lang, n(`outcome.status.${str(p.outcome)}`)) }),
      body:
        text(lang, n('outcome.body'), { at: deadlineOf(p, lang) }) +
        (p.decisionCode ? text(lang, n('outcome.decision'), { code: p.decisionCode }) : '') +
        (facts ? `\n${outcomeNote(facts, lang, names)}` : ''),
    };
  },
  path,
});

export const CONSULTATION_WITHDRAWN = defineNotificationKind({
  kind: 'consultations.withdrawn',
  label: inEveryLanguage(n('withdrawn.label')),
  render: (p, lang) => ({ title: text(lang, n('withdrawn.title'), { title: titleOf(p, lang) }), body: text(lang, n('withdrawn.body')) + reasonOf(p, lang) }),
  path,
});

export const DEADLINE_REMINDER = defineNotificationKind({
  kind: 'consultations.deadline_reminder',
  label: inEveryLanguage(n('deadlineReminder.label')),
  render: (p, lang) => ({ title: text(lang, n('deadlineReminder.title'), { title: titleOf(p, lang) }), body: text(lang, n('deadlineReminder.body'), { deadline: deadlineOf(p, lang) }) }),
  path,
});

export const POSITION_RECORDED = defineNotificationKind({
  kind: 'consultations.position_recorded',
  label: inEveryLanguage(n('positionRecorded.label')),
  render: (p, lang) => {
    const by = p.byMission ? text(lang, n('byMission'), { name: str(p.by) }) : str(p.by);
    return {
      title: text(lang, n('positionRecorded.title'), { party: str(lang === 'ru' ? p.partyRu || p.party : p.party), kind: text(lang, `consultations.positionKind.${str(p.kind)}`), title: titleOf(p, lang) }),
      body: text(lang, n('positionRecorded.body'), { by }) + (p.text ? `\n${p.text}` : ''),
    };
  },
  path,
});

export type PartyName = Names;

/** The names of the parties among `codes` that `ctx` may see (a party it may not see is named by its code). */
export async function partyNames(tx: Tx, ctx: RequestContext, codes: string[]): Promise<Map<string, PartyName>> {
  const refs = await partyRefs(tx, ctx, codes);
  return new Map([...refs].map(([code, r]) => [code, r.names]));
}

/** The mission's people who follow the consultation: its chairs and whoever created it. */
export const missionFollowers = (c: ConsultationRow) => [...new Set([...c.chairUserIds, ...(c.createdBy ? [c.createdBy] : [])])];

async function delegatesByParty(tx: Tx, partyCodes: string[]) {
  const byParty = new Map<string, string[]>();
  if (partyCodes.length === 0) return byParty;
  const rows = await tx
    .select({ id: users.id, partyCode: users.partyCode })
    .from(users)
    .where(and(eq(users.role, 'delegate'), inArray(users.partyCode, partyCodes)));
  for (const r of rows) byParty.set(r.partyCode!, [...(byParty.get(r.partyCode!) ?? []), r.id]);
  return byParty;
}

async function liaisonOfficers(tx: Tx, organizationIds: string[]) {
  if (organizationIds.length === 0) return [];
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'liaison'), inArray(users.organizationId, organizationIds)));
  return rows.map((r) => r.id);
}

type Audience = {
  /** Only these listed parties (default: every party on the list). */
  parties?: string[];
  /** Liaison officers of listed organisations and the mission's followers too (default true). */
  everyoneElse?: boolean;
};

/**
 * Tells the delegations on the list, each with the deadline in its own zone
 * (params are fixed per call, so one call per party), then the listed
 * organisations and the mission's followers with the procedure's zone. The
 * user who acted is not told of their own act; `notify` keeps only those who
 * may see the consultation.
 */
export async function notifyDistribution(tx: Tx, ctx: RequestContext, c: ConsultationRow, kind: string, params: Params, zone: string, audience: Audience = {}) {
  const actor = ctx.viewer?.id;
  const codes = audience.parties ?? c.sharedParties;
  const names = await partyNames(tx, ctx, codes);
  const byParty = await delegatesByParty(tx, codes);
  const base = { title: c.title, titleRu: c.titleRu, zone, ...params };
  for (const code of codes) {
    const recipients = (byParty.get(code) ?? []).filter((id) => id !== actor);
    if (recipients.length === 0) continue;
    const name = names.get(code);
    const ownZone = partyTimeZone(code, zone);
    await notify(tx, {
      kind,
      recordType: 'consultation',
      recordId: c.id,
      access: c,
      params: { ...base, ownZone, ownParty: name?.en ?? code, ownPartyRu: name?.ru ?? null },
      recipients,
    });
  }
  if (audience.everyoneElse === false) return;
  const others = [...(await liaisonOfficers(tx, c.sharedOrganizations)), ...missionFollowers(c)].filter((id) => id !== actor);
  await notify(tx, { kind, recordType: 'consultation', recordId: c.id, access: c, params: base, recipients: others });
}

/** A few hundred characters of the text, without markup, for e-mails. */
export function plainExcerpt(html: string, max = 400) {
  const text = html
    .replace(/<(br|\/p|\/div|\/li|\/h\d)[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')} …`;
}
