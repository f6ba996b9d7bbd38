// The dialog that schedules a meeting of a body.
import { Group, Modal, NumberInput, Select, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MEETING_FORMATS } from '../../../../shared/meetings.ts';
import { accessPayload, initialAccess, validateAccess } from '../../../components/form/access.ts';
import { ClassificationFields } from '../../../components/form/ClassificationFields.tsx';
import { FormFrame } from '../../../components/form/FormFrame.tsx';
import { requiredField } from '../../../components/form/required.ts';
import { useMe } from '../../../lib/auth.ts';
import { errorFor, type FieldErrors, fieldId, orNull, useForm } from '../../../lib/form.ts';
import { type MeetingInput, useCreateMeeting } from '../api/create-meeting.ts';
import type { Body, Meeting } from '../api/types.ts';
import { COMMON_ZONES, DEFAULT_ZONE, wallTimeToInstant } from '../../../lib/zoned-time.ts';

const FORM_ID = 'schedule-meeting';

interface Props {
  body: Body;
  nextNumber: number | null;
  opened: boolean;
  onClose: () => void;
  onCreated: (meeting: Meeting) => void;
}

/** Schedule a meeting of a body: number, title, when (in a named zone), where, who may see it. */
export function ScheduleMeetingModal({ body, nextNumber, opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('meetings.schedule.title')} size="lg" closeButtonProps={{ 'aria-label': t('common.actions.close') }}>
      {opened && <ScheduleForm body={body} nextNumber={nextNumber} onCancel={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

function ScheduleForm({ body, nextNumber, onCancel, onCreated }: { body: Body; nextNumber: number | null; onCancel: () => void; onCreated: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const allowed = me?.abilities.classifications ?? [];
  const create = useCreateMeeting();
  const timeZone = body.health.timeZone || DEFAULT_ZONE;
  const form = useForm({
    initialValues: {
      number: (nextNumber ?? '') as number | string,
      title: '',
      startsAt: '',
      endsAt: '',
      timeZone,
      format: 'in_person' as (typeof MEETING_FORMATS)[number],
      venue: '',
      onlineUrl: '',
      access: initialAccess(allowed),
    },
    validate: (v) => {
      const errors: FieldErrors = {};
      if (!v.title.trim()) errors.title = t('meetings.schedule.errors.title');
      const start = wallTimeToInstant(v.startsAt, v.timeZone);
      const end = wallTimeToInstant(v.endsAt, v.timeZone);
      if (!start) errors.startsAt = t('meetings.schedule.errors.start');
      if (!end) errors.endsAt = t('meetings.schedule.errors.end');
      else if (start && new Date(end) <= new Date(start)) errors.endsAt = t('meetings.schedule.errors.endAfterStart');
      if (v.format !== 'in_person' && v.onlineUrl && !/^https?:\/\//.test(v.onlineUrl)) errors.onlineUrl = t('common.validation.urlInvalid');
      return { ...errors, ...validateAccess(v.access, t) };
    },
    t,
  });
  const { values, setValue, errors } = form;
  const id = (path: string) => fieldId(FORM_ID, path);
  const zones = COMMON_ZONES.includes(values.timeZone as (typeof COMMON_ZONES)[number]) ? [...COMMON_ZONES] : [values.timeZone, ...COMMON_ZONES];

  const submit = async (v: typeof values) => {
    const input: MeetingInput = {
      bodyId: body.id,
      number: v.number === '' ? null : Number(v.number),
      title: v.title.trim(),
      startsAt: wallTimeToInstant(v.startsAt, v.timeZone) as string,
      endsAt: wallTimeToInstant(v.endsAt, v.timeZone) as string,
      timeZone: v.timeZone,
      format: v.format,
      venue: orNull(v.venue),
      onlineUrl: v.format === 'in_person' ? null : orNull(v.onlineUrl),
      ...accessPayload(v.access),
    };
    onCreated(await create.mutateAsync(input));
  };

  return (
    <FormFrame form={form} formId={FORM_ID} onSubmit={submit} onCancel={onCancel}>
      <Group align="flex-start" grow>
        <NumberInput
          id={id('number')}
          label={t('meetings.meeting.fields.number')}
          min={1}
          allowDecimal={false}
          value={values.number}
          onChange={(v) => setValue('number', v)}
          error={errorFor(errors, 'number')}
          maw={140}
        />
        <TextInput
          id={id('title')}
          label={t('meetings.meeting.fields.title')}
          description={t('meetings.schedule.titleHint')}
          {...requiredField}
          value={values.title}
          onChange={(e) => setValue('title', e.currentTarget.value)}
          error={errorFor(errors, 'title')}
          style={{ flex: 4 }}
        />
      </Group>
      <Select
        id={id('timeZone')}
        label={t('meetings.meeting.fields.timeZone')}
        description={t('meetings.schedule.zoneHint')}
        data={zones}
        searchable
        allowDeselect={false}
        value={values.timeZone}
        onChange={(v) => v && setValue('timeZone', v)}
        maw={320}
      />
      <Group align="flex-start" grow>
        <TextInput
          id={id('startsAt')}
          type="datetime-local"
          label={t('meetings.meeting.fields.startsAt')}
          description={t('meetings.schedule.inZone', { zone: values.timeZone })}
          {...requiredField}
          value={values.startsAt}
          onChange={(e) => setValue('startsAt', e.currentTarget.value)}
          error={errorFor(errors, 'startsAt')}
        />
        <TextInput
          id={id('endsAt')}
          type="datetime-local"
          label={t('meetings.meeting.fields.endsAt')}
          description={t('meetings.schedule.inZone', { zone: values.timeZone })}
          {...requiredField}
          value={values.endsAt}
          onChange={(e) => setValue('endsAt', e.currentTarget.value)}
          error={errorFor(errors, 'endsAt')}
        />
      </Group>
      <Select
        id={id('format')}
        label={t('meetings.meeting.fields.format')}
        data={MEETING_FORMATS.map((f) => ({ value: f, label: t(`meetings.format.${f}`) }))}
        allowDeselect={false}
        value={values.format}
        onChange={(v) => v && setValue('format', v as (typeof MEETING_FORMATS)[number])}
        maw={320}
      />
      {values.format !== 'online' && (
        <TextInput id={id('venue')} label={t('meetings.meeting.fields.venue')} value={values.venue} onChange={(e) => setValue('venue', e.currentTarget.value)} error={errorFor(errors, 'venue')} />
      )}
      {values.format !== 'in_person' && (
        <TextInput
          id={id('onlineUrl')}
          type="url"
          label={t('meetings.meeting.fields.onlineUrl')}
          value={values.onlineUrl}
          onChange={(e) => setValue('onlineUrl', e.currentTarget.value)}
          error={errorFor(errors, 'onlineUrl')}
        />
      )}
      {allowed.length > 0 ? (
        <ClassificationFields formId={FORM_ID} value={values.access} onChange={(v) => setValue('access', v)} errors={errors} options={allowed} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('common.classification.mission')}
        </Text>
      )}
    </FormFrame>
  );
}
