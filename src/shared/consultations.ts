// The API contract of the consultations module, with its enums defined once.
import { z } from 'zod';
import { namesOutSchema } from './names.ts';
import { webUrlSchema, listQueryBase, listResponse, optionalText, requiredText, partyCodeSchema, provenanceSchema, recordMetaSchema, uuidSchema } from './common.ts';

/**
 * The API contract of the consultations module: draft texts circulated to
 * delegations, their versions and redlines, one position per delegation,
 * acknowledgements, silence procedures, consensus and the thread.
 */
export const CONSULTATION_METHODS = ['comments', 'consensus', 'silence'] as const;
export const CONSULTATION_STATUSES = ['draft', 'open', 'adopted', 'not_adopted', 'lapsed', 'withdrawn', 'closed'] as const;
/** Statuses in which the consultation is decided and positions are no longer taken. */
export const DECIDED_STATUSES = ['adopted', 'not_adopted', 'lapsed', 'withdrawn', 'closed'] as const;
export const POSITION_KINDS = ['no_instructions', 'support', 'no_objection', 'reservation', 'objection', 'amendment'] as const;
/** Positions that break a silence procedure. A reservation does not: it is attached to the adopted text. */
export const SILENCE_BREAKING = ['objection', 'amendment'] as const;
/** Positions that count towards consensus (reservations are attached to the adopted text). */
export const CONSENTING = ['support', 'no_objection', 'reservation'] as const;
export const RESERVATION_KINDS = ['general', 'scrutiny'] as const;
export const POSITIONS_VISIBILITY = ['distribution', 'mission'] as const;
export const SILENCE_STATUSES = ['running', 'adopted', 'broken', 'withdrawn'] as const;
/** List views: open ones, those whose deadline is within 72 hours, decided ones, and (for a delegate) those awaiting their delegation. */
export const CONSULTATION_VIEWS = ['all', 'open', 'closing_soon', 'decided', 'awaiting_mine'] as const;
export const CLOSING_SOON_HOURS = 72;
export const REMINDER_HOURS_BEFORE = 24;

export type ConsultationMethod = (typeof CONSULTATION_METHODS)[number];
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];
export type PositionKind = (typeof POSITION_KINDS)[number];

const instant = z.iso.datetime({ offset: true, error: 'Give an instant with its offset, e.g. 2026-12-04T12:00:00+07:00' });
const outInstant = z.iso.datetime({ offset: true });
const timeZone = z.string().trim().min(1, 'Choose a time zone such as Asia/Jakarta').max(64);
/** Rich text of a version (HTML; sanitised on the server). */
const contentSchema = z.string().max(400_000, 'The text is too long (at most 400,000 characters)');

/**
 * The facts of a consultation's outcome: stored as facts (parties by code,
 * instants with the zone they were set in) and worded in each reader's
 * language by the server (`outcomeNote`, notifications) and the web app.
 */
const at = { at: outInstant, zone: z.string() };
export const outcomeFactsSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('adopted'),
    how: z.enum(['silence', 'consensus']),
    ...at,
    reservations: z.array(z.object({ party: z.string(), reservationKind: z.enum(RESERVATION_KINDS).nullable(), text: z.string().nullable() })),
    /** The number in the body's decisions register; null when the body had no meeting to record it under. */
    decisionCode: z.string().nullable(),
  }),
  z.object({ kind: z.literal('silence_broken'), ...at, party: z.string(), positionKind: z.enum(SILENCE_BREAKING) }),
  z.object({ kind: z.literal('not_adopted'), ...at, objecting: z.array(z.string()) }),
  z.object({ kind: z.literal('lapsed'), ...at, awaiting: z.array(z.string()) }),
  z.object({ kind: z.literal('comments_closed'), ...at }),
  z.object({ kind: z.literal('withdrawn'), at: outInstant, reason: z.string().nullable() }),
  /** An outcome recorded before its facts were kept: the note as it was written then. */
  z.object({ kind: z.literal('recorded'), note: z.string() }),
]);
export type OutcomeFacts = z.infer<typeof outcomeFactsSchema>;

/** The distribution list: the delegations (parties) and organisations the text is circulated to. */
export const distributionSchema = z.object({
  parties: z.array(partyCodeSchema).max(60).default([]),
  organizations: z.array(uuidSchema).max(50).default([]),
});

// ---------- consultations ----------
const consultationFields = z.object({
  bodyId: uuidSchema,
  title: requiredText(400, 'Enter a title'),
  titleRu: optionalText(400),
  reference: optionalText(60),
  method: z.enum(CONSULTATION_METHODS, { error: 'Choose comments, consensus or silence procedure' }),
  distribution: distributionSchema,
  /** For `comments` and `consensus`: when positions close. A silence procedure sets its own expiry when launched. */
  deadline: instant.nullish(),
  timeZone,
  positionsVisibility: z.enum(POSITIONS_VISIBILITY),
  chairUserIds: z.array(uuidSchema).max(10),
  provenance: provenanceSchema.nullish(),
  sourceUrl: webUrlSchema,
});
/** Creating one: it starts as a draft, seen by the mission only, with its first version. */
export const consultationInputSchema = consultationFields.extend({
  timeZone: timeZone.default('Asia/Jakarta'),
  positionsVisibility: z.enum(POSITIONS_VISIBILITY).default('distribution'),
  chairUserIds: z.array(uuidSchema).max(10).default([]),
  /** The text of version 1. */
  content: contentSchema.default(''),
});
/** Changes the fields sent. Once circulated, parties may be added to the list but not removed. */
export const consultationUpdateSchema = consultationFields.partial();

export const consultationListQuerySchema = listQueryBase.extend({
  view: z.enum(CONSULTATION_VIEWS).default('all'),
  bodyId: uuidSchema.optional(),
  method: z.enum(CONSULTATION_METHODS).optional(),
  status: z.enum(CONSULTATION_STATUSES).optional(),
  /** `deadline` sorts by the next deadline (a running silence procedure's expiry, or the consultation's deadline). */
  sort: z.enum(['updatedAt', '-updatedAt', 'deadline', '-deadline']).default('-updatedAt'),
});

const bodyRef = z.object({ id: z.string(), names: namesOutSchema, acronym: z.string().nullable() });

export const silenceProcedureSchema = z.object({
  id: z.string(),
  versionId: z.string(),
  versionNumber: z.number().int(),
  status: z.enum(SILENCE_STATUSES),
  expiresAt: outInstant,
  timeZone: z.string(),
  launchedAt: outInstant,
  launchedBy: z.string().nullable(),
  /** Earlier expiries, oldest first, kept when the chair extends. */
  deadlines: z.array(z.object({ expiresAt: outInstant, changedAt: outInstant, changedBy: z.string().nullable(), reason: z.string().nullable() })),
  outcomeAt: outInstant.nullable(),
  brokenByParty: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
});
export type SilenceProcedure = z.infer<typeof silenceProcedureSchema>;

/** The viewer's own delegation's standing on a consultation (for delegates; null for others). */
export const myPartySchema = z.object({
  partyCode: z.string(),
  onList: z.boolean(),
  position: z.enum(POSITION_KINDS).nullable(),
  /** For a reservation: general or scrutiny. */
  reservationKind: z.enum(RESERVATION_KINDS).nullable(),
  /** May the viewer set their party's position now (open, on the list, before the deadline)? */
  canRespond: z.boolean(),
});

export const consultationSchema = recordMetaSchema.extend({
  bodyId: z.string().nullable(),
  body: bodyRef.nullable(),
  title: z.string(),
  titleRu: z.string().nullable(),
  reference: z.string().nullable(),
  method: z.enum(CONSULTATION_METHODS),
  status: z.enum(CONSULTATION_STATUSES),
  distribution: z.object({ parties: z.array(z.string()), organizations: z.array(z.string()) }),
  deadline: outInstant.nullable(),
  timeZone: z.string(),
  positionsVisibility: z.enum(POSITIONS_VISIBILITY),
  chairUserIds: z.array(z.string()),
  /** The latest circulated version, if any. */
  currentVersion: z.object({ id: z.string(), number: z.number().int(), circulatedAt: outInstant.nullable() }).nullable(),
  /** The running silence procedure, or the latest one. */
  silence: silenceProcedureSchema.nullable(),
  /** The instant positions close: a running procedure's expiry, else the deadline while open. */
  closesAt: outInstant.nullable(),
  outcomeAt: outInstant.nullable(),
  /** What was decided, as facts. */
  outcome: outcomeFactsSchema.nullable(),
  /** The same, in a sentence in the reader's language. */
  outcomeNote: z.string().nullable(),
  outcomeVersionId: z.string().nullable(),
  decisionId: z.string().nullable(),
  decisionCode: z.string().nullable(),
  /** Count of parties on the list by current position (`none` for no position yet), as far as the viewer may see positions. */
  tally: z.record(z.string(), z.number().int()),
  myParty: myPartySchema.nullable(),
  /** What the viewer may do beyond editing: circulate a version, launch / extend / withdraw silence, withdraw the consultation. */
  can: z.object({ circulate: z.boolean(), launchSilence: z.boolean(), manageSilence: z.boolean(), withdraw: z.boolean(), comment: z.boolean(), missionNote: z.boolean() }),
  provenance: provenanceSchema.nullable(),
  sourceUrl: z.string().nullable(),
});
export type Consultation = z.infer<typeof consultationSchema>;
export const consultationListSchema = listResponse(consultationSchema);

/** Withdrawing a consultation altogether (not only a silence procedure). */
export const consultationWithdrawSchema = z.object({ reason: optionalText(2000) });

// ---------- versions ----------
export const versionSchema = z.object({
  id: z.string(),
  consultationId: z.string(),
  number: z.number().int(),
  content: z.string(),
  note: z.string().nullable(),
  circulatedAt: outInstant.nullable(),
  circulatedBy: z.string().nullable(),
  createdAt: outInstant,
  updatedAt: outInstant,
  /** Delegations that have opened it (mission sees all; a delegate sees per the positions visibility). */
  acknowledgements: z.array(z.object({ partyCode: z.string(), at: outInstant, userLabel: z.string() })),
});
export type ConsultationVersion = z.infer<typeof versionSchema>;
export const versionListSchema = z.object({ items: z.array(versionSchema.omit({ content: true, acknowledgements: true })) });
/** A new draft version (copying the latest one when `content` is not sent). */
export const versionInputSchema = z.object({ content: contentSchema.optional(), note: optionalText(500) });
/** Editing a draft version; a circulated one is refused (409). */
export const versionUpdateSchema = z.object({ content: contentSchema.optional(), note: optionalText(500) });

/** Word-level redline between two versions of the text, as plain-text segments. */
export const redlineQuerySchema = z.object({ from: uuidSchema, to: uuidSchema });
export const redlineSchema = z.object({
  from: z.object({ id: z.string(), number: z.number().int() }),
  to: z.object({ id: z.string(), number: z.number().int() }),
  segments: z.array(z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() })),
  inserted: z.number().int(),
  deleted: z.number().int(),
});
export type Redline = z.infer<typeof redlineSchema>;

// ---------- positions ----------
export const positionInputSchema = z
  .object({
    kind: z.enum(POSITION_KINDS, { error: 'Choose a position' }),
    reservationKind: z.enum(RESERVATION_KINDS).nullish(),
    /** The reservation, the reason for objecting, or the proposed text of an amendment. */
    text: optionalText(20_000),
    /** The version the position is on; the latest circulated one when not sent. */
    versionId: uuidSchema.optional(),
    /** Mission staff recording a position on a delegation's behalf (e.g. given by note verbale); delegates always set their own party's. */
    partyCode: partyCodeSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'reservation' && !v.text) ctx.addIssue({ code: 'custom', path: ['text'], message: 'Give the text of the reservation' });
    if (v.kind === 'reservation' && !v.reservationKind) ctx.addIssue({ code: 'custom', path: ['reservationKind'], message: 'Say whether it is a general or a scrutiny reservation' });
    if (v.kind === 'objection' && !v.text) ctx.addIssue({ code: 'custom', path: ['text'], message: 'Give the reason for the objection' });
    if (v.kind === 'amendment' && !v.text) ctx.addIssue({ code: 'custom', path: ['text'], message: 'Give the proposed text of the amendment' });
  });


export const positionSchema = z.object({
  id: z.string(),
  partyCode: z.string(),
  versionId: z.string(),
  versionNumber: z.number().int(),
  kind: z.enum(POSITION_KINDS),
  reservationKind: z.enum(RESERVATION_KINDS).nullable(),
  text: z.string().nullable(),
  /** Who recorded it: the delegate, or a member of the mission. */
  recordedByLabel: z.string(),
  /** True when the mission recorded it on the delegation's behalf (e.g. from a note verbale). */
  recordedByMission: z.boolean(),
  recordedAt: outInstant,
  /** True for the party's current position. */
  current: z.boolean(),
  /** True when this position broke a silence procedure. */
  brokeSilence: z.boolean(),
});
export type Position = z.infer<typeof positionSchema>;
/** The positions panel: one row per party on the list (current position, or null), and the history the viewer may see. */
export const positionsSchema = z.object({
  parties: z.array(z.object({ partyCode: z.string(), current: positionSchema.nullable(), acknowledgedAt: outInstant.nullable(), hidden: z.boolean() })),
  history: z.array(positionSchema),
});

// ---------- silence procedure ----------
export const silenceLaunchSchema = z.object({
  versionId: uuidSchema.optional(),
  expiresAt: instant,
  timeZone: timeZone.default('Asia/Jakarta'),
});
export const silenceExtendSchema = z.object({ expiresAt: instant, reason: optionalText(2000) });
export const silenceWithdrawSchema = z.object({ reason: optionalText(2000) });
/** One endpoint for the chair's three acts: `POST /api/consultations/{id}/silence` with an `action`. */
export const silenceActionSchema = z.discriminatedUnion('action', [
  silenceLaunchSchema.extend({ action: z.literal('launch') }),
  silenceExtendSchema.extend({ action: z.literal('extend') }),
  silenceWithdrawSchema.extend({ action: z.literal('withdraw') }),
]);

// ---------- timeline ----------
export const TIMELINE_KINDS = [
  'created',
  'circulated',
  'acknowledged',
  'position',
  'silence_launched',
  'silence_extended',
  'silence_withdrawn',
  'silence_broken',
  'adopted',
  'not_adopted',
  'lapsed',
  'closed',
  'withdrawn',
] as const;
export const timelineSchema = z.object({
  items: z.array(
    z.object({
      at: outInstant,
      kind: z.enum(TIMELINE_KINDS),
      partyCode: z.string().nullable(),
      actorLabel: z.string().nullable(),
      /** Position kind, version number, old → new expiry: whatever the entry needs. */
      detail: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    }),
  ),
});

// ---------- thread ----------
export const commentInputSchema = z.object({
  body: requiredText(8000, 'Write a comment'),
  versionId: uuidSchema.nullish(),
  /** Mission staff only: never shown to delegations. */
  missionOnly: z.boolean().default(false),
  /** Users to notify; each must be able to see the comment. */
  mentions: z.array(uuidSchema).max(20).default([]),
});
export const commentSchema = z.object({
  id: z.string(),
  versionId: z.string().nullable(),
  missionOnly: z.boolean(),
  body: z.string(),
  mentions: z.array(z.object({ id: z.string(), displayName: z.string() })),
  authorId: z.string().nullable(),
  authorLabel: z.string(),
  authorPartyCode: z.string().nullable(),
  createdAt: outInstant,
});
export const commentListQuerySchema = z.object({ versionId: uuidSchema.optional(), limit: z.coerce.number().int().min(1).max(200).default(100), cursor: z.string().max(500).optional() });
export const commentListSchema = listResponse(commentSchema);
/** People who may be mentioned: those who can see the consultation. */
export const mentionCandidatesSchema = z.object({ items: z.array(z.object({ id: z.string(), displayName: z.string(), partyCode: z.string().nullable() })) });

// ---------- matrix ----------
export const matrixQuerySchema = z.object({
  view: z.enum(['open', 'closing_soon', 'decided', 'all']).default('open'),
  bodyId: uuidSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export const matrixSchema = z.object({
  parties: z.array(z.string()),
  rows: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      reference: z.string().nullable(),
      method: z.enum(CONSULTATION_METHODS),
      status: z.enum(CONSULTATION_STATUSES),
      closesAt: outInstant.nullable(),
      /** Party code → current position; `none` when on the list without a position, `hidden` when the viewer may not see it; absent when not on the list. */
      cells: z.record(z.string(), z.union([z.enum(POSITION_KINDS), z.literal('none'), z.literal('hidden')])),
    }),
  ),
});
