// A dialog asking for a reason before an act (withdrawing), naming the record.
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/form.ts';

interface Props {
  opened: boolean;
  /** The question, naming the record. */
  title: string;
  /** What will happen, in plain words. */
  message: string;
  confirmLabel: string;
  onConfirm: (reason: string | null) => Promise<void>;
  onClose: () => void;
}

/** A destructive act, asked once, with an optional reason that goes on the record. */
export function ReasonDialog({ opened, title, message, confirmLabel, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm(reason.trim() === '' ? null : reason.trim());
      setReason('');
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={title} centered closeButtonProps={{ 'aria-label': t('common.actions.close') }}>
      <Stack gap="md">
        <Text size="sm">{message}</Text>
        <Textarea label={t('consultations.chair.reason')} description={t('consultations.chair.reasonHint')} autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={error ?? undefined} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} data-autofocus>
            {t('common.actions.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={busy}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
