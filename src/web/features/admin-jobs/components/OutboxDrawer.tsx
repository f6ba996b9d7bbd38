// One e-mail of the outbox as it was (or will be) sent: headers and plain-text body.
import { Code, Drawer, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Facts } from '../../../components/record/Facts.tsx';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
import { useFormatters } from '../../../lib/format.ts';
import type { OutboxItem } from '../api/get-outbox.ts';
import { OUTBOX_TONE } from './OutboxTable.tsx';

/** One e-mail as it was (or will be) sent: headers and plain-text body. */
export function OutboxDrawer({ item, onClose }: { item: OutboxItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <Drawer opened={item !== null} onClose={onClose} position="right" size="lg" title={item?.subject ?? ''} closeButtonProps={{ 'aria-label': t('common.actions.close') }}>
      {item && (
        <Stack gap="md">
          <Facts
            items={[
              { label: t('adminJobs.outbox.to'), value: item.toAddress },
              { label: t('adminJobs.fields.status'), value: <ToneBadge color={OUTBOX_TONE[item.status]}>{t(`adminJobs.outbox.statuses.${item.status}`)}</ToneBadge> },
              { label: t('adminJobs.outbox.language'), value: item.language.toUpperCase() },
              { label: t('adminJobs.outbox.created'), value: fmt.dateTime(item.createdAt) },
              { label: t('adminJobs.outbox.sent'), value: item.sentAt ? fmt.dateTime(item.sentAt) : null },
              { label: t('adminJobs.outbox.attachments'), value: item.attachments.length ? item.attachments.map((a) => a.filename).join(', ') : null },
              { label: t('adminJobs.fields.lastError'), value: item.error },
            ]}
          />
          <Text size="sm" fw={600}>
            {t('adminJobs.outbox.body')}
          </Text>
          <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {item.textBody}
          </Code>
        </Stack>
      )}
    </Drawer>
  );
}
