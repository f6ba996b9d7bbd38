// The form of an organisation: names, kind, country, parent, web address and postal address, source and classification.
import { Fieldset, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ORGANIZATION_KINDS, type Organization } from '../../../../shared/directory.ts';
import { OrganizationSelect } from '../../../components/pickers/OrganizationSelect.tsx';
import { PartySelect } from '../../../components/pickers/PartySelect.tsx';
import { errorFor } from '../../../lib/form.ts';
import { organizationLabel } from '../../../lib/names.ts';
import { type OrganizationFormValues, organizationFormValues, organizationPayload, validateOrganization } from './organization-form-values.ts';
import { NamesFields } from '../../../components/form/NamesFields.tsx';
import { requiredField } from '../../../components/form/required.ts';
import { RecordForm, useRecordForm } from '../../../components/form/RecordForm.tsx';

interface OrganizationFormProps {
  organization?: Organization;
  onSubmit: (payload: ReturnType<typeof organizationPayload>) => Promise<void>;
  onCancel: () => void;
}

export function OrganizationForm({ organization, onSubmit, onCancel }: OrganizationFormProps) {
  const { t, i18n } = useTranslation();
  const form = useRecordForm<OrganizationFormValues, Organization>({
    formId: 'organization',
    record: organization,
    initialValues: organizationFormValues,
    validate: (values, withAccess) => validateOrganization(values, withAccess, t),
  });
  const { values, setValue, errors, id, text } = form;

  return (
    <RecordForm form={form} onSubmit={(v) => onSubmit(organizationPayload(v, form.withAccess))} onCancel={onCancel} source>
      <Fieldset legend={t('organizations.form.names')} variant="filled">
        <Stack gap="md">
          <NamesFields
            formId={form.formId}
            value={values.names}
            onChange={(v) => setValue('names', v)}
            errors={errors}
            labels={{ en: t('organizations.fields.nameEn'), ru: t('organizations.fields.nameRu'), enHint: t('organizations.form.nameEnHint') }}
          />
          <TextInput label={t('organizations.fields.nameLocal')} description={t('organizations.form.nameLocalHint')} {...text('nameLocal')} />
          <TextInput label={t('organizations.fields.acronym')} description={t('organizations.form.acronymHint')} maw={240} {...text('acronym')} />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('organizations.form.about')} variant="filled">
        <Stack gap="md">
          <Select
            id={id('kind')}
            label={t('organizations.fields.kind')}
            {...requiredField}
            data={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`common.organizationKinds.${k}`) }))}
            value={values.kind}
            onChange={(v) => setValue('kind', v as (typeof ORGANIZATION_KINDS)[number] | null)}
            error={errorFor(errors, 'kind')}
            maw={420}
          />
          <PartySelect
            id={id('countryCode')}
            label={t('organizations.fields.country')}
            description={t('organizations.form.countryHint')}
            value={values.countryCode}
            onChange={(v) => setValue('countryCode', v)}
            error={errorFor(errors, 'countryCode')}
            maw={420}
          />
          <OrganizationSelect
            id={id('parentId')}
            label={t('organizations.fields.parent')}
            description={t('organizations.form.parentHint')}
            value={values.parentId}
            onChange={(v) => setValue('parentId', v)}
            knownOptions={organization?.parent ? [{ value: organization.parent.id, label: organizationLabel(organization.parent, i18n.language) }] : []}
            error={errorFor(errors, 'parentId')}
          />
          <TextInput label={t('organizations.fields.website')} description={t('organizations.form.websiteHint')} type="url" inputMode="url" {...text('website')} />
          <Textarea label={t('organizations.fields.address')} autosize minRows={2} {...text('address')} />
        </Stack>
      </Fieldset>
    </RecordForm>
  );
}
