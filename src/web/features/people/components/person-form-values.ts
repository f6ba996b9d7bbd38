// A person form's values: their start, their checks and the request body.
import type { TFunction } from 'i18next';
import type { Classification } from '../../../../shared/common.ts';
import { type Person, personInputSchema } from '../../../../shared/directory.ts';
import { type AccessValues, accessPayload, initialAccess, validateAccess } from '../../../components/form/access.ts';
import type { Provenance } from '../../../components/form/SourceFields.tsx';
import { type FieldErrors, orNull, validateWith } from '../../../lib/form.ts';
import { organizationLabel } from '../../../lib/names.ts';
import { newRowKey } from '../../../lib/row-key.ts';

export interface PostRow {
  key: string;
  organizationId: string | null;
  /** The organisation's name as the record gave it, so the select can show it at once. */
  organizationLabel: string | null;
  title: string;
  fromDate: string;
  toDate: string;
}

export interface PersonFormValues {
  fullName: string;
  nameLatin: string;
  nameRu: string;
  honorific: string;
  email: string;
  phone: string;
  languages: string[];
  notes: string;
  posts: PostRow[];
  provenance: Provenance | null;
  sourceUrl: string;
  access: AccessValues;
}

export const emptyPost = (): PostRow => ({ key: newRowKey(), organizationId: null, organizationLabel: null, title: '', fromDate: '', toDate: '' });

export function personFormValues(allowed: readonly Classification[], language: string, person?: Person): PersonFormValues {
  return {
    fullName: person?.fullName ?? '',
    nameLatin: person?.nameLatin ?? '',
    nameRu: person?.nameRu ?? '',
    honorific: person?.honorific ?? '',
    email: person?.email ?? '',
    phone: person?.phone ?? '',
    languages: person?.languages ?? [],
    notes: person?.notes ?? '',
    posts: (person?.posts ?? []).map((p) => ({
      key: p.id,
      organizationId: p.organizationId,
      organizationLabel: organizationLabel(p.organization, language),
      title: p.title,
      fromDate: p.fromDate ?? '',
      toDate: p.toDate ?? '',
    })),
    provenance: person?.provenance ?? null,
    sourceUrl: person?.sourceUrl ?? '',
    access: initialAccess(allowed, person),
  };
}

export function personPayload(values: PersonFormValues, withAccess: boolean) {
  return {
    fullName: values.fullName.trim(),
    nameLatin: orNull(values.nameLatin),
    nameRu: orNull(values.nameRu),
    honorific: orNull(values.honorific),
    email: orNull(values.email),
    phone: orNull(values.phone),
    languages: values.languages.map((l) => l.trim()).filter(Boolean),
    notes: orNull(values.notes),
    posts: values.posts.map((p) => ({
      organizationId: p.organizationId ?? '',
      title: p.title.trim(),
      fromDate: p.fromDate || null,
      toDate: p.toDate || null,
    })),
    provenance: values.provenance,
    sourceUrl: orNull(values.sourceUrl),
    ...(withAccess ? accessPayload(values.access) : {}),
  };
}

export function validatePerson(values: PersonFormValues, withAccess: boolean, t: TFunction): FieldErrors {
  const errors: FieldErrors = {
    ...validateWith(personInputSchema, personPayload(values, withAccess), t),
    ...(withAccess ? validateAccess(values.access, t) : {}),
  };
  values.posts.forEach((post, i) => {
    if (!post.organizationId) errors[`posts.${i}.organizationId`] = t('people.posts.chooseOrganization');
    if (post.fromDate && post.toDate && post.toDate < post.fromDate) errors[`posts.${i}.toDate`] = t('common.validation.endBeforeStart');
  });
  return errors;
}
