// An initiative form's values: their start, their checks and the request body.
import type { TFunction } from 'i18next';
import type { Classification } from '../../../../shared/common.ts';
import { initiativeInputSchema } from '../../../../shared/initiatives.ts';
import { type AccessValues, accessPayload, initialAccess, validateAccess } from '../../../components/form/access.ts';
import { type FieldErrors, orNull, validateWith } from '../../../lib/form.ts';
import type { Initiative } from '../api/types.ts';

export interface DacRow {
  /** Tells the rows apart while they are edited. */
  key: string;
  code: string | null;
  percentage: number | string;
}

export interface InitiativeFormValues {
  titleEn: string;
  titleRu: string;
  description: string;
  objectives: string;
  proposalCode: string;
  sectors: string[];
  dacSectors: DacRow[];
  fundId: string | null;
  sponsoringBodyId: string | null;
  currency: string;
  memberParties: string[];
  plannedStart: string;
  plannedEnd: string;
  iatiPublish: boolean;
  access: AccessValues;
}

export function initiativeFormValues(allowed: readonly Classification[], i?: Initiative): InitiativeFormValues {
  return {
    titleEn: i?.titleEn ?? '',
    titleRu: i?.titleRu ?? '',
    description: i?.description ?? '',
    objectives: i?.objectives ?? '',
    proposalCode: i?.proposalCode ?? '',
    sectors: i?.sectors ?? [],
    dacSectors: i?.dacSectors.map((s) => ({ key: s.code, code: s.code, percentage: s.percentage })) ?? [],
    fundId: i?.fundId ?? null,
    sponsoringBodyId: i?.sponsoringBodyId ?? null,
    currency: i?.currency ?? 'USD',
    memberParties: i?.memberParties ?? [],
    plannedStart: i?.plannedStart ?? '',
    plannedEnd: i?.plannedEnd ?? '',
    iatiPublish: i?.iatiPublish ?? false,
    access: initialAccess(allowed, i),
  };
}

export function initiativePayload(values: InitiativeFormValues, withAccess: boolean) {
  return {
    titleEn: values.titleEn.trim(),
    titleRu: orNull(values.titleRu),
    description: orNull(values.description),
    objectives: orNull(values.objectives),
    proposalCode: orNull(values.proposalCode),
    sectors: values.sectors,
    dacSectors: values.dacSectors.filter((r) => r.code).map((r) => ({ code: r.code as string, percentage: Number(r.percentage) })),
    fundId: values.fundId,
    sponsoringBodyId: values.sponsoringBodyId,
    currency: values.currency,
    memberParties: values.memberParties,
    plannedStart: orNull(values.plannedStart),
    plannedEnd: orNull(values.plannedEnd),
    iatiPublish: values.iatiPublish,
    ...(withAccess ? accessPayload(values.access) : {}),
  };
}

export function validateInitiative(values: InitiativeFormValues, withAccess: boolean, t: TFunction): FieldErrors {
  const errors = validateWith(initiativeInputSchema, initiativePayload(values, withAccess), t);
  return { ...errors, ...(withAccess ? validateAccess(values.access, t) : {}) };
}
