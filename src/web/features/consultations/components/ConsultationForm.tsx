// The form of a consultation: its body, title, method, distribution list, deadline, who sees positions, and (when new) the first text.
import { Alert, Button, Fieldset, Group, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CONSULTATION_METHODS, type ConsultationMethod, POSITIONS_VISIBILITY } from '../../../../shared/consultations.ts';
import { RecordForm, useRecordForm } from '../../../components/form/RecordForm.tsx';
import { requiredField } from '../../../components/form/required.ts';
import { OrganizationMultiSelect } from '../../../components/pickers/OrganizationSelect.tsx';
import { PartyMultiSelect } from '../../../components/pickers/PartySelect.tsx';
import { errorFor } from '../../../lib/form.ts';
import { localName } from '../../../lib/names.ts';
import { RichTextEditor } from '../../../components/rich-text/RichTextEditor.tsx';
import { useBodies } from '../api/get-bodies.ts';
import type { Consultation } from '../api/types.ts';
import { type ConsultationFormValues, consultationValues, emptyConsultation, validateConsultation } from './consultation-form-values.ts';
import { ZonedInstantField } from './ZonedInstantField.tsx';

interface Props {
  /** The consultation being edited; a new one otherwise (which also takes the text of version 1). */
  consultation?: Consultation;
  onSubmit: (values: ConsultationFormValues) => Promise<void>;
  onCancel: () => void;
}

/** A consultation's body, title, method, distribution list, deadline, who sees positions, and (when new) the first text. */
export function ConsultationForm({ consultation, onSubmit, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const bodies = useBodies().data?.items ?? [];
  const circulated = Boolean(consultation && consultation.status !== 'draft');
  const form = useRecordForm<ConsultationFormValues, Consultation>({
    formId: 'consultation',
    record: consultation,
    initialValues: (_allowed, record) => (record ? consultationValues(record) : emptyConsultation()),
    validate: (values) => validateConsultation(values, t),
  });
  const { values, setValue, errors, id } = form;
  const body = bodies.find((b) => b.id === values.bodyId);
  const chooseBody = (bodyId: string | null) => {
    setValue('bodyId', bodyId);
    const chosen = bodies.find((b) => b.id === bodyId);
    // The usual distribution list is every member party of the body (a circulated text keeps its list).
    if (chosen && !circulated) setValue('parties', chosen.memberParties);
  };

  return (
    <RecordForm
      form={form}
      onSubmit={onSubmit}
      onCancel={onCancel}
      maw={820}
      footer={
        <Alert variant="light" color="blue" styles={{ message: { color: 'var(--mantine-color-text)' } }}>
          <Text size="sm">{circulated ? t('consultations.form.classificationNoteCirculated') : t('consultations.form.classificationNote')}</Text>
        </Alert>
      }
    >
      <Fieldset legend={t('consultations.form.about')} variant="filled">
        <Stack gap="md">
          <Select
            id={id('bodyId')}
            label={t('consultations.fields.body')}
            description={t('consultations.form.bodyHint')}
            {...requiredField}
            searchable
            data={bodies.map((b) => ({ value: b.id, label: b.acronym ? `${b.acronym} — ${localName(b, i18n.language)}` : localName(b, i18n.language) }))}
            value={values.bodyId}
            onChange={chooseBody}
            error={errorFor(errors, 'bodyId')}
          />
          <TextInput id={id('title')} label={t('consultations.fields.title')} {...requiredField} lang="en" value={values.title} onChange={(e) => setValue('title', e.currentTarget.value)} error={errorFor(errors, 'title')} />
          <TextInput id={id('titleRu')} label={t('consultations.fields.titleRu')} lang="ru" value={values.titleRu} onChange={(e) => setValue('titleRu', e.currentTarget.value)} error={errorFor(errors, 'titleRu')} />
          <TextInput
            id={id('reference')}
            label={t('consultations.fields.reference')}
            description={t('consultations.form.referenceHint')}
            value={values.reference}
            onChange={(e) => setValue('reference', e.currentTarget.value)}
            error={errorFor(errors, 'reference')}
            maw={320}
          />
          <Radio.Group id={id('method')} label={t('consultations.fields.method')} labelProps={requiredField.labelProps} value={values.method} onChange={(v) => setValue('method', v as ConsultationMethod)} error={errorFor(errors, 'method')}>
            <Stack gap="xs" mt={6}>
              {CONSULTATION_METHODS.map((m) => (
                <Radio key={m} value={m} label={t(`consultations.method.${m}`)} description={t(`consultations.methodHint.${m}`)} />
              ))}
            </Stack>
          </Radio.Group>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('consultations.form.distribution')} variant="filled">
        <Stack gap="md">
          <PartyMultiSelect
            id={id('distribution.parties')}
            label={t('consultations.fields.parties')}
            description={circulated ? t('consultations.form.partiesHintCirculated') : t('consultations.form.partiesHint')}
            value={values.parties}
            onChange={(parties) => setValue('parties', parties)}
            error={errorFor(errors, 'distribution.parties') ?? errorFor(errors, 'distribution')}
          />
          {body && (
            <Group>
              <Button variant="default" size="xs" leftSection={<IconUsersGroup size={14} aria-hidden />} onClick={() => setValue('parties', body.memberParties)}>
                {t('consultations.form.allMembers', { body: body.acronym ?? localName(body, i18n.language), count: body.memberParties.length })}
              </Button>
            </Group>
          )}
          <OrganizationMultiSelect
            id={id('distribution.organizations')}
            label={t('consultations.fields.organizations')}
            description={t('consultations.form.organizationsHint')}
            value={values.organizations}
            onChange={(organizations) => setValue('organizations', organizations)}
            error={errorFor(errors, 'distribution.organizations')}
          />
          <Radio.Group
            id={id('positionsVisibility')}
            label={t('consultations.fields.positionsVisibility')}
            value={values.positionsVisibility}
            onChange={(v) => setValue('positionsVisibility', v as 'distribution' | 'mission')}
          >
            <Stack gap="xs" mt={6}>
              {POSITIONS_VISIBILITY.map((p) => (
                <Radio key={p} value={p} label={t(`consultations.visibility.${p}`)} description={t(`consultations.visibilityHint.${p}`)} />
              ))}
            </Stack>
          </Radio.Group>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('consultations.form.timing')} variant="filled">
        {values.method === 'silence' ? (
          <Text size="sm">{t('consultations.form.silenceTiming')}</Text>
        ) : (
          <ZonedInstantField
            ids={{ wall: id('deadline'), zone: id('timeZone') }}
            label={t('consultations.fields.deadline')}
            wall={values.deadline}
            timeZone={values.timeZone}
            onWallChange={(v) => setValue('deadline', v)}
            onZoneChange={(v) => setValue('timeZone', v)}
            error={errorFor(errors, 'deadline')}
          />
        )}
      </Fieldset>
      {!consultation && (
        <Stack gap={6} id={id('content')} tabIndex={-1}>
          <Text size="sm" fw={500}>
            {t('consultations.form.firstVersion')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('consultations.form.firstVersionHint')}
          </Text>
          <RichTextEditor label={t('consultations.form.firstVersion')} content={values.content} editable onChange={(html) => setValue('content', html)} resetKey="new" />
          {errorFor(errors, 'content') && (
            <Text size="sm" c="var(--mantine-color-error)">
              {errorFor(errors, 'content')}
            </Text>
          )}
        </Stack>
      )}
    </RecordForm>
  );
}
