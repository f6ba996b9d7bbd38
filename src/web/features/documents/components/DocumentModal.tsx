// One document in a dialog: its versions with downloads, a new version, archive.
import { Anchor, Button, Group, Modal, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconArchive } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError.tsx';
import { ArchivedBadge } from '../../../components/record/ArchivedBadge.tsx';
import { ClassificationBadge } from '../../../components/record/ClassificationBadge.tsx';
import { useArchiveAction } from '../../../components/record/use-archive-action.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { useArchiveDocument } from '../api/archive-document.ts';
import { useDocument } from '../api/get-document.ts';
import { useRestoreDocument } from '../api/restore-document.ts';
import { formatSize, typeLabel } from './document-format.ts';
import { VersionUpload } from './VersionUpload.tsx';

export function DocumentDetails({ id, onArchived }: { id: string; onArchived: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const query = useDocument(id);
  const archive = useArchiveDocument();
  const restore = useRestoreDocument();
  const doc = query.data;
  const { requestArchive, dialog } = useArchiveAction({
    name: doc?.title ?? '',
    archive: async () => {
      await archive.mutateAsync(id);
      onArchived();
    },
    restore: () => restore.mutateAsync(id),
  });

  if (query.isPending) return <Skeleton height={200} role="status" aria-label={t('common.list.loading')} />;
  if (!doc) return <QueryError error={query.error} onRetry={() => query.refetch()} />;

  return (
    <Stack gap="md">
      <Group gap={6}>
        <ClassificationBadge classification={doc.classification} sharedWith={doc.sharedWith} />
        <ArchivedBadge archivedAt={doc.archivedAt} />
      </Group>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs" striped captionSide="top">
          <Table.Caption style={{ textAlign: 'start', fontWeight: 600, color: 'var(--mantine-color-text)' }}>{t('documents.versionHistory')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('documents.fields.version')}</Table.Th>
              <Table.Th scope="col">{t('documents.fields.file')}</Table.Th>
              <Table.Th scope="col">{t('documents.fields.size')}</Table.Th>
              <Table.Th scope="col">{t('documents.fields.uploadedAt')}</Table.Th>
              <Table.Th scope="col">{t('documents.fields.download')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {doc.versions.map((v) => (
              <Table.Tr key={v.version}>
                <Table.Td>{t('documents.versionShort', { n: v.version })}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Text size="sm">{v.filename}</Text>
                  <Text size="xs" c="dimmed">
                    {typeLabel(v.mimeType, t)}
                  </Text>
                  {v.textStatus === 'too_large' && (
                    <Text size="xs" c="dimmed" fs="italic">
                      {t('documents.textTooLarge')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{formatSize(v.size, fmt.locale)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{fmt.dateTime(v.createdAt)}</Text>
                  {v.uploadedBy?.displayName && (
                    <Text size="xs" c="dimmed">
                      {v.uploadedBy.displayName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Anchor href={v.downloadUrl} download size="sm" aria-label={t('documents.downloadVersion', { n: v.version, name: doc.title })}>
                    {t('documents.download')}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {doc.abilities.update && !doc.archivedAt && <VersionUpload documentId={doc.id} title={doc.title} />}
      {doc.abilities.archive && !doc.archivedAt && (
        <Group justify="flex-end">
          <Button variant="default" color="red" leftSection={<IconArchive size={16} aria-hidden />} onClick={requestArchive}>
            {t('documents.archive')}
          </Button>
        </Group>
      )}
      {dialog}
    </Stack>
  );
}

/** One document: its versions with downloads, a new version, archive. */
export function DocumentModal({ id, title, onClose }: { id: string | null; title: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={id !== null} onClose={onClose} title={title} size="xl" closeButtonProps={{ 'aria-label': t('common.actions.close') }}>
      {id && <DocumentDetails id={id} onArchived={onClose} />}
    </Modal>
  );
}
