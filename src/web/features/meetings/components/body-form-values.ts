// A body form's values: their start, their checks and the request body.
import type { TFunction } from 'i18next';
import type { Classification } from '../../../../shared/common.ts';
import { type BODY_KINDS, bodyInputSchema } from '../../../../shared/meetings.ts';
import { type AccessValues, accessPayload, initialAccess, validateAccess } from '../../../components/form/access.ts';
import { type NamesValues, namesPayload, namesValues } from '../../../components/form/names.ts';
import { type FieldErrors, orNull, validateWith } from '../../../lib/form.ts';
import type { Body } from '../api/types.ts';

export interface BodyFormValues {
  names: NamesValues;
  acronym: string;
  kind: (typeof BODY_KINDS)[number] | null;
  sectors: string[];
  parentId: string | null;
  memberParties: string[];
  cadenceMonths: number | string;
  dueSoonDays: number | string;
  rotationOrder: string[];
  decisionPrefix: string;
  notes: string;
  access: AccessValues;
}

export function bodyFormValues(allowed: readonly Classification[], body?: Body): BodyFormValues {
  return {
    names: namesValues(body?.names),
    acronym: body?.acronym ?? '',
    kind: body?.kind ?? null,
    sectors: body?.sectors ?? [],
    parentId: body?.parentId ?? null,
    memberParties: body?.memberParties ?? [],
    cadenceMonths: body?.cadenceMonths ?? '',
    dueSoonDays: body?.dueSoonDays ?? 60,
    rotationOrder: body?.rotationOrder ?? [],
    decisionPrefix: body?.decisionPrefix ?? '',
    notes: body?.notes ?? '',
    access: initialAccess(allowed, body),
  };
}

const num = (v: number | string): number | null => (v === '' || v === null ? null : Number(v));

export function bodyPayload(values: BodyFormValues, withAccess: boolean) {
  return {
    names: namesPayload(values.names),
    acronym: orNull(values.acronym),
    kind: values.kind as (typeof BODY_KINDS)[number],
    sectors: values.sectors.map((s) => s.trim().toLowerCase()).filter(Boolean),
    parentId: values.parentId,
    memberParties: values.memberParties,
    cadenceMonths: num(values.cadenceMonths),
    dueSoonDays: num(values.dueSoonDays) ?? 60,
    rotationOrder: values.rotationOrder,
    decisionPrefix: orNull(values.decisionPrefix),
    notes: orNull(values.notes),
    ...(withAccess ? accessPayload(values.access) : {}),
  };
}

export function validateBody(values: BodyFormValues, withAccess: boolean, t: TFunction): FieldErrors {
  const errors = validateWith(bodyInputSchema, bodyPayload(values, withAccess), t);
  if (!values.kind) errors.kind = t('meetings.bodies.form.chooseKind');
  return { ...errors, ...(withAccess ? validateAccess(values.access, t) : {}) };
}
