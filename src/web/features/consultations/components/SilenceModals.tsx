// The dialogs that launch and extend a silence procedure, with the expiry in a named zone.
import { Modal, Select, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormFrame } from '../../../components/form/FormFrame.tsx';
import { requiredField } from '../../../components/form/required.ts';
import { errorFor, type FieldErrors, fieldId, orNull, useForm } from '../../../lib/form.ts';
import { toast } from '../../../lib/toast.ts';
import { DEFAULT_ZONE, instantToWallTime, wallTimeToInstant } from '../../../lib/zoned-time.ts';
import { useSilenceAction } from '../api/silence-action.ts';
import type { Consultation } from '../api/types.ts';
import { useVersions } from '../api/get-versions.ts';
import { useInstantText } from '../lib/time.ts';
import { consultationTitle } from './consultation-title.ts';
import { ZonedInstantField } from './ZonedInstantField.tsx';

function expiryErrors(wall: string, zone: string, t: (k: 'consultations.chair.errors.expiry' | 'consultations.chair.errors.expiryPast') => string, after = Date.now()): FieldErrors {
  const instant = wallTimeToInstant(wall, zone);
  if (!instant) return { expiresAt: t('consultations.chair.errors.expiry') };
  if (new Date(instant).getTime() <= after) return { expiresAt: t('consultations.chair.errors.expiryPast') };
  return {};
}

const LAUNCH_ID = 'launch-silence';

/** Launch silence on a circulated version, with the expiry on the clocks of a named zone (Jakarta by default). */
export function LaunchSilenceModal({ consultation: c, opened, onClose }: { consultation: Consultation; opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('consultations.chair.launchTitle', { title: consultationTitle(c, i18n.language) })} size="lg" closeButtonProps={{ 'aria-label': t('common.actions.close') }}>
      {opened && <LaunchForm consultation={c} onClose={onClose} />}
    </Modal>
  );
}

function LaunchForm({ consultation: c, onClose }: { consultation: Consultation; onClose: () => void }) {
  const { t } = useTranslation();
  const action = useSilenceAction(c.id);
  const versions = (useVersions(c.id).data?.items ?? []).filter((v) => v.circulatedAt);
  const text = useInstantText();
  const form = useForm({
    initialValues: { versionId: c.currentVersion?.id ?? null, expiresAt: '', timeZone: DEFAULT_ZONE },
    validate: (v) => ({ ...(v.versionId ? {} : { versionId: t('consultations.chair.errors.version') }), ...expiryErrors(v.expiresAt, v.timeZone, t) }),
    t,
  });
  const { values, setValue, errors } = form;
  const id = (p: string) => fieldId(LAUNCH_ID, p);
  const instant = wallTimeToInstant(values.expiresAt, values.timeZone);
  return (
    <FormFrame
      form={form}
      formId={LAUNCH_ID}
      submitLabel={t('consultations.chair.launch')}
      onCancel={onClose}
      onSubmit={async (v) => {
        await action.mutateAsync({ action: 'launch', versionId: v.versionId ?? undefined, expiresAt: wallTimeToInstant(v.expiresAt, v.timeZone) as string, timeZone: v.timeZone });
        toast({ message: t('consultations.chair.launched'), autoClose: 4000 });
        onClose();
      }}
    >
      <Select
        id={id('versionId')}
        label={t('consultations.chair.version')}
        {...requiredField}
        allowDeselect={false}
        data={versions.map((v) => ({ value: v.id, label: t('consultations.text.versionNumber', { number: v.number }) }))}
        value={values.versionId}
        onChange={(v) => setValue('versionId', v)}
        error={errorFor(errors, 'versionId')}
        maw={320}
      />
      <ZonedInstantField
        ids={{ wall: id('expiresAt'), zone: id('timeZone') }}
        label={t('consultations.chair.expiry')}
        wall={values.expiresAt}
        timeZone={values.timeZone}
        onWallChange={(v) => setValue('expiresAt', v)}
        onZoneChange={(v) => setValue('timeZone', v)}
        error={errorFor(errors, 'expiresAt')}
        required
      />
      <Text size="sm">
        {instant ? t('consultations.chair.launchExplainedAt', { zoned: text.inZone(instant, values.timeZone) }) : t('consultations.chair.launchExplained')}
      </Text>
    </FormFrame>
  );
}

const EXTEND_ID = 'extend-silence';

/** A later expiry, and why; everyone on the list is told, and the old deadline stays in the history. */
export function ExtendSilenceModal({ consultation: c, opened, onClose }: { consultation: Consultation; opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('consultations.chair.extendTitle', { title: consultationTitle(c, i18n.language) })} size="lg" closeButtonProps={{ 'aria-label': t('common.actions.close') }}>
      {opened && c.silence && <ExtendForm consultation={c} silence={c.silence} onClose={onClose} />}
    </Modal>
  );
}

function ExtendForm({ consultation: c, silence, onClose }: { consultation: Consultation; silence: NonNullable<Consultation['silence']>; onClose: () => void }) {
  const { t } = useTranslation();
  const action = useSilenceAction(c.id);
  const text = useInstantText();
  const zone = silence.timeZone;
  const form = useForm({
    initialValues: { expiresAt: instantToWallTime(silence.expiresAt, zone), reason: '' },
    validate: (v) => {
      const errors = expiryErrors(v.expiresAt, zone, t, Math.max(Date.now(), new Date(silence.expiresAt).getTime()));
      if (errors.expiresAt && wallTimeToInstant(v.expiresAt, zone)) errors.expiresAt = t('consultations.chair.errors.expiryLater');
      return errors;
    },
    t,
  });
  const { values, setValue, errors } = form;
  const id = (p: string) => fieldId(EXTEND_ID, p);
  return (
    <FormFrame
      form={form}
      formId={EXTEND_ID}
      submitLabel={t('consultations.chair.extend')}
      onCancel={onClose}
      onSubmit={async (v) => {
        await action.mutateAsync({ action: 'extend', expiresAt: wallTimeToInstant(v.expiresAt, zone) as string, reason: orNull(v.reason) });
        toast({ message: t('consultations.chair.extended'), autoClose: 4000 });
        onClose();
      }}
    >
      <Text size="sm">{t('consultations.chair.currentExpiry', { zoned: text.inZone(silence.expiresAt, zone) })}</Text>
      <ZonedInstantField
        ids={{ wall: id('expiresAt'), zone: id('timeZone') }}
        label={t('consultations.chair.newExpiry')}
        wall={values.expiresAt}
        timeZone={zone}
        onWallChange={(v) => setValue('expiresAt', v)}
        onZoneChange={() => undefined}
        error={errorFor(errors, 'expiresAt')}
        required
        zoneFixed
      />
      <Textarea id={id('reason')} label={t('consultations.chair.reason')} autosize minRows={2} value={values.reason} onChange={(e) => setValue('reason', e.currentTarget.value)} error={errorFor(errors, 'reason')} />
      <Text size="sm">{t('consultations.chair.extendExplained')}</Text>
    </FormFrame>
  );
}
