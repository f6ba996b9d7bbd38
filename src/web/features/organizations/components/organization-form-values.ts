// An organisation form's values: their start, their checks and the request body.
import type { TFunction } from 'i18next';
import type { Classification } from '../../../../shared/common.ts';
import type { ORGANIZATION_KINDS, Organization } from '../../../../shared/directory.ts';
import { organizationInputSchema } from '../../../../shared/directory.ts';
import { type AccessValues, accessPayload, initialAccess, validateAccess } from '../../../components/form/access.ts';
import { type NamesValues, namesPayload, namesValues } from '../../../components/form/names.ts';
import type { Provenance } from '../../../components/form/SourceFields.tsx';
import { type FieldErrors, orNull, validateWith } from '../../../lib/form.ts';

export interface OrganizationFormValues {
  names: NamesValues;
  nameLocal: string;
  acronym: string;
  kind: (typeof ORGANIZATION_KINDS)[number] | null;
  countryCode: string | null;
  parentId: string | null;
  website: string;
  address: string;
  provenance: Provenance | null;
  sourceUrl: string;
  access: AccessValues;
}

export function organizationFormValues(allowed: readonly Classification[], org?: Organization): OrganizationFormValues {
  return {
    names: namesValues(org?.names),
    nameLocal: org?.nameLocal ?? '',
    acronym: org?.acronym ?? '',
    kind: org?.kind ?? null,
    countryCode: org?.countryCode ?? null,
    parentId: org?.parentId ?? null,
    website: org?.website ?? '',
    address: org?.address ?? '',
    provenance: org?.provenance ?? null,
    sourceUrl: org?.sourceUrl ?? '',
    access: initialAccess(allowed, org),
  };
}

/** The request body; access fields only when the user may classify. */
export function organizationPayload(values: OrganizationFormValues, withAccess: boolean) {
  return {
    names: namesPayload(values.names),
    nameLocal: orNull(values.nameLocal),
    acronym: orNull(values.acronym),
    // Checked before sending: the schema says "Choose the kind" when it is missing.
    kind: values.kind as (typeof ORGANIZATION_KINDS)[number],
    countryCode: values.countryCode,
    parentId: values.parentId,
    website: orNull(values.website),
    address: orNull(values.address),
    provenance: values.provenance,
    sourceUrl: orNull(values.sourceUrl),
    ...(withAccess ? accessPayload(values.access) : {}),
  } as const;
}

export function validateOrganization(values: OrganizationFormValues, withAccess: boolean, t: TFunction): FieldErrors {
  return {
    ...validateWith(organizationInputSchema, organizationPayload(values, withAccess), t),
    ...(withAccess ? validateAccess(values.access, t) : {}),
  };
}
