// The administrators' page of the e-mail outbox.
import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListEmptyState } from '../../../components/list/ListEmptyState.tsx';
import { ListPageHeader } from '../../../components/list/ListPageHeader.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import type { OutboxItem } from '../api/get-outbox.ts';
import { OutboxDrawer } from '../components/OutboxDrawer.tsx';
import { OutboxTable } from '../components/OutboxTable.tsx';

export function OutboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('adminJobs.outbox.title'));
  const [open, setOpen] = useState<OutboxItem | null>(null);
  return (
    <Stack gap="md">
      <ListPageHeader title={t('adminJobs.outbox.title')} />
      <Text size="sm" c="dimmed" maw={760}>
        {t('adminJobs.outbox.intro')}
      </Text>
      <OutboxTable onOpen={setOpen} empty={<ListEmptyState filtered={false} title={t('adminJobs.outbox.empty')} description={t('adminJobs.outbox.emptyHint')} />} />
      <OutboxDrawer item={open} onClose={() => setOpen(null)} />
    </Stack>
  );
}
