import { Fieldset, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Delegation } from '../../../../shared/directory.ts';
import { ClassificationFields } from '../../../components/form/ClassificationFields.tsx';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { FormActions } from '../../../components/form/FormActions.tsx';
import { SourceFields } from '../../../components/form/SourceFields.tsx';
import { OrganizationSelect } from '../../../components/pickers/OrganizationSelect.tsx';
import { PartySelect } from '../../../components/pickers/PartySelect.tsx';
import { PersonSelect } from '../../../components/pickers/PersonSelect.tsx';
import { useMe } from '../../../lib/auth.ts';
import { errorFor, fieldId, useForm } from '../../../lib/form.ts';
import { type DelegationFormValues, delegationFormValues, delegationPayload, validateDelegation } from './delegation-form-values.ts';
import { MembersEditor } from './MembersEditor.tsx';
import { requiredField } from '../../../components/form/required.ts';

const FORM_ID = 'delegation';

interface DelegationFormProps {
  delegation?: Delegation;
  onSubmit: (payload: ReturnType<typeof delegationPayload>) => Promise<void>;
  onCancel: () => void;
}

export function DelegationForm({ delegation, onSubmit, onCancel }: DelegationFormProps) {
  const { t } = useTranslation();
  const me = useMe();
  const allowed = me?.abilities.classifications ?? [];
  const withAccess = delegation ? delegation.abilities.classify : allowed.length > 0;
  const form = useForm<DelegationFormValues>({
    initialValues: delegationFormValues(allowed, delegation),
    validate: (values) => validateDelegation(values, withAccess, t),
    t,
  });
  const { values, setValue, errors } = form;
  const id = (path: string) => fieldId(FORM_ID, path);

  return (
    <form onSubmit={form.handleSubmit((v) => onSubmit(delegationPayload(v, withAccess)))} noValidate>
      <Stack gap="lg" maw={860}>
        <ErrorSummary ref={form.summaryRef} formId={FORM_ID} errors={errors} formError={form.formError} />
        <Fieldset legend={t('delegations.form.about')} variant="filled">
          <Stack gap="md">
            <PartySelect
              id={id('partyCode')}
              label={t('delegations.fields.party')}
              {...requiredField}
              value={values.partyCode}
              onChange={(v) => setValue('partyCode', v)}
              error={errorFor(errors, 'partyCode')}
              maw={420}
            />
            <TextInput
              id={id('name')}
              label={t('delegations.fields.nameEn')}
              description={t('delegations.form.nameHint')}
              {...requiredField}
              value={values.name}
              onChange={(e) => setValue('name', e.currentTarget.value)}
              error={errorFor(errors, 'name')}
            />
            <TextInput
              id={id('nameRu')}
              label={t('delegations.fields.nameRu')}
              lang="ru"
              value={values.nameRu}
              onChange={(e) => setValue('nameRu', e.currentTarget.value)}
              error={errorFor(errors, 'nameRu')}
            />
            <OrganizationSelect
              id={id('organizationId')}
              label={t('delegations.fields.organization')}
              description={t('delegations.form.organizationHint')}
              value={values.organizationId}
              onChange={(v) => setValue('organizationId', v)}
              error={errorFor(errors, 'organizationId')}
            />
            <PersonSelect
              id={id('headPersonId')}
              label={t('delegations.fields.head')}
              value={values.headPersonId}
              knownOptions={values.headPersonId && values.headLabel ? [{ value: values.headPersonId, label: values.headLabel }] : []}
              onChange={(v) => setValue('headPersonId', v)}
              error={errorFor(errors, 'headPersonId')}
            />
          </Stack>
        </Fieldset>
        <MembersEditor formId={FORM_ID} members={values.members} onChange={(members) => setValue('members', members)} errors={errors} />
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
