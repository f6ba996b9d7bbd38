// A table of classified records: the feature's columns, then the classification and (on list pages) when each was last updated; archived rows muted.
import { Group } from '@mantine/core';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Classification } from '../../../shared/common.ts';
import type { ListPage } from '../../lib/api-client.ts';
import { useFormatters } from '../../lib/format.ts';
import { ArchivedBadge } from '../record/ArchivedBadge.tsx';
import { ClassificationBadge } from '../record/ClassificationBadge.tsx';
import { ProvenanceBadge } from '../record/ProvenanceBadge.tsx';
import type { Column } from './DataTable.tsx';
import { ListView } from './ListView.tsx';
import { TruncatedText } from './TruncatedText.tsx';

interface RecordRow {
  id: string;
  classification: Classification;
  updatedAt: string;
  archivedAt: string | null;
}

/** What a feature's table of records takes from its page. */
export interface RecordsTableProps<T> {
  query: UseInfiniteQueryResult<InfiniteData<ListPage<T>>, Error>;
  sort?: string;
  onSortChange?: (sort: string) => void;
  empty: ReactNode;
  /** Inside another record's page: no "updated" column, no count line, no sticky header. */
  nested?: boolean;
}

interface Props<T extends RecordRow> extends RecordsTableProps<T> {
  caption: string;
  /** The feature's own columns; classification and "updated" follow. */
  columns: Column<T>[];
  updatedWidth?: string;
}

export function RecordsTable<T extends RecordRow>({ query, caption, columns, sort, onSortChange, empty, nested, updatedWidth = '12%' }: Props<T>) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const all: Column<T>[] = [
    ...columns,
    { key: 'classification', header: t('common.classification.field'), width: 150, render: (r) => <ClassificationBadge classification={r.classification} compact /> },
  ];
  if (!nested)
    all.push({
      key: 'updated',
      header: t('common.record.updated'),
      sortKey: 'updatedAt',
      descendingFirst: true,
      visibleFrom: 'lg',
      width: updatedWidth,
      render: (r) => <TruncatedText text={fmt.day(r.updatedAt)} dimmed />,
    });
  return (
    <ListView
      query={query}
      caption={caption}
      columns={all}
      rowKey={(r) => r.id}
      sort={sort}
      onSortChange={onSortChange}
      empty={empty}
      muted={(r) => r.archivedAt !== null}
      nested={nested}
    />
  );
}

/** A record's name cell: the link to it (cut to the cell, whole in a tooltip), then its badges. */
export function RecordNameCell({ text, link, badges, record }: { text: string; link: ReactNode; badges?: ReactNode; record: { archivedAt: string | null; provenance: Parameters<typeof ProvenanceBadge>[0]['provenance'] } }) {
  return (
    <Group gap={6} wrap="nowrap">
      <TruncatedText text={text}>{link}</TruncatedText>
      {badges}
      <ArchivedBadge archivedAt={record.archivedAt} />
      <ProvenanceBadge provenance={record.provenance} />
    </Group>
  );
}
