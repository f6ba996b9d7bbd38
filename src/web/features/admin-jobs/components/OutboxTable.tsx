// The e-mails Chancery composed, newest first; the subject opens the message.
import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../components/list/DataTable.tsx';
import { ListView } from '../../../components/list/ListView.tsx';
import { TruncatedText } from '../../../components/list/TruncatedText.tsx';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { type OutboxItem, useOutbox } from '../api/get-outbox.ts';

export const OUTBOX_TONE: Record<OutboxItem['status'], string> = { pending: 'blue', sent: 'green', kept: 'gray', failed: 'red' };

/** E-mails Chancery composed, newest first; the subject opens the message. */
export function OutboxTable({ empty, onOpen }: { empty: React.ReactNode; onOpen: (item: OutboxItem) => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const query = useOutbox();
  const columns: Column<OutboxItem>[] = [
    { key: 'to', header: t('adminJobs.outbox.to'), width: '24%', render: (m) => <TruncatedText text={m.toAddress} /> },
    {
      key: 'subject',
      header: t('adminJobs.outbox.subject'),
      render: (m) => (
        <Button variant="subtle" size="compact-sm" px={4} maw="100%" onClick={() => onOpen(m)} aria-label={t('adminJobs.outbox.open', { subject: m.subject })}>
          <Text size="sm" fw={600} truncate="end">
            {m.subject}
          </Text>
        </Button>
      ),
    },
    { key: 'status', header: t('adminJobs.fields.status'), width: 110, render: (m) => <ToneBadge color={OUTBOX_TONE[m.status]}>{t(`adminJobs.outbox.statuses.${m.status}`)}</ToneBadge> },
    { key: 'language', header: t('adminJobs.outbox.language'), width: 90, visibleFrom: 'lg', render: (m) => <TruncatedText text={m.language.toUpperCase()} dimmed /> },
    { key: 'created', header: t('adminJobs.outbox.created'), width: 170, visibleFrom: 'md', render: (m) => <TruncatedText text={fmt.dateTime(m.createdAt)} dimmed /> },
  ];
  return <ListView query={query} caption={t('adminJobs.outbox.title')} columns={columns} rowKey={(m) => m.id} empty={empty} keyboard={false} />;
}
