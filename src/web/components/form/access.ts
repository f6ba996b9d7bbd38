// The access part of a form's values: its start for a new or existing record, its request fields and its checks.
import type { TFunction } from 'i18next';
import type { Classification } from '../../../shared/common.ts';
import type { FieldErrors } from '../../lib/form.ts';

/** The access part of every directory form. */
export interface AccessValues {
  classification: Classification;
  sharedParties: string[];
  sharedOrganizations: string[];
  restrictedTo: string[];
}

interface AccessRecord {
  classification: Classification;
  sharedWith: { parties: string[]; organizations: string[] };
  restrictedTo: string[];
}

/** A new record starts as `mission` (the safe default) when the user may choose it. */
export function initialAccess(allowed: readonly Classification[], record?: AccessRecord): AccessValues {
  if (record)
    return {
      classification: record.classification,
      sharedParties: record.sharedWith.parties,
      sharedOrganizations: record.sharedWith.organizations,
      restrictedTo: record.restrictedTo,
    };
  const classification = allowed.includes('mission') ? 'mission' : (allowed[0] ?? 'mission');
  return { classification, sharedParties: [], sharedOrganizations: [], restrictedTo: [] };
}

export function accessPayload(values: AccessValues) {
  return {
    classification: values.classification,
    sharedWith:
      values.classification === 'shared' ? { parties: values.sharedParties, organizations: values.sharedOrganizations } : { parties: [], organizations: [] },
    restrictedTo: values.classification === 'restricted' ? values.restrictedTo : [],
  };
}

export function validateAccess(values: AccessValues, t: TFunction): FieldErrors {
  if (values.classification === 'shared' && values.sharedParties.length === 0 && values.sharedOrganizations.length === 0)
    return { 'sharedWith.parties': t('common.classification.chooseSharing') };
  return {};
}
