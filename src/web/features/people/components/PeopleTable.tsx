// The table of people: name, current post and organisation, classification, updated.
import { Group } from '@mantine/core';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/directory.ts';
import { AnchorLink } from '../../../components/links.tsx';
import type { Column } from '../../../components/list/DataTable.tsx';
import { ListView } from '../../../components/list/ListView.tsx';
import { TruncatedText } from '../../../components/list/TruncatedText.tsx';
import { ArchivedBadge } from '../../../components/record/ArchivedBadge.tsx';
import { ClassificationBadge } from '../../../components/record/ClassificationBadge.tsx';
import { ProvenanceBadge } from '../../../components/record/ProvenanceBadge.tsx';
import type { ListPage } from '../../../lib/api-client.ts';
import { useFormatters } from '../../../lib/format.ts';
import { organizationLabel, personLabel } from '../../../lib/names.ts';
import { currentPost } from './posts.ts';

interface PeopleTableProps {
  query: UseInfiniteQueryResult<InfiniteData<ListPage<Person>>, Error>;
  sort?: string;
  onSortChange?: (sort: string) => void;
  empty: ReactNode;
}

export function PeopleTable({ query, sort, onSortChange, empty }: PeopleTableProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();

  const columns: Column<Person>[] = [
    {
      key: 'name',
      header: t('people.fields.fullName'),
      sortKey: 'name',
      width: '32%',
      render: (p) => (
        <Group gap={6} wrap="nowrap">
          <TruncatedText text={personLabel(p)}>
            <AnchorLink to="/people/$id" params={{ id: p.id }} fw={600}>
              {personLabel(p)}
            </AnchorLink>
          </TruncatedText>
          <ArchivedBadge archivedAt={p.archivedAt} />
          <ProvenanceBadge provenance={p.provenance} />
        </Group>
      ),
    },
    {
      key: 'post',
      header: t('people.currentPost'),
      visibleFrom: 'sm',
      render: (p) => <TruncatedText text={currentPost(p)?.title ?? ''} />,
    },
    {
      key: 'organization',
      header: t('people.posts.organization'),
      visibleFrom: 'md',
      render: (p) => {
        const post = currentPost(p);
        return <TruncatedText text={post ? organizationLabel(post.organization, i18n.language) : ''} />;
      },
    },
    {
      key: 'classification',
      header: t('common.classification.field'),
      width: 150,
      render: (p) => <ClassificationBadge classification={p.classification} compact />,
    },
    {
      key: 'updated',
      header: t('common.record.updated'),
      sortKey: 'updatedAt',
      descendingFirst: true,
      visibleFrom: 'lg',
      width: '12%',
      render: (p) => <TruncatedText text={fmt.day(p.updatedAt)} dimmed />,
    },
  ];

  return (
    <ListView
      query={query}
      caption={t('people.title')}
      columns={columns}
      rowKey={(p) => p.id}
      sort={sort}
      onSortChange={onSortChange}
      empty={empty}
      muted={(p) => p.archivedAt !== null}
    />
  );
}
