// The form of a delegation: its party, names, organisation, head and members, source and classification.
import { Fieldset, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Delegation } from '../../../../shared/directory.ts';
import { RecordForm, useRecordForm } from '../../../components/form/RecordForm.tsx';
import { NamesFields } from '../../../components/form/NamesFields.tsx';
import { requiredField } from '../../../components/form/required.ts';
import { TenureRowsEditor } from '../../../components/form/TenureRowsEditor.tsx';
import { OrganizationSelect } from '../../../components/pickers/OrganizationSelect.tsx';
import { PartySelect } from '../../../components/pickers/PartySelect.tsx';
import { PersonSelect } from '../../../components/pickers/PersonSelect.tsx';
import { errorFor } from '../../../lib/form.ts';
import { type DelegationFormValues, delegationFormValues, delegationPayload, emptyMember, validateDelegation } from './delegation-form-values.ts';

interface DelegationFormProps {
  delegation?: Delegation;
  onSubmit: (payload: ReturnType<typeof delegationPayload>) => Promise<void>;
  onCancel: () => void;
}

export function DelegationForm({ delegation, onSubmit, onCancel }: DelegationFormProps) {
  const { t } = useTranslation();
  const form = useRecordForm<DelegationFormValues, Delegation>({
    formId: 'delegation',
    record: delegation,
    initialValues: delegationFormValues,
    validate: (values, withAccess) => validateDelegation(values, withAccess, t),
  });
  const { values, setValue, errors, id } = form;

  return (
    <RecordForm form={form} onSubmit={(v) => onSubmit(delegationPayload(v, form.withAccess))} onCancel={onCancel} maw={860} source>
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
          <NamesFields
            formId={form.formId}
            value={values.names}
            onChange={(v) => setValue('names', v)}
            errors={errors}
            labels={{ en: t('delegations.fields.nameEn'), ru: t('delegations.fields.nameRu'), enHint: t('delegations.form.nameHint') }}
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
      <TenureRowsEditor
        formId={form.formId}
        name="members"
        rows={values.members}
        onChange={(members) => setValue('members', members)}
        errors={errors}
        emptyRow={emptyMember}
        picker={(member, field) => (
          <PersonSelect
            id={field.id('personId')}
            label={t('delegations.members.person')}
            {...requiredField}
            value={member.personId}
            knownOptions={member.personId && member.personLabel ? [{ value: member.personId, label: member.personLabel }] : []}
            onChange={(personId) => field.patch({ personId })}
            error={field.error('personId')}
          />
        )}
        texts={{
          legend: t('delegations.membersHeading'),
          hint: t('delegations.form.membersHint'),
          title: t('delegations.members.title'),
          titleHint: t('delegations.form.memberTitleHint'),
          from: t('common.tenure.from'),
          to: t('common.tenure.to'),
          row: (n) => t('delegations.form.memberRow', { n }),
          remove: (n) => t('delegations.form.removeMember', { n }),
          add: t('delegations.form.addMember'),
        }}
      />
    </RecordForm>
  );
}
