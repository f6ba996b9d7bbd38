// Who may see a document: as its record, or stricter (shared with fewer, restricted to named people).
import { Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CLASSIFICATIONS, type Classification } from '../../../../shared/common.ts';
import { OrganizationMultiSelect } from '../../../components/pickers/OrganizationSelect.tsx';
import { PartyMultiSelect } from '../../../components/pickers/PartySelect.tsx';
import { UserMultiSelect } from '../../../components/pickers/UserMultiSelect.tsx';
import { requiredField } from '../../../components/form/required.ts';
import { useMe } from '../../../lib/auth.ts';
import { errorFor, type FieldErrors, fieldId } from '../../../lib/form.ts';
import { allowedForRecord } from './document-format.ts';

export interface DocumentAccess {
  classification: Classification;
  sharedParties: string[];
  sharedOrganizations: string[];
  restrictedTo: string[];
}

interface DocumentAccessFieldProps {
  formId: string;
  recordClassification: Classification;
  value: DocumentAccess;
  onChange: (next: DocumentAccess) => void;
  errors: FieldErrors;
}

/** A document needs its own list of people only when it is stricter than its record in a way the record does not define. */
export const needsSharing = (doc: Classification, record: Classification) => doc === 'shared' && record !== 'shared';
export const needsRestriction = (doc: Classification, record: Classification) => doc === 'restricted' && record !== 'restricted';

/** The document's classification: the record's by default; looser ones are shown but cannot be chosen. */
export function DocumentAccessField({ formId, recordClassification, value, onChange, errors }: DocumentAccessFieldProps) {
  const { t } = useTranslation();
  const me = useMe();
  const allowed = allowedForRecord(recordClassification).filter((c) => me?.abilities.classifications.includes(c) ?? false);
  const set = (patch: Partial<DocumentAccess>) => onChange({ ...value, ...patch });
  const c = value.classification;
  const inherits = c === recordClassification && (c === 'shared' || c === 'restricted');

  return (
    <Stack gap="sm">
      <Select
        id={fieldId(formId, 'classification')}
        label={t('common.classification.field')}
        description={inherits ? t('documents.sameAsRecord') : t(`common.classification.hint.${c}`)}
        data={CLASSIFICATIONS.map((option) => ({
          value: option,
          label: allowed.includes(option) ? t(`common.classification.${option}`) : t('documents.looserOption', { name: t(`common.classification.${option}`) }),
          disabled: !allowed.includes(option),
        }))}
        value={c}
        onChange={(next) => next && set({ classification: next as Classification })}
        allowDeselect={false}
        error={errorFor(errors, 'classification')}
        {...requiredField}
        maw={420}
      />
      {needsSharing(c, recordClassification) && (
        <>
          <PartyMultiSelect
            id={fieldId(formId, 'sharedWith')}
            label={t('common.classification.sharedParties')}
            description={t('documents.sharedPartiesHint')}
            value={value.sharedParties}
            onChange={(sharedParties) => set({ sharedParties })}
            error={errorFor(errors, 'sharedWith')}
          />
          <OrganizationMultiSelect
            id={fieldId(formId, 'sharedOrganizations')}
            label={t('common.classification.sharedOrganizations')}
            description={t('common.classification.sharedOrganizationsHint')}
            value={value.sharedOrganizations}
            onChange={(sharedOrganizations) => set({ sharedOrganizations })}
            error={errorFor(errors, 'sharedOrganizations')}
          />
        </>
      )}
      {needsRestriction(c, recordClassification) &&
        (me?.abilities.manageUsers ? (
          <UserMultiSelect
            id={fieldId(formId, 'restrictedTo')}
            label={t('common.classification.restrictedTo')}
            description={t('documents.restrictedToHint')}
            value={value.restrictedTo}
            onChange={(restrictedTo) => set({ restrictedTo })}
            error={errorFor(errors, 'restrictedTo')}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('documents.restrictedNote')}
          </Text>
        ))}
    </Stack>
  );
}
