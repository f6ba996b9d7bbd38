// A consultation form's values: their start, their checks and the request bodies.
import type { TFunction } from 'i18next';
import type { ConsultationMethod } from '../../../../shared/consultations.ts';
import { type FieldErrors, orNull } from '../../../lib/form.ts';
import { DEFAULT_ZONE, instantToWallTime, wallTimeToInstant } from '../../../lib/zoned-time.ts';
import type { Consultation, ConsultationInput, ConsultationUpdate } from '../api/types.ts';

export interface ConsultationFormValues {
  bodyId: string | null;
  title: string;
  titleRu: string;
  reference: string;
  method: ConsultationMethod;
  parties: string[];
  organizations: string[];
  /** The deadline on the clocks of `timeZone` (comments and consensus). */
  deadline: string;
  timeZone: string;
  positionsVisibility: 'distribution' | 'mission';
  content: string;
}

export const emptyConsultation = (): ConsultationFormValues => ({
  bodyId: null,
  title: '',
  titleRu: '',
  reference: '',
  method: 'silence',
  parties: [],
  organizations: [],
  deadline: '',
  timeZone: DEFAULT_ZONE,
  positionsVisibility: 'distribution',
  content: '',
});

/** The form as it starts when editing a consultation. */
export const consultationValues = (c: Consultation): ConsultationFormValues => ({
  bodyId: c.bodyId,
  title: c.title,
  titleRu: c.titleRu ?? '',
  reference: c.reference ?? '',
  method: c.method,
  parties: c.distribution.parties,
  organizations: c.distribution.organizations,
  deadline: c.deadline ? instantToWallTime(c.deadline, c.timeZone) : '',
  timeZone: c.timeZone,
  positionsVisibility: c.positionsVisibility,
  content: '',
});

export function validateConsultation(v: ConsultationFormValues, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  if (!v.bodyId) errors.bodyId = t('consultations.form.errors.body');
  if (!v.title.trim()) errors.title = t('consultations.form.errors.title');
  if (v.parties.length === 0 && v.organizations.length === 0) errors['distribution.parties'] = t('consultations.form.errors.distribution');
  if (v.method !== 'silence' && v.deadline) {
    const instant = wallTimeToInstant(v.deadline, v.timeZone);
    if (!instant) errors.deadline = t('consultations.form.errors.deadlineFormat');
    else if (new Date(instant).getTime() <= Date.now()) errors.deadline = t('consultations.form.errors.deadlinePast');
  }
  return errors;
}

export function consultationPayload(v: ConsultationFormValues): ConsultationInput {
  return {
    bodyId: v.bodyId ?? '',
    title: v.title.trim(),
    titleRu: orNull(v.titleRu),
    reference: orNull(v.reference),
    method: v.method,
    distribution: { parties: v.parties, organizations: v.organizations },
    deadline: v.method !== 'silence' && v.deadline ? wallTimeToInstant(v.deadline, v.timeZone) : null,
    timeZone: v.timeZone,
    positionsVisibility: v.positionsVisibility,
    content: v.content === '<p></p>' ? '' : v.content,
  };
}

/** An edit sends the consultation's own fields; its text changes through versions. */
export function consultationUpdatePayload(v: ConsultationFormValues): ConsultationUpdate {
  const { content: _content, ...fields } = consultationPayload(v);
  return fields;
}
