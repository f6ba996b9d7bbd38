// The form of a body: names, kind, sectors, members, cadence, rotation, decision numbering, and classification.
import { Fieldset, NumberInput, Select, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BODY_KINDS } from '../../../../shared/meetings.ts';
import { NamesFields } from '../../../components/form/NamesFields.tsx';
import { requiredField } from '../../../components/form/required.ts';
import { PartyMultiSelect } from '../../../components/pickers/PartySelect.tsx';
import { errorFor } from '../../../lib/form.ts';
import { localName } from '../../../lib/names.ts';
import { useBodiesHealth } from '../api/get-bodies-health.ts';
import type { Body } from '../api/types.ts';
import { type BodyFormValues, bodyFormValues, bodyPayload, validateBody } from './body-form-values.ts';
import { RecordForm, useRecordForm } from '../../../components/form/RecordForm.tsx';

interface BodyFormProps {
  body?: Body;
  onSubmit: (payload: ReturnType<typeof bodyPayload>) => Promise<void>;
  onCancel: () => void;
}

export function BodyForm({ body, onSubmit, onCancel }: BodyFormProps) {
  const { t, i18n } = useTranslation();
  const others = (useBodiesHealth().data?.items ?? []).filter((b) => b.id !== body?.id);
  const form = useRecordForm<BodyFormValues, Body>({
    formId: 'body',
    record: body,
    initialValues: bodyFormValues,
    validate: (values, withAccess) => validateBody(values, withAccess, t),
  });
  const { values, setValue, errors, id, text } = form;

  return (
    <RecordForm form={form} onSubmit={(v) => onSubmit(bodyPayload(v, form.withAccess))} onCancel={onCancel}>
      <Fieldset legend={t('meetings.bodies.form.names')} variant="filled">
        <Stack gap="md">
          <NamesFields
            formId={form.formId}
            value={values.names}
            onChange={(v) => setValue('names', v)}
            errors={errors}
            labels={{ en: t('meetings.bodies.fields.nameEn'), ru: t('meetings.bodies.fields.nameRu') }}
          />
          <TextInput label={t('meetings.bodies.fields.acronym')} description={t('meetings.bodies.form.acronymHint')} maw={260} {...text('acronym')} />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('meetings.bodies.form.about')} variant="filled">
        <Stack gap="md">
          <Select
            id={id('kind')}
            label={t('meetings.bodies.fields.kind')}
            {...requiredField}
            data={BODY_KINDS.map((k) => ({ value: k, label: t(`meetings.bodyKinds.${k}`) }))}
            value={values.kind}
            onChange={(v) => setValue('kind', v as (typeof BODY_KINDS)[number] | null)}
            error={errorFor(errors, 'kind')}
            maw={360}
          />
          <TagsInput
            id={id('sectors')}
            label={t('meetings.bodies.fields.sectors')}
            description={t('meetings.bodies.form.sectorsHint')}
            value={values.sectors}
            onChange={(v) => setValue('sectors', v)}
            error={errorFor(errors, 'sectors')}
          />
          <Select
            id={id('parentId')}
            label={t('meetings.bodies.fields.parent')}
            searchable
            clearable
            data={others.map((b) => ({ value: b.id, label: b.acronym ? `${b.acronym} — ${localName(b, i18n.language)}` : localName(b, i18n.language) }))}
            value={values.parentId}
            onChange={(v) => setValue('parentId', v)}
            error={errorFor(errors, 'parentId')}
          />
          <PartyMultiSelect
            id={id('memberParties')}
            label={t('meetings.bodies.fields.memberParties')}
            value={values.memberParties}
            onChange={(v) => setValue('memberParties', v)}
            error={errorFor(errors, 'memberParties')}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('meetings.bodies.form.cadence')} variant="filled">
        <Stack gap="md">
          <NumberInput
            id={id('cadenceMonths')}
            label={t('meetings.bodies.fields.cadenceMonths')}
            description={t('meetings.bodies.form.cadenceHint')}
            min={1}
            max={120}
            allowDecimal={false}
            value={values.cadenceMonths}
            onChange={(v) => setValue('cadenceMonths', v)}
            error={errorFor(errors, 'cadenceMonths')}
            maw={260}
          />
          <NumberInput
            id={id('dueSoonDays')}
            label={t('meetings.bodies.fields.dueSoonDays')}
            description={t('meetings.bodies.form.dueSoonHint')}
            min={0}
            max={365}
            allowDecimal={false}
            value={values.dueSoonDays}
            onChange={(v) => setValue('dueSoonDays', v)}
            error={errorFor(errors, 'dueSoonDays')}
            maw={260}
          />
          <PartyMultiSelect
            id={id('rotationOrder')}
            label={t('meetings.bodies.fields.rotationOrder')}
            description={t('meetings.bodies.form.rotationHint')}
            value={values.rotationOrder}
            onChange={(v) => setValue('rotationOrder', v)}
            error={errorFor(errors, 'rotationOrder')}
          />
          <TextInput label={t('meetings.bodies.fields.decisionPrefix')} description={t('meetings.bodies.form.prefixHint')} maw={260} {...text('decisionPrefix')} />
          <Textarea label={t('meetings.bodies.fields.notes')} autosize minRows={2} {...text('notes')} />
        </Stack>
      </Fieldset>
    </RecordForm>
  );
}
