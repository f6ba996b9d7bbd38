import { Fieldset, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ORGANIZATION_KINDS, type Organization } from '../../../../shared/directory.ts';
import { ClassificationFields } from '../../../components/form/ClassificationFields.tsx';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { FormActions } from '../../../components/form/FormActions.tsx';
import { SourceFields } from '../../../components/form/SourceFields.tsx';
import { OrganizationSelect } from '../../../components/pickers/OrganizationSelect.tsx';
import { PartySelect } from '../../../components/pickers/PartySelect.tsx';
import { useMe } from '../../../lib/auth.ts';
import { errorFor, fieldId, useForm } from '../../../lib/form.ts';
import { organizationLabel } from '../../../lib/names.ts';
import { organizationFormValues, organizationPayload, validateOrganization } from './organization-form-values.ts';
import { requiredField } from '../../../components/form/required.ts';

const FORM_ID = 'organization';

interface OrganizationFormProps {
  organization?: Organization;
  onSubmit: (payload: ReturnType<typeof organizationPayload>) => Promise<void>;
  onCancel: () => void;
}

export function OrganizationForm({ organization, onSubmit, onCancel }: OrganizationFormProps) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const allowed = me?.abilities.classifications ?? [];
  const withAccess = organization ? organization.abilities.classify : allowed.length > 0;
  const form = useForm({
    initialValues: organizationFormValues(allowed, organization),
    validate: (values) => validateOrganization(values, withAccess, t),
    t,
  });
  const { values, setValue, errors } = form;
  const id = (path: string) => fieldId(FORM_ID, path);
  const text = (key: 'nameEn' | 'nameRu' | 'nameLocal' | 'acronym' | 'website' | 'address') => ({
    id: id(key),
    value: values[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValue(key, e.currentTarget.value),
    error: errorFor(errors, key),
  });

  return (
    <form onSubmit={form.handleSubmit((v) => onSubmit(organizationPayload(v, withAccess)))} noValidate>
      <Stack gap="lg" maw={760}>
        <ErrorSummary ref={form.summaryRef} formId={FORM_ID} errors={errors} formError={form.formError} />
        <Fieldset legend={t('organizations.form.names')} variant="filled">
          <Stack gap="md">
            <TextInput label={t('organizations.fields.nameEn')} description={t('organizations.form.nameEnHint')} {...requiredField} lang="en" {...text('nameEn')} />
            <TextInput label={t('organizations.fields.nameRu')} lang="ru" {...text('nameRu')} />
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
              data={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`organizationKinds.${k}`) }))}
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
        <SourceFields
          formId={FORM_ID}
          provenance={values.provenance}
          sourceUrl={values.sourceUrl}
          onProvenanceChange={(v) => setValue('provenance', v)}
          onSourceUrlChange={(v) => setValue('sourceUrl', v)}
          errors={errors}
        />
        {withAccess && (
          <ClassificationFields formId={FORM_ID} value={values.access} onChange={(v) => setValue('access', v)} errors={errors} options={allowed} />
        )}
        <FormActions submitting={form.submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
