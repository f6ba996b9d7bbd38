// One document on its own page: where search hits and links to a document lead.
import { Group, Stack, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PathLink } from '../../../components/PathLink.tsx';
import { NotFoundPage, PageSkeleton, RecordLoadError } from '../../../components/PageStates.tsx';
import { ClassificationBadge } from '../../../components/record/ClassificationBadge.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useDocument } from '../api/get-document.ts';
import { DocumentDetails } from '../components/DocumentModal.tsx';

/** One document on its own page: where search hits and links to a document lead. */
export function DocumentPage() {
  const { t } = useTranslation();
  const { id } = useParams({ strict: false }) as { id: string };
  const query = useDocument(id);
  const doc = query.data;
  usePageTitle(doc?.title);
  if (query.isError) return isApiError(query.error) && query.error.status === 404 ? <NotFoundPage /> : <RecordLoadError error={query.error} onRetry={() => query.refetch()} />;
  if (!doc) return <PageSkeleton />;
  return (
    <Stack gap="md">
      <Group gap="sm" align="center">
        <Title order={1}>{doc.title}</Title>
        <ClassificationBadge classification={doc.classification} sharedWith={doc.sharedWith} />
      </Group>
      {doc.record?.path && (
        <PathLink path={doc.record.path}>{t('documents.attachedTo')}</PathLink>
      )}
      <DocumentDetails id={id} onArchived={() => query.refetch()} />
    </Stack>
  );
}
