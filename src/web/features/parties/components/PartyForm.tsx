// The form of a party (a member state or partner): codes, names, kind, membership dates, source and classification.
import { Checkbox, Fieldset, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PARTY_KINDS, type Party } from '../../../../shared/directory.ts';
import { errorFor } from '../../../lib/form.ts';
import { type PartyFormValues, partyFormValues, partyPayload, validateParty } from './party-form-values.ts';
import { NamesFields } from '../../../components/form/NamesFields.tsx';
import { requiredField } from '../../../components/form/required.ts';
import { RecordForm, useRecordForm } from '../../../components/form/RecordForm.tsx';

interface PartyFormProps {
  party?: Party;
  onSubmit: (payload: ReturnType<typeof partyPayload>) => Promise<void>;
  onCancel: () => void;
}

export function PartyForm({ party, onSubmit, onCancel }: PartyFormProps) {
  const { t } = useTranslation();
  const form = useRecordForm<PartyFormValues, Party>({
    formId: 'party',
    record: party,
    initialValues: partyFormValues,
    validate: (values, withAccess) => validateParty(values, withAccess, t),
  });
  const { values, setValue, errors, id, text } = form;

  return (
    <RecordForm form={form} onSubmit={(v) => onSubmit(partyPayload(v, form.withAccess))} onCancel={onCancel} source>
      <Fieldset legend={t('parties.form.identity')} variant="filled">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <TextInput label={t('parties.fields.code')} description={t('parties.form.codeHint')} {...requiredField} maxLength={2} {...text('code')} />
            <TextInput label={t('parties.fields.alpha3')} description={t('parties.form.alpha3Hint')} maxLength={3} {...text('alpha3')} />
            <TextInput label={t('parties.fields.numericCode')} description={t('parties.form.numericHint')} inputMode="numeric" maxLength={3} {...text('numericCode')} />
          </SimpleGrid>
          <NamesFields
            formId={form.formId}
            value={values.names}
            onChange={(v) => setValue('names', v)}
            errors={errors}
            labels={{ en: t('parties.fields.nameEn'), ru: t('parties.fields.nameRu') }}
          />
          <Select
            id={id('kind')}
            label={t('parties.fields.kind')}
            {...requiredField}
            data={PARTY_KINDS.map((k) => ({ value: k, label: t(`common.partyKinds.${k}`) }))}
            value={values.kind}
            onChange={(v) => setValue('kind', v as PartyFormValues['kind'])}
            error={errorFor(errors, 'kind')}
            maw={420}
          />
          <Checkbox
            id={id('isOwn')}
            label={t('parties.fields.isOwn')}
            description={t('parties.form.isOwnHint')}
            checked={values.isOwn}
            onChange={(e) => setValue('isOwn', e.currentTarget.checked)}
          />
          <TagsInput
            id={id('officialLanguages')}
            label={t('parties.fields.officialLanguages')}
            description={t('parties.form.languagesHint')}
            value={values.officialLanguages}
            onChange={(v) => setValue('officialLanguages', v)}
            error={errorFor(errors, 'officialLanguages')}
            clearable
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('parties.form.membership')} variant="filled">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput type="date" label={t('parties.fields.memberFrom')} {...text('memberFrom')} />
          <TextInput type="date" label={t('parties.fields.memberTo')} {...text('memberTo')} />
          <TextInput type="date" label={t('parties.fields.observerFrom')} {...text('observerFrom')} />
          <TextInput type="date" label={t('parties.fields.partnerSince')} {...text('partnerSince')} />
        </SimpleGrid>
      </Fieldset>
      <Textarea label={t('parties.fields.notes')} autosize minRows={3} {...text('notes')} />
    </RecordForm>
  );
}
