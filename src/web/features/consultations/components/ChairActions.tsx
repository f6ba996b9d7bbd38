// The chair's acts, offered only when the server says the viewer may: silence procedure, withdraw.
import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconHourglass } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../../lib/toast.ts';
import { useWithdrawConsultation } from '../api/withdraw-consultation.ts';
import { useSilenceAction } from '../api/silence-action.ts';
import type { Consultation } from '../api/types.ts';
import { consultationTitle } from './consultation-title.ts';
import { ReasonDialog } from './ReasonDialog.tsx';
import { ExtendSilenceModal, LaunchSilenceModal } from './SilenceModals.tsx';

type Dialog = 'launch' | 'extend' | 'withdrawProcedure' | 'withdrawConsultation' | null;

/** The chair's acts, shown only when the server says the viewer may: launch, extend or withdraw silence; withdraw the consultation. */
export function ChairActions({ consultation: c }: { consultation: Consultation }) {
  const { t, i18n } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const silence = useSilenceAction(c.id);
  const withdraw = useWithdrawConsultation(c.id);
  const title = consultationTitle(c, i18n.language);
  const running = c.silence?.status === 'running';
  const manage = c.can.manageSilence && running;
  if (!c.can.launchSilence && !manage && !c.can.withdraw) return null;

  return (
    <>
      {c.can.launchSilence && (
        <Button leftSection={<IconHourglass size={16} aria-hidden />} onClick={() => setDialog('launch')}>
          {t('consultations.chair.launch')}
        </Button>
      )}
      {(manage || c.can.withdraw) && (
        <Menu position="bottom-end" shadow="md">
          <Menu.Target>
            <Button variant="default" rightSection={<IconChevronDown size={14} aria-hidden />}>
              {t('consultations.chair.more')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {manage && <Menu.Item onClick={() => setDialog('extend')}>{t('consultations.chair.extend')}</Menu.Item>}
            {manage && <Menu.Item onClick={() => setDialog('withdrawProcedure')}>{t('consultations.chair.withdrawProcedure')}</Menu.Item>}
            {c.can.withdraw && (
              <Menu.Item color="red" onClick={() => setDialog('withdrawConsultation')}>
                {t('consultations.chair.withdrawConsultation')}
              </Menu.Item>
            )}
          </Menu.Dropdown>
        </Menu>
      )}
      <LaunchSilenceModal consultation={c} opened={dialog === 'launch'} onClose={() => setDialog(null)} />
      <ExtendSilenceModal consultation={c} opened={dialog === 'extend'} onClose={() => setDialog(null)} />
      <ReasonDialog
        opened={dialog === 'withdrawProcedure'}
        title={t('consultations.chair.withdrawProcedureQuestion', { title })}
        message={t('consultations.chair.withdrawProcedureExplained')}
        confirmLabel={t('consultations.chair.withdrawProcedure')}
        onClose={() => setDialog(null)}
        onConfirm={async (reason) => {
          await silence.mutateAsync({ action: 'withdraw', reason });
          toast({ message: t('consultations.chair.procedureWithdrawn'), autoClose: 4000 });
          setDialog(null);
        }}
      />
      <ReasonDialog
        opened={dialog === 'withdrawConsultation'}
        title={t('consultations.chair.withdrawConsultationQuestion', { title })}
        message={t('consultations.chair.withdrawConsultationExplained')}
        confirmLabel={t('consultations.chair.withdrawConsultation')}
        onClose={() => setDialog(null)}
        onConfirm={async (reason) => {
          await withdraw.mutateAsync(reason);
          toast({ message: t('consultations.chair.consultationWithdrawn', { title }), autoClose: 4000 });
          setDialog(null);
        }}
      />
    </>
  );
}
