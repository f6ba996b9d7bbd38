// The administrators' page of the e-mail outbox.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListEmptyState } from '../../../components/list/ListEmptyState.tsx';
import { ListPage } from '../../../components/list/ListPage.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import type { OutboxItem } from '../api/get-outbox.ts';
import { OutboxDrawer } from '../components/OutboxDrawer.tsx';
import { OutboxTable } from '../components/OutboxTable.tsx';

export function OutboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('adminJobs.outbox.title'));
  const [open, setOpen] = useState<OutboxItem | null>(null);
  return (
    <ListPage title={t('adminJobs.outbox.title')} intro={t('adminJobs.outbox.intro')}>
      <OutboxTable onOpen={setOpen} empty={<ListEmptyState filtered={false} title={t('adminJobs.outbox.empty')} description={t('adminJobs.outbox.emptyHint')} />} />
      <OutboxDrawer item={open} onClose={() => setOpen(null)} />
    </ListPage>
  );
}
