// A delegation's answers: "no objection" (asked once, naming the text, version and party) where the method knows it, and the full position form.
import { Button, Group, Modal } from '@mantine/core';
import { IconCheck, IconMessageCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { describeError } from '../../../lib/form.ts';
import { toast } from '../../../lib/toast.ts';
import { useSetPosition } from '../api/set-position.ts';
import type { Consultation } from '../api/types.ts';
import { usePartyName } from '../lib/party-name.ts';
import { consultationTitle } from './consultation-title.ts';
import { PositionForm } from './PositionForm.tsx';

interface Props {
  consultation: Consultation;
  /** The party responding: the delegate's own, or one the mission records for. */
  partyCode: string;
  onBehalf?: boolean;
  size?: 'xs' | 'sm';
}

/**
 * "No objection" for consensus and silence (a call for comments has no such
 * answer), confirmed once since it is a formal position others may see; a
 * form for every other answer.
 */
export function RespondActions({ consultation: c, partyCode, onBehalf, size = 'sm' }: Props) {
  const { t, i18n } = useTranslation();
  const partyName = usePartyName();
  const setPosition = useSetPosition(c.id);
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const title = consultationTitle(c, i18n.language);
  const offersNoObjection = c.method !== 'comments';

  const noObjection = async () => {
    try {
      await setPosition.mutateAsync({ kind: 'no_objection', versionId: c.currentVersion?.id, ...(onBehalf ? { partyCode } : {}) });
      setConfirming(false);
      toast({ color: 'green', message: t('consultations.respond.noObjectionRecorded', { party: partyName(partyCode), title }), autoClose: 5000 });
    } catch (error) {
      setConfirming(false);
      toast({ color: 'red', title: t('consultations.respond.failed'), message: describeError(error, t), autoClose: false });
    }
  };

  return (
    <>
      <Group gap="xs" wrap="wrap">
        {offersNoObjection && (
          <Button size={size} leftSection={<IconCheck size={16} aria-hidden />} onClick={() => setConfirming(true)} aria-label={onBehalf ? t('consultations.respond.noObjectionFor', { party: partyName(partyCode) }) : t('consultations.respond.noObjectionOn', { title })}>
            {t('consultations.respond.noObjection')}
          </Button>
        )}
        <Button size={size} variant={offersNoObjection ? 'default' : 'filled'} leftSection={<IconMessageCircle size={16} aria-hidden />} onClick={() => setOpen(true)} aria-label={onBehalf ? t('consultations.respond.otherFor', { party: partyName(partyCode) }) : t('consultations.respond.otherOn', { title })}>
          {t('consultations.respond.other')}
        </Button>
      </Group>
      <ConfirmDialog
        opened={confirming}
        title={t('consultations.respond.confirmNoObjection', { party: partyName(partyCode), title })}
        message={t(c.positionsVisibility === 'mission' ? 'consultations.respond.confirmNoObjectionMission' : 'consultations.respond.confirmNoObjectionShared', { version: c.currentVersion?.number ?? 1 })}
        confirmLabel={t('consultations.respond.recordNoObjection')}
        loading={setPosition.isPending}
        onConfirm={noObjection}
        onCancel={() => setConfirming(false)}
      />
      <Modal opened={open} onClose={() => setOpen(false)} title={t('consultations.respond.title', { title })} size="lg" closeButtonProps={{ 'aria-label': t('common.actions.close') }}>
        {open && (
          <PositionForm
            consultation={c}
            partyCode={partyCode}
            onBehalf={onBehalf}
            onCancel={() => setOpen(false)}
            onDone={(saved) => {
              setOpen(false);
              toast({ message: t('consultations.respond.recorded', { party: partyName(partyCode), position: t(`consultations.position.${saved.kind}`) }), autoClose: 5000 });
            }}
          />
        )}
      </Modal>
    </>
  );
}
