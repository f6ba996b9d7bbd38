// A correspondence form's values: their start, their checks and the request body.
import type { TFunction } from 'i18next';
import { type CorrespondenceKind, type Direction, correspondenceInputSchema } from '../../../../shared/correspondence.ts';
import { type FieldErrors, orNull, validateWith } from '../../../lib/form.ts';

export interface AddresseeRow {
  /** Tells the rows apart while they are edited. */
  key: string;
  organizationId: string | null;
  partyCode: string | null;
  email: string;
  title: string;
}

export interface CorrespondenceFormValues {
  direction: Direction;
  kind: CorrespondenceKind;
  templateId: string | null;
  language: 'en' | 'ru';
  date: string;
  addressees: AddresseeRow[];
  senderOrganizationId: string | null;
  senderPartyCode: string | null;
  theirReference: string;
  subject: string;
  body: string;
  dueDate: string;
  /** Kept by the mission, or shared with the parties it is addressed to (their delegates then see it). */
  visibility: 'mission' | 'shared';
  /** An incoming note's scan (PDF or image), uploaded as a document when the item is registered. */
  scan: File | null;
}

export const emptyAddressee = (): AddresseeRow => ({ key: crypto.randomUUID(), organizationId: null, partyCode: null, email: '', title: '' });

export function correspondenceFormValues(): CorrespondenceFormValues {
  return {
    direction: 'outgoing',
    kind: 'note_verbale',
    templateId: null,
    language: 'en',
    date: new Date().toISOString().slice(0, 10),
    addressees: [emptyAddressee()],
    senderOrganizationId: null,
    senderPartyCode: null,
    theirReference: '',
    subject: '',
    body: '',
    dueDate: '',
    visibility: 'mission',
    scan: null,
  };
}

export function correspondencePayload(v: CorrespondenceFormValues) {
  const outgoing = v.direction === 'outgoing';
  return {
    direction: v.direction,
    kind: v.kind,
    templateId: outgoing ? v.templateId : null,
    language: v.language,
    date: v.date,
    addressees: outgoing
      ? v.addressees.filter((a) => a.organizationId).map((a) => ({ organizationId: a.organizationId as string, partyCode: a.partyCode, email: orNull(a.email), title: orNull(a.title) }))
      : [],
    senderOrganizationId: outgoing ? null : v.senderOrganizationId,
    senderPartyCode: outgoing ? null : v.senderPartyCode,
    theirReference: outgoing ? null : orNull(v.theirReference),
    subject: v.subject.trim(),
    body: v.body.replace(/<p><\/p>/g, '').trim() ? v.body : null,
    dueDate: orNull(v.dueDate),
    classification: v.visibility,
  };
}

export function validateCorrespondence(values: CorrespondenceFormValues, t: TFunction): FieldErrors {
  const errors = validateWith(correspondenceInputSchema, correspondencePayload(values), t);
  if (values.direction === 'outgoing' && !values.addressees.some((a) => a.organizationId)) errors.addressees ??= t('correspondence.form.addresseeRequired');
  if (values.direction === 'incoming' && !values.senderOrganizationId) errors.senderOrganizationId ??= t('correspondence.form.senderRequired');
  return errors;
}
