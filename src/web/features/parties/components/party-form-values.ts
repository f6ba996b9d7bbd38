// A party form's values: their start, their checks and the request body.
import type { TFunction } from 'i18next';
import type { Classification } from '../../../../shared/common.ts';
import { type PARTY_KINDS, type Party, partyInputSchema } from '../../../../shared/directory.ts';
import { type AccessValues, accessPayload, initialAccess, validateAccess } from '../../../components/form/access.ts';
import { type NamesValues, namesPayload, namesValues } from '../../../components/form/names.ts';
import type { Provenance } from '../../../components/form/SourceFields.tsx';
import { type FieldErrors, orNull, validateWith } from '../../../lib/form.ts';

export interface PartyFormValues {
  code: string;
  alpha3: string;
  numericCode: string;
  names: NamesValues;
  kind: (typeof PARTY_KINDS)[number] | null;
  isOwn: boolean;
  officialLanguages: string[];
  memberFrom: string;
  memberTo: string;
  observerFrom: string;
  partnerSince: string;
  notes: string;
  provenance: Provenance | null;
  sourceUrl: string;
  access: AccessValues;
}

export function partyFormValues(allowed: readonly Classification[], party?: Party): PartyFormValues {
  return {
    code: party?.code ?? '',
    alpha3: party?.alpha3 ?? '',
    numericCode: party?.numericCode ?? '',
    names: namesValues(party?.names),
    kind: party?.kind ?? null,
    isOwn: party?.isOwn ?? false,
    officialLanguages: party?.officialLanguages ?? [],
    memberFrom: party?.memberFrom ?? '',
    memberTo: party?.memberTo ?? '',
    observerFrom: party?.observerFrom ?? '',
    partnerSince: party?.partnerSince ?? '',
    notes: party?.notes ?? '',
    provenance: party?.provenance ?? null,
    sourceUrl: party?.sourceUrl ?? '',
    access: initialAccess(allowed, party),
  };
}

export function partyPayload(values: PartyFormValues, withAccess: boolean) {
  return {
    code: values.code.trim().toUpperCase(),
    alpha3: orNull(values.alpha3.toUpperCase()),
    numericCode: orNull(values.numericCode),
    names: namesPayload(values.names),
    // Checked before sending: the schema names the problem when it is missing.
    kind: values.kind as (typeof PARTY_KINDS)[number],
    isOwn: values.isOwn,
    officialLanguages: values.officialLanguages.map((l) => l.trim()).filter(Boolean),
    memberFrom: values.memberFrom || null,
    memberTo: values.memberTo || null,
    observerFrom: values.observerFrom || null,
    partnerSince: values.partnerSince || null,
    notes: orNull(values.notes),
    provenance: values.provenance,
    sourceUrl: orNull(values.sourceUrl),
    ...(withAccess ? accessPayload(values.access) : {}),
  };
}

export function validateParty(values: PartyFormValues, withAccess: boolean, t: TFunction): FieldErrors {
  const errors: FieldErrors = {
    ...validateWith(partyInputSchema, partyPayload(values, withAccess), t),
    ...(withAccess ? validateAccess(values.access, t) : {}),
  };
  if (!values.kind) errors.kind = t('parties.form.chooseKind');
  if (values.memberFrom && values.memberTo && values.memberTo < values.memberFrom) errors.memberTo = t('common.validation.endBeforeStart');
  return errors;
}
