// The form that records a delegation's position, with its reason or amendment.
import { Alert, Radio, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type PositionKind, RESERVATION_KINDS, SILENCE_BREAKING } from '../../../../shared/consultations.ts';
import { FormFrame } from '../../../components/form/FormFrame.tsx';
import { requiredField } from '../../../components/form/required.ts';
import { errorFor, type FieldErrors, fieldId, orNull, useForm } from '../../../lib/form.ts';
import { useSetPosition } from '../api/set-position.ts';
import type { Consultation, Position } from '../api/types.ts';
import { usePartyName } from '../lib/party-name.ts';
import { DeadlineLines } from './Deadline.tsx';

const FORM_ID = 'position';
const KINDS: PositionKind[] = ['support', 'no_objection', 'reservation', 'objection', 'amendment', 'no_instructions'];
const breaksSilence = (kind: PositionKind) => (SILENCE_BREAKING as readonly string[]).includes(kind);

interface Props {
  consultation: Consultation;
  /** The party the position is for; the mission names it, a delegate's is their own. */
  partyCode: string;
  /** Sent only when the mission records a position on a delegation's behalf. */
  onBehalf?: boolean;
  onDone: (saved: Position) => void;
  onCancel: () => void;
}

/** Support, a reservation (general or scrutiny), an objection (with reason) or an amendment (with proposed text). */
export function PositionForm({ consultation: c, partyCode, onBehalf, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const partyName = usePartyName();
  const setPosition = useSetPosition(c.id);
  const running = c.silence?.status === 'running';
  const form = useForm({
    initialValues: { kind: 'support' as PositionKind, reservationKind: 'general' as 'general' | 'scrutiny', text: '' },
    validate: (v) => {
      const errors: FieldErrors = {};
      if (v.kind === 'reservation' && !v.text.trim()) errors.text = t('consultations.respond.errors.reservation');
      if (v.kind === 'objection' && !v.text.trim()) errors.text = t('consultations.respond.errors.objection');
      if (v.kind === 'amendment' && !v.text.trim()) errors.text = t('consultations.respond.errors.amendment');
      return errors;
    },
    t,
  });
  const { values, setValue, errors } = form;
  const id = (p: string) => fieldId(FORM_ID, p);
  const needsText = values.kind === 'reservation' || values.kind === 'objection' || values.kind === 'amendment';
  const textLabel = needsText ? t(`consultations.respond.textLabel.${values.kind as 'reservation' | 'objection' | 'amendment'}`) : t('consultations.respond.textLabel.comment');

  return (
    <FormFrame
      form={form}
      formId={FORM_ID}
      onCancel={onCancel}
      onSubmit={async (v) => {
        const saved = await setPosition.mutateAsync({
          kind: v.kind,
          reservationKind: v.kind === 'reservation' ? v.reservationKind : null,
          text: orNull(v.text),
          versionId: c.currentVersion?.id,
          ...(onBehalf ? { partyCode } : {}),
        });
        onDone(saved);
      }}
    >
      <Text size="sm">
        {t('consultations.respond.forParty', { party: partyName(partyCode), version: c.currentVersion?.number ?? '' })}
      </Text>
      {c.closesAt && <DeadlineLines iso={c.closesAt} timeZone={running && c.silence ? c.silence.timeZone : c.timeZone} />}
      <Radio.Group id={id('kind')} label={t('consultations.respond.kind')} labelProps={requiredField.labelProps} value={values.kind} onChange={(v) => setValue('kind', v as PositionKind)} error={errorFor(errors, 'kind')}>
        <Stack gap={6} mt={6}>
          {KINDS.map((k) => (
            <Radio key={k} value={k} label={t(`consultations.position.${k}`)} description={t(`consultations.positionHint.${k}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {values.kind === 'reservation' && (
        <Radio.Group id={id('reservationKind')} label={t('consultations.respond.reservationKind')} labelProps={requiredField.labelProps} value={values.reservationKind} onChange={(v) => setValue('reservationKind', v as 'general' | 'scrutiny')}>
          <Stack gap={6} mt={6}>
            {RESERVATION_KINDS.map((k) => (
              <Radio key={k} value={k} label={t(`consultations.reservationKind.${k}`)} description={t(`consultations.reservationHint.${k}`)} />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {breaksSilence(values.kind) && (c.method === 'silence' || c.method === 'consensus') && (
        <Alert color="red" variant="outline" icon={<IconAlertTriangle aria-hidden />} styles={{ message: { color: 'var(--mantine-color-text)' } }}>
          <Text size="sm" fw={600}>
            {c.method === 'silence' ? t('consultations.respond.breaksSilence') : t('consultations.respond.blocksConsensus')}
          </Text>
        </Alert>
      )}
      <Textarea
        id={id('text')}
        label={textLabel}
        {...(needsText ? requiredField : {})}
        autosize
        minRows={values.kind === 'amendment' ? 5 : 3}
        value={values.text}
        onChange={(e) => setValue('text', e.currentTarget.value)}
        error={errorFor(errors, 'text')}
      />
    </FormFrame>
  );
}
