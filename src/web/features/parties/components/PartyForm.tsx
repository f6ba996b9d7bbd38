import { Checkbox, Fieldset, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PARTY_KINDS, type Party } from '../../../../shared/directory.ts';
import { ClassificationFields } from '../../../components/form/ClassificationFields.tsx';
import { ErrorSummary } from '../../../components/form/ErrorSummary.tsx';
import { FormActions } from '../../../components/form/FormActions.tsx';
import { SourceFields } from '../../../components/form/SourceFields.tsx';
import { useMe } from '../../../lib/auth.ts';
import { errorFor, fieldId, useForm } from '../../../lib/form.ts';
import { type PartyFormValues, partyFormValues, partyPayload, validateParty } from './party-form-values.ts';
import { requiredField } from '../../../components/form/required.ts';

const FORM_ID = 'party';
type TextKey = 'code' | 'alpha3' | 'numericCode' | 'nameEn' | 'nameRu' | 'memberFrom' | 'memberTo' | 'observerFrom' | 'partnerSince' | 'notes';

interface PartyFormProps {
  party?: Party;
  onSubmit: (payload: ReturnType<typeof partyPayload>) => Promise<void>;
  onCancel: () => void;
}

export function PartyForm({ party, onSubmit, onCancel }: PartyFormProps) {
  const { t } = useTranslation();
  const me = useMe();
  const allowed = me?.abilities.classifications ?? [];
  const withAccess = party ? party.abilities.classify : allowed.length > 0;
  const form = useForm<PartyFormValues>({
    initialValues: partyFormValues(allowed, party),
    validate: (values) => validateParty(values, withAccess, t),
    t,
  });
  const { values, setValue, errors } = form;
  const text = (key: TextKey) => ({
    id: fieldId(FORM_ID, key),
    value: values[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValue(key, e.currentTarget.value),
    error: errorFor(errors, key),
  });

  return (
    <form onSubmit={form.handleSubmit((v) => onSubmit(partyPayload(v, withAccess)))} noValidate>
      <Stack gap="lg" maw={760}>
        <ErrorSummary ref={form.summaryRef} formId={FORM_ID} errors={errors} formError={form.formError} />
        <Fieldset legend={t('parties.form.identity')} variant="filled">
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <TextInput label={t('parties.fields.code')} description={t('parties.form.codeHint')} {...requiredField} maxLength={2} {...text('code')} />
              <TextInput label={t('parties.fields.alpha3')} description={t('parties.form.alpha3Hint')} maxLength={3} {...text('alpha3')} />
              <TextInput label={t('parties.fields.numericCode')} description={t('parties.form.numericHint')} inputMode="numeric" maxLength={3} {...text('numericCode')} />
            </SimpleGrid>
            <TextInput label={t('parties.fields.nameEn')} {...requiredField} lang="en" {...text('nameEn')} />
            <TextInput label={t('parties.fields.nameRu')} lang="ru" {...text('nameRu')} />
            <Select
              id={fieldId(FORM_ID, 'kind')}
              label={t('parties.fields.kind')}
              {...requiredField}
              data={PARTY_KINDS.map((k) => ({ value: k, label: t(`partyKinds.${k}`) }))}
              value={values.kind}
              onChange={(v) => setValue('kind', v as PartyFormValues['kind'])}
              error={errorFor(errors, 'kind')}
              maw={420}
            />
            <Checkbox
              id={fieldId(FORM_ID, 'isOwn')}
              label={t('parties.fields.isOwn')}
              description={t('parties.form.isOwnHint')}
              checked={values.isOwn}
              onChange={(e) => setValue('isOwn', e.currentTarget.checked)}
            />
            <TagsInput
              id={fieldId(FORM_ID, 'officialLanguages')}
              label={t('parties.fields.officialLanguages')}
              description={t('people.form.languagesHint')}
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
