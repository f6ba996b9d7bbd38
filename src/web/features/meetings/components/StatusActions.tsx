// A meeting's next steps (convene, conclude, approve the record, cancel), each confirmed once.
import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MEETING_STATUSES } from '../../../../shared/meetings.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { describeError } from '../../../lib/form.ts';
import { toast } from '../../../lib/toast.ts';
import { useChangeStatus } from '../api/change-meeting-status.ts';
import type { Meeting } from '../api/types.ts';

type Status = (typeof MEETING_STATUSES)[number];

/** Convene / conclude / approve record / cancel: only the moves this user may make now, each confirmed once. */
export function StatusActions({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const change = useChangeStatus(meeting.id);
  const [asked, setAsked] = useState<Status | null>(null);
  const name = meeting.title;

  const confirm = async () => {
    if (!asked) return;
    try {
      await change.mutateAsync(asked);
      toast({ message: t(`meetings.status.done.${asked}`, { name }), autoClose: 4000 });
      setAsked(null);
    } catch (error) {
      toast({ color: 'red', title: t('meetings.status.failed'), message: describeError(error, t), autoClose: false });
    }
  };

  return (
    <>
      {meeting.nextStatuses.map((s) => (
        <Button key={s} variant={s === 'cancelled' ? 'default' : 'filled'} color={s === 'record_approved' ? 'green' : undefined} onClick={() => setAsked(s)}>
          {t(`meetings.status.action.${s}`)}
        </Button>
      ))}
      <ConfirmDialog
        opened={asked !== null}
        title={asked ? t(`meetings.status.question.${asked}`, { name }) : ''}
        message={asked === 'record_approved' ? t('meetings.status.approveExplanation') : undefined}
        confirmLabel={asked ? t(`meetings.status.action.${asked}`) : ''}
        danger={asked === 'cancelled'}
        loading={change.isPending}
        onConfirm={confirm}
        onCancel={() => setAsked(null)}
      />
    </>
  );
}
