// The access fields of a form: classification, and whom the record is shared with or restricted to.
import { Fieldset, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Classification } from '../../../shared/common.ts';
import { useMe } from '../../lib/auth.ts';
import { errorFor, type FieldErrors, fieldId } from '../../lib/form.ts';
import { OrganizationMultiSelect } from '../pickers/OrganizationSelect.tsx';
import { PartyMultiSelect } from '../pickers/PartySelect.tsx';
import { UserMultiSelect } from '../pickers/UserMultiSelect.tsx';
import type { AccessValues } from './access.ts';
import { requiredField } from '../../components/form/required.ts';

interface ClassificationFieldsProps {
  formId: string;
  value: AccessValues;
  onChange: (next: AccessValues) => void;
  errors: FieldErrors;
  /** Classifications the user may give this record. */
  options: readonly Classification[];
}

/** Who may see the record: classification, and whom it is shared with or restricted to. */
export function ClassificationFields({ formId, value, onChange, errors, options }: ClassificationFieldsProps) {
  const { t } = useTranslation();
  const me = useMe();
  const set = (patch: Partial<AccessValues>) => onChange({ ...value, ...patch });
  const choices = options.includes(value.classification) ? options : [value.classification, ...options];

  return (
    <Fieldset legend={t('common.classification.legend')} variant="filled">
      <Stack gap="md">
        <Select
          id={fieldId(formId, 'classification')}
          label={t('common.classification.field')}
          description={t(`common.classification.hint.${value.classification}`)}
          data={choices.map((c) => ({ value: c, label: t(`common.classification.${c}`) }))}
          value={value.classification}
          onChange={(next) => next && set({ classification: next as Classification })}
          allowDeselect={false}
          error={errorFor(errors, 'classification')}
          {...requiredField}
          maw={420}
        />
        {value.classification === 'shared' && (
          <>
            <PartyMultiSelect
              id={fieldId(formId, 'sharedWith.parties')}
              label={t('common.classification.sharedParties')}
              description={t('common.classification.sharedPartiesHint')}
              value={value.sharedParties}
              onChange={(sharedParties) => set({ sharedParties })}
              error={errorFor(errors, 'sharedWith.parties') ?? errorFor(errors, 'sharedWith')}
            />
            <OrganizationMultiSelect
              id={fieldId(formId, 'sharedWith.organizations')}
              label={t('common.classification.sharedOrganizations')}
              description={t('common.classification.sharedOrganizationsHint')}
              value={value.sharedOrganizations}
              onChange={(sharedOrganizations) => set({ sharedOrganizations })}
              error={errorFor(errors, 'sharedWith.organizations')}
            />
          </>
        )}
        {value.classification === 'restricted' &&
          (me?.abilities.manageUsers ? (
            <UserMultiSelect
              id={fieldId(formId, 'restrictedTo')}
              label={t('common.classification.restrictedTo')}
              description={t('common.classification.restrictedToHint')}
              value={value.restrictedTo}
              onChange={(restrictedTo) => set({ restrictedTo })}
              error={errorFor(errors, 'restrictedTo')}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('common.classification.restrictedNote')}
            </Text>
          ))}
      </Stack>
    </Fieldset>
  );
}
