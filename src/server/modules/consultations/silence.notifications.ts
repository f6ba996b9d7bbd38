import { and, eq, inArray } from 'drizzle-orm';
import type { Language } from '../../../shared/common.ts';
import { partyTimeZone } from '../../../shared/party-zones.ts';
import type { Tx } from '../../db/client.ts';
import { users } from '../../db/schema/accounts.table.ts';
import { partyRefs } from '../directory/directory.api.ts';
import { wallClock } from '../../platform/calendar/time-zones.ts';
import type { RequestContext } from '../../platform/context.ts';
import { defineNotificationKind } from '../../platform/notifications/catalog.ts';
import { notify } from '../../platform/notifications/notify.ts';
import type { ConsultationRow } from './consultations.rules.ts';

type Params = Record<string, string | number | null>;
const path = (_type: string, id: string) => `/consultations/${id}`;
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const pad = (n: number) => String(n).padStart(2, '0');

/** `12:00` (or `12:00:30` when the seconds matter) in the zone. */
function clock(at: Date, zone: string) {
  const w = wallClock(at, zone);
  return `${pad(w.hour)}:${pad(w.minute)}${w.second ? `:${pad(w.second)}` : ''}`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function calendarDate(at: Date, zone: string, lang: Language) {
  const key = `${lang}|${zone}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { timeZone: zone, day: 'numeric', month: 'long', year: 'numeric' });
    dateFormats.set(key, f);
  }
  return f.format(at);
}

/** An instant as a reader in `zone` says it: "12:00 on 4 December 2026 (Asia/Jakarta)". */
export function formatInstant(at: Date, zone: string, lang: Language = 'en') {
  return lang === 'ru' ? `${clock(at, zone)}, ${calendarDate(at, zone, lang)} (${zone})` : `${clock(at, zone)} on ${calendarDate(at, zone, lang)} (${zone})`;
}

/**
 * A deadline in the procedure's zone and, when it differs, in the
 * delegation's own: "12:00 on 4 December 2026 (Asia/Jakarta) — 12:00 in
 * Viet Nam (Asia/Ho_Chi_Minh)". The local date is repeated only when it is
 * another day there.
 */
export function formatDeadline(at: Date, zone: string, lang: Language, own?: { zone: string; party: string } | null) {
  const main = formatInstant(at, zone, lang);
  if (!own || own.zone === zone) return main;
  const date = calendarDate(at, own.zone, lang);
  const sameDay = date === calendarDate(at, zone, lang);
  const local = `${clock(at, own.zone)}${sameDay ? '' : lang === 'ru' ? `, ${date}` : ` on ${date}`}`;
  return lang === 'ru' ? `${main} — ${own.party}: ${local} (${own.zone})` : `${main} — ${local} in ${own.party} (${own.zone})`;
}

/** Renders the deadline carried in a notification's params (`at`, `zone`, and for a delegation `ownZone`, `ownParty`, `ownPartyRu`). */
function deadlineOf(p: Params, lang: Language, atKey = 'at') {
  const at = new Date(str(p[atKey]));
  if (Number.isNaN(at.getTime())) return str(p[atKey]);
  const own = p.ownZone ? { zone: str(p.ownZone), party: str(lang === 'ru' ? p.ownPartyRu || p.ownParty : p.ownParty) } : null;
  return formatDeadline(at, str(p.zone), lang, own);
}

const titleOf = (p: Params, lang: Language) => str(lang === 'ru' ? p.titleRu || p.title : p.title);

export const SILENCE_LAUNCHED = defineNotificationKind({
  kind: 'consultations.silence_launched',
  label: { en: 'A text is put under silence procedure', ru: 'Текст поставлен на процедуру молчания' },
  render: (p, lang) =>
    lang === 'ru'
      ? {
          title: `Процедура молчания: ${titleOf(p, lang)}`,
          body: `Текст «${titleOf(p, lang)}» (версия ${p.version}) считается принятым, если до ${deadlineOf(p, lang)} ни одна делегация не нарушит молчание (возражение или поправка).\n\n${str(p.excerpt)}`,
        }
      : {
          title: `Silence procedure: ${titleOf(p, lang)}`,
          body: `The text "${titleOf(p, lang)}" (version ${p.version}) is deemed adopted unless a delegation breaks silence (objection or amendment) before ${deadlineOf(p, lang)}.\n\n${str(p.excerpt)}`,
        },
  path,
});

export const SILENCE_EXTENDED = defineNotificationKind({
  kind: 'consultations.silence_extended',
  label: { en: 'A silence procedure is extended', ru: 'Продлена процедура молчания' },
  render: (p, lang) =>
    lang === 'ru'
      ? { title: `Молчание продлено: ${titleOf(p, lang)}`, body: `Новый срок: ${deadlineOf(p, lang)} (прежний: ${deadlineOf(p, lang, 'previous')}).${p.reason ? ` Причина: ${p.reason}` : ''}` }
      : { title: `Silence extended: ${titleOf(p, lang)}`, body: `The new expiry is ${deadlineOf(p, lang)} (it was ${deadlineOf(p, lang, 'previous')}).${p.reason ? ` Reason: ${p.reason}` : ''}` },
  path,
});

export const SILENCE_WITHDRAWN = defineNotificationKind({
  kind: 'consultations.silence_withdrawn',
  label: { en: 'A silence procedure is withdrawn', ru: 'Процедура молчания отозвана' },
  render: (p, lang) =>
    lang === 'ru'
      ? { title: `Процедура молчания отозвана: ${titleOf(p, lang)}`, body: `Председатель отозвал процедуру молчания; консультации продолжаются.${p.reason ? ` Причина: ${p.reason}` : ''}` }
      : { title: `Silence procedure withdrawn: ${titleOf(p, lang)}`, body: `The chair withdrew the silence procedure; the consultation remains open.${p.reason ? ` Reason: ${p.reason}` : ''}` },
  path,
});

export const SILENCE_BROKEN = defineNotificationKind({
  kind: 'consultations.silence_broken',
  label: { en: 'Silence is broken', ru: 'Молчание нарушено' },
  render: (p, lang) =>
    lang === 'ru'
      ? { title: `Молчание нарушено: ${titleOf(p, lang)}`, body: `${str(p.partyRu || p.party)}: молчание нарушено (${p.kind === 'amendment' ? 'поправка' : 'возражение'}), ${deadlineOf(p, lang)}. Текст не принят.` }
      : { title: `Silence broken: ${titleOf(p, lang)}`, body: `${str(p.party)} broke silence (${p.kind}) at ${deadlineOf(p, lang)}. The text is not adopted.` },
  path,
});

const OUTCOME_RU: Record<string, string> = { adopted: 'текст принят', not_adopted: 'текст не принят', lapsed: 'срок истёк без консенсуса', closed: 'приём замечаний закрыт' };
const OUTCOME_EN: Record<string, string> = { adopted: 'adopted', not_adopted: 'not adopted', lapsed: 'lapsed without consensus', closed: 'closed for comments' };

export const CONSULTATION_OUTCOME = defineNotificationKind({
  kind: 'consultations.outcome',
  label: { en: 'A consultation is decided (adopted, not adopted, lapsed, closed)', ru: 'Консультации завершены (принято, не принято, срок истёк, закрыто)' },
  render: (p, lang) =>
    lang === 'ru'
      ? {
          title: `${titleOf(p, lang)}: ${OUTCOME_RU[str(p.outcome)] ?? str(p.outcome)}`,
          body: `Итог зафиксирован по состоянию на ${deadlineOf(p, lang)}.${p.decisionCode ? ` Решение ${p.decisionCode}.` : ''}${p.note ? `\n${p.note}` : ''}`,
        }
      : {
          title: `${titleOf(p, lang)}: ${OUTCOME_EN[str(p.outcome)] ?? str(p.outcome)}`,
          body: `Outcome recorded as of ${deadlineOf(p, lang)}.${p.decisionCode ? ` Decision ${p.decisionCode}.` : ''}${p.note ? `\n${p.note}` : ''}`,
        },
  path,
});

export const CONSULTATION_WITHDRAWN = defineNotificationKind({
  kind: 'consultations.withdrawn',
  label: { en: 'A consultation is withdrawn', ru: 'Консультации отозваны' },
  render: (p, lang) =>
    lang === 'ru'
      ? { title: `Отозвано: ${titleOf(p, lang)}`, body: `Миссия отозвала текст; позиции по нему больше не принимаются.${p.reason ? ` Причина: ${p.reason}` : ''}` }
      : { title: `Withdrawn: ${titleOf(p, lang)}`, body: `The mission withdrew the text; no further positions are taken on it.${p.reason ? ` Reason: ${p.reason}` : ''}` },
  path,
});

export const DEADLINE_REMINDER = defineNotificationKind({
  kind: 'consultations.deadline_reminder',
  label: { en: 'My delegation has not given its position and the deadline is 24 hours away', ru: 'Моя делегация не высказала позицию, а до срока осталось 24 часа' },
  render: (p, lang) =>
    lang === 'ru'
      ? { title: `Осталось 24 часа: ${titleOf(p, lang)}`, body: `Ваша делегация ещё не высказала позицию. Срок: ${deadlineOf(p, lang)}.` }
      : { title: `24 hours left: ${titleOf(p, lang)}`, body: `Your delegation has not given its position yet. The deadline is ${deadlineOf(p, lang)}.` },
  path,
});

const KIND_RU: Record<string, string> = { no_instructions: 'нет инструкций', support: 'поддержка', no_objection: 'нет возражений', reservation: 'оговорка', objection: 'возражение', amendment: 'поправка' };

export const POSITION_RECORDED = defineNotificationKind({
  kind: 'consultations.position_recorded',
  label: { en: 'A delegation gives its position on a consultation I chair', ru: 'Делегация высказала позицию по консультациям, которые я веду' },
  render: (p, lang) =>
    lang === 'ru'
      ? { title: `${str(p.partyRu || p.party)}: ${KIND_RU[str(p.kind)] ?? p.kind} — ${titleOf(p, lang)}`, body: `Позицию записал(а) ${p.by}.${p.text ? `\n${p.text}` : ''}` }
      : { title: `${str(p.party)}: ${str(p.kind).replaceAll('_', ' ')} — ${titleOf(p, lang)}`, body: `Recorded by ${p.by}.${p.text ? `\n${p.text}` : ''}` },
  path,
});

export type PartyName = { en: string; ru: string | null };

/** The names of the parties among `codes` that `ctx` may see (a party it may not see is named by its code). */
export async function partyNames(tx: Tx, ctx: RequestContext, codes: string[]): Promise<Map<string, PartyName>> {
  const refs = await partyRefs(tx, ctx, codes);
  return new Map([...refs].map(([code, r]) => [code, { en: r.nameEn, ru: r.nameRu }]));
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
