// A record page's Edit, Archive / Restore and History, each shown only when the user may.
import { Button } from '@mantine/core';
import { toast } from '../../lib/toast.ts';
import { IconArchive, IconArchiveOff, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/form.ts';
import { HistoryLink } from './HistoryLink.tsx';
import { useArchiveAction } from './use-archive-action.tsx';

interface RecordActionsProps {
  /** The record's name, used in the archive question and the toasts. */
  name: string;
  /** The record type as the audit log names it (`organization`). */
  recordType: string;
  record: { id: string; archivedAt: string | null; abilities: { update: boolean; archive: boolean } };
  onEdit: () => void;
  archive: () => Promise<unknown>;
  restore: () => Promise<unknown>;
}

/** Edit / Archive / Restore / History, each shown only when the user may use it. */
export function RecordActions({ name, recordType, record, onEdit, archive, restore }: RecordActionsProps) {
  const { t } = useTranslation();
  const { requestArchive, dialog } = useArchiveAction({ name, archive, restore });
  const [restoring, setRestoring] = useState(false);
  const archived = record.archivedAt !== null;

  const doRestore = async () => {
    setRestoring(true);
    try {
      await restore();
      toast({ message: t('common.record.restoredToast', { name }), autoClose: 4000 });
    } catch (error) {
      toast({ color: 'red', title: t('common.record.restoreFailed'), message: describeError(error, t), autoClose: false });
    } finally {
      setRestoring(false);
    }
  };

  return (
    <>
      {record.abilities.update && !archived && (
        <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit}>
          {t('common.actions.edit')}
        </Button>
      )}
      {record.abilities.archive && !archived && (
        <Button variant="default" leftSection={<IconArchive size={16} aria-hidden />} onClick={requestArchive}>
          {t('common.actions.archive')}
        </Button>
      )}
      {record.abilities.archive && archived && (
        <Button variant="default" leftSection={<IconArchiveOff size={16} aria-hidden />} onClick={doRestore} loading={restoring}>
          {t('common.actions.restore')}
        </Button>
      )}
      <HistoryLink recordType={recordType} recordId={record.id} />
      {dialog}
    </>
  );
}
