// A record's documents: title, classification, version, size, type, when uploaded, download.
import { ActionIcon, Button, Group, Text, Tooltip } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../../components/list/DataTable.tsx';
import { ListView } from '../../../components/list/ListView.tsx';
import { TruncatedText } from '../../../components/list/TruncatedText.tsx';
import { ClassificationBadge } from '../../../components/record/ClassificationBadge.tsx';
import type { ListPage } from '../../../lib/api-client.ts';
import { useFormatters } from '../../../lib/format.ts';
import type { DocumentListItem } from '../api/get-documents.ts';
import { formatSize, typeLabel } from './document-format.ts';

interface DocumentsTableProps {
  query: UseInfiniteQueryResult<InfiniteData<ListPage<DocumentListItem>>, Error>;
  caption: string;
  empty: React.ReactNode;
  onOpen: (doc: DocumentListItem) => void;
}

/** A record's documents: title (opens versions), classification, version, size, type, when uploaded, download. */
export function DocumentsTable({ query, caption, empty, onOpen }: DocumentsTableProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const columns: Column<DocumentListItem>[] = [
    {
      key: 'title',
      header: t('documents.fields.title'),
      render: (d) => (
        <Button variant="subtle" size="compact-sm" px={4} maw="100%" onClick={() => onOpen(d)} aria-label={t('documents.openDocument', { name: d.title })}>
          <Text size="sm" fw={600} truncate="end">
            {d.title}
          </Text>
        </Button>
      ),
    },
    { key: 'classification', header: t('common.classification.field'), width: 150, render: (d) => <ClassificationBadge classification={d.classification} compact /> },
    { key: 'version', header: t('documents.fields.version'), width: 80, visibleFrom: 'sm', render: (d) => <Text size="sm">{t('documents.versionShort', { n: d.currentVersion })}</Text> },
    { key: 'size', header: t('documents.fields.size'), width: 96, visibleFrom: 'md', render: (d) => <TruncatedText text={d.current ? formatSize(d.current.size, fmt.locale) : ''} dimmed /> },
    { key: 'type', header: t('documents.fields.type'), width: 130, visibleFrom: 'md', render: (d) => <TruncatedText text={d.current ? typeLabel(d.current.mimeType, t) : ''} dimmed /> },
    { key: 'uploaded', header: t('documents.fields.uploadedAt'), width: 150, visibleFrom: 'lg', render: (d) => <TruncatedText text={fmt.day(d.current?.createdAt ?? d.updatedAt)} dimmed /> },
    {
      key: 'download',
      header: t('documents.fields.download'),
      width: 90,
      render: (d) => (
        <Group gap={4} wrap="nowrap">
          <Tooltip label={t('documents.download')}>
            <ActionIcon component="a" href={d.downloadUrl} download variant="subtle" aria-label={t('documents.downloadNamed', { name: d.title })}>
              <IconDownload size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      ),
    },
  ];
  return <ListView query={query} caption={caption} columns={columns} rowKey={(d) => d.id} empty={empty} nested muted={(d) => d.archivedAt !== null} />;
}
