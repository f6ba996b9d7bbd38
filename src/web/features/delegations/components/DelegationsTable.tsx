// The table of delegations: name, party, head, members, classification, updated.
import { Group } from '@mantine/core';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Delegation } from '../../../../shared/directory.ts';
import { AnchorLink } from '../../../components/links.tsx';
import type { Column } from '../../../components/list/DataTable.tsx';
import { ListView } from '../../../components/list/ListView.tsx';
import { TruncatedText } from '../../../components/list/TruncatedText.tsx';
import { ArchivedBadge } from '../../../components/record/ArchivedBadge.tsx';
import { ClassificationBadge } from '../../../components/record/ClassificationBadge.tsx';
import { ProvenanceBadge } from '../../../components/record/ProvenanceBadge.tsx';
import { usePartiesLookup } from '../../../components/references/use-parties-lookup.ts';
import type { ListPage } from '../../../lib/api-client.ts';
import { useFormatters } from '../../../lib/format.ts';
import { localName, personLabel } from '../../../lib/names.ts';
import { delegationName } from './delegation-name.ts';

interface DelegationsTableProps {
  query: UseInfiniteQueryResult<InfiniteData<ListPage<Delegation>>, Error>;
  sort?: string;
  onSortChange?: (sort: string) => void;
  empty: ReactNode;
}

export function DelegationsTable({ query, sort, onSortChange, empty }: DelegationsTableProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const parties = usePartiesLookup();

  const columns: Column<Delegation>[] = [
    {
      key: 'name',
      header: t('delegations.fields.name'),
      sortKey: 'name',
      width: '34%',
      render: (d) => (
        <Group gap={6} wrap="nowrap">
          <TruncatedText text={delegationName(d, i18n.language)}>
            <AnchorLink to="/delegations/$id" params={{ id: d.id }} fw={600}>
              {delegationName(d, i18n.language)}
            </AnchorLink>
          </TruncatedText>
          <ArchivedBadge archivedAt={d.archivedAt} />
          <ProvenanceBadge provenance={d.provenance} />
        </Group>
      ),
    },
    {
      key: 'party',
      header: t('delegations.fields.party'),
      width: '16%',
      render: (d) => {
        const party = parties.byCode.get(d.partyCode);
        return <TruncatedText text={party ? localName(party, i18n.language) : d.partyCode} />;
      },
    },
    { key: 'head', header: t('delegations.fields.head'), visibleFrom: 'sm', render: (d) => <TruncatedText text={d.head ? personLabel(d.head) : ''} /> },
    {
      key: 'members',
      header: t('delegations.fields.memberCount'),
      visibleFrom: 'md',
      width: '9%',
      render: (d) => <TruncatedText text={fmt.number(d.members.length)} />,
    },
    {
      key: 'classification',
      header: t('common.classification.field'),
      width: 150,
      render: (d) => <ClassificationBadge classification={d.classification} compact />,
    },
    {
      key: 'updated',
      header: t('common.record.updated'),
      sortKey: 'updatedAt',
      descendingFirst: true,
      visibleFrom: 'lg',
      width: '11%',
      render: (d) => <TruncatedText text={fmt.day(d.updatedAt)} dimmed />,
    },
  ];

  return (
    <ListView
      query={query}
      caption={t('delegations.title')}
      columns={columns}
      rowKey={(d) => d.id}
      sort={sort}
      onSortChange={onSortChange}
      empty={empty}
      muted={(d) => d.archivedAt !== null}
    />
  );
}
