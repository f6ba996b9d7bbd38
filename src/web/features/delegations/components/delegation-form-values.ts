// A delegation form's values: their start, their checks and the request body.
import type { TFunction } from 'i18next';
import type { Classification } from '../../../../shared/common.ts';
import { type Delegation, delegationInputSchema } from '../../../../shared/directory.ts';
import { type AccessValues, accessPayload, initialAccess, validateAccess } from '../../../components/form/access.ts';
import { type NamesValues, namesPayload, namesValues } from '../../../components/form/names.ts';
import type { Provenance } from '../../../components/form/SourceFields.tsx';
import { type FieldErrors, orNull, validateWith } from '../../../lib/form.ts';
import { personLabel } from '../../../lib/names.ts';
import { newRowKey } from '../../../lib/row-key.ts';

export interface MemberRow {
  key: string;
  personId: string | null;
  personLabel: string | null;
  title: string;
  fromDate: string;
  toDate: string;
}

export interface DelegationFormValues {
  partyCode: string | null;
  names: NamesValues;
  organizationId: string | null;
  headPersonId: string | null;
  headLabel: string | null;
  members: MemberRow[];
  provenance: Provenance | null;
  sourceUrl: string;
  access: AccessValues;
}

export const emptyMember = (): MemberRow => ({ key: newRowKey(), personId: null, personLabel: null, title: '', fromDate: '', toDate: '' });

export function delegationFormValues(allowed: readonly Classification[], delegation?: Delegation): DelegationFormValues {
  return {
    partyCode: delegation?.partyCode ?? null,
    names: namesValues(delegation?.names),
    organizationId: delegation?.organizationId ?? null,
    headPersonId: delegation?.headPersonId ?? null,
    headLabel: delegation?.head ? personLabel(delegation.head) : null,
    members: (delegation?.members ?? []).map((m) => ({
      key: m.id,
      personId: m.person.id,
      personLabel: personLabel(m.person),
      title: m.title ?? '',
      fromDate: m.fromDate ?? '',
      toDate: m.toDate ?? '',
    })),
    provenance: delegation?.provenance ?? null,
    sourceUrl: delegation?.sourceUrl ?? '',
    access: initialAccess(allowed, delegation),
  };
}

export function delegationPayload(values: DelegationFormValues, withAccess: boolean) {
  return {
    partyCode: values.partyCode ?? '',
    names: namesPayload(values.names),
    organizationId: values.organizationId,
    headPersonId: values.headPersonId,
    members: values.members.map((m) => ({
      personId: m.personId ?? '',
      title: orNull(m.title),
      fromDate: m.fromDate || null,
      toDate: m.toDate || null,
    })),
    provenance: values.provenance,
    sourceUrl: orNull(values.sourceUrl),
    ...(withAccess ? accessPayload(values.access) : {}),
  };
}

export function validateDelegation(values: DelegationFormValues, withAccess: boolean, t: TFunction): FieldErrors {
  const errors: FieldErrors = {
    ...validateWith(delegationInputSchema, delegationPayload(values, withAccess), t),
    ...(withAccess ? validateAccess(values.access, t) : {}),
  };
  if (!values.partyCode) errors.partyCode = t('delegations.form.chooseParty');
  values.members.forEach((m, i) => {
    if (!m.personId) errors[`members.${i}.personId`] = t('delegations.form.choosePerson');
    if (m.fromDate && m.toDate && m.toDate < m.fromDate) errors[`members.${i}.toDate`] = t('common.validation.endBeforeStart');
  });
  const seen = new Set<string>();
  values.members.forEach((m, i) => {
    if (m.personId && seen.has(m.personId)) errors[`members.${i}.personId`] = t('delegations.form.duplicateMember');
    if (m.personId) seen.add(m.personId);
  });
  return errors;
}
