// Archive and restore: asks once with the record's name, then offers Undo in the toast.
import { Button, Group, Text } from '@mantine/core';
import { toast, hideToast } from '../../lib/toast.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/form.ts';
import { ConfirmDialog } from '../ConfirmDialog.tsx';

interface ArchiveActionOptions {
  name: string;
  archive: () => Promise<unknown>;
  restore: () => Promise<unknown>;
}

/**
 * Archive asks once, with the record's name in the question, then offers Undo.
 * Returns the function that opens the question and the dialog to render.
 */
export function useArchiveAction({ name, archive, restore }: ArchiveActionOptions) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);

  const undo = async (id: string) => {
    hideToast(id);
    try {
      await restore();
      toast({ message: t('common.record.restoredToast', { name }), autoClose: 4000 });
    } catch (error) {
      toast({ color: 'red', title: t('common.record.restoreFailed'), message: describeError(error, t), autoClose: false });
    }
  };

  const confirm = async () => {
    setBusy(true);
    try {
      await archive();
      setOpened(false);
      const id = `archived-${Date.now()}`;
      toast({
        id,
        autoClose: 8000,
        message: (
          <Group justify="space-between" gap="sm" wrap="nowrap" align="center">
            <Text size="sm" style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
              {t('common.record.archivedToast', { name })}
            </Text>
            <Button size="compact-sm" variant="default" onClick={() => undo(id)}>
              {t('common.actions.undo')}
            </Button>
          </Group>
        ),
      });
    } catch (error) {
      toast({ color: 'red', title: t('common.record.archiveFailed'), message: describeError(error, t), autoClose: false });
    } finally {
      setBusy(false);
    }
  };

  const dialog = (
    <ConfirmDialog
      opened={opened}
      title={t('common.record.archiveQuestion', { name })}
      message={t('common.record.archiveExplanation')}
      confirmLabel={t('common.actions.archive')}
      danger
      loading={busy}
      onConfirm={confirm}
      onCancel={() => setOpened(false)}
    />
  );

  return { requestArchive: () => setOpened(true), dialog };
}
