// The documents section of a record page: the record's attachments and the upload form.
import { Text } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Classification } from '../../../../shared/common.ts';
import { Section } from '../../../components/record/Section.tsx';
import { useMe } from '../../../lib/auth.ts';
import { type DocumentListItem, useRecordDocuments } from '../api/get-documents.ts';
import { DocumentModal } from './DocumentModal.tsx';
import { DocumentsTable } from './DocumentsTable.tsx';
import { UploadForm } from './UploadForm.tsx';

interface DocumentsSectionProps {
  /** The record type as the API names it (`organization`, `person`). */
  recordType: string;
  record: {
    id: string;
    classification: Classification;
    archivedAt: string | null;
    abilities: { update: boolean };
  };
}

/**
 * "Documents" on a record's page: the attached files, and for those who may
 * change the record, drag-and-drop upload with progress.
 */
export function DocumentsSection({ recordType, record }: DocumentsSectionProps) {
  const { t } = useTranslation();
  const me = useMe();
  const formId = `documents-${useId()}`;
  const query = useRecordDocuments(recordType, record.id);
  const [open, setOpen] = useState<DocumentListItem | null>(null);
  const canUpload = Boolean(me) && record.abilities.update && record.archivedAt === null;

  return (
    <Section title={t('documents.title')} count={query.data?.pages[0]?.total}>
      {canUpload && <UploadForm formId={formId} recordType={recordType} recordId={record.id} recordClassification={record.classification} />}
      <DocumentsTable
        query={query}
        caption={t('documents.title')}
        onOpen={setOpen}
        empty={
          <Text size="sm" c="dimmed">
            {canUpload ? t('documents.emptyCanUpload') : t('documents.empty')}
          </Text>
        }
      />
      <DocumentModal id={open?.id ?? null} title={open?.title ?? ''} onClose={() => setOpen(null)} />
    </Section>
  );
}
