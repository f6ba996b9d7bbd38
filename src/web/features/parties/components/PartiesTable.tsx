// The table of parties: name, code, kind, membership, classification, updated.
import { Group } from '@mantine/core';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../../shared/directory.ts';
import { AnchorLink } from '../../../components/links.tsx';
import type { Column } from '../../../components/list/DataTable.tsx';
import { ListView } from '../../../components/list/ListView.tsx';
import { TruncatedText } from '../../../components/list/TruncatedText.tsx';
import { ArchivedBadge } from '../../../components/record/ArchivedBadge.tsx';
import { ClassificationBadge } from '../../../components/record/ClassificationBadge.tsx';
import { ProvenanceBadge } from '../../../components/record/ProvenanceBadge.tsx';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
import type { ListPage } from '../../../lib/api-client.ts';
import { useFormatters } from '../../../lib/format.ts';
import { localName } from '../../../lib/names.ts';

interface PartiesTableProps {
  query: UseInfiniteQueryResult<InfiniteData<ListPage<Party>>, Error>;
  sort?: string;
  onSortChange?: (sort: string) => void;
  empty: ReactNode;
}

export function PartiesTable({ query, sort, onSortChange, empty }: PartiesTableProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();

  const columns: Column<Party>[] = [
    {
      key: 'name',
      header: t('parties.fields.name'),
      sortKey: 'name',
      width: '34%',
      render: (p) => (
        <Group gap={6} wrap="nowrap">
          <TruncatedText text={localName(p, i18n.language)}>
            <AnchorLink to="/parties/$id" params={{ id: p.id }} fw={600}>
              {localName(p, i18n.language)}
            </AnchorLink>
          </TruncatedText>
          {p.isOwn && <ToneBadge color="blue">{t('parties.own')}</ToneBadge>}
          <ArchivedBadge archivedAt={p.archivedAt} />
          <ProvenanceBadge provenance={p.provenance} />
        </Group>
      ),
    },
    { key: 'code', header: t('parties.fields.code'), sortKey: 'code', width: '10%', render: (p) => <TruncatedText text={p.code} /> },
    { key: 'kind', header: t('parties.fields.kind'), visibleFrom: 'sm', render: (p) => <TruncatedText text={t(`common.partyKinds.${p.kind}`)} /> },
    {
      key: 'member',
      header: t('parties.fields.memberSince'),
      visibleFrom: 'md',
      width: '14%',
      render: (p) => <TruncatedText text={p.memberFrom ? fmt.date(p.memberFrom) : ''} />,
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
      caption={t('parties.title')}
      columns={columns}
      rowKey={(p) => p.id}
      sort={sort}
      onSortChange={onSortChange}
      empty={empty}
      muted={(p) => p.archivedAt !== null}
    />
  );
}
