// The table of organisations: name, kind, country, classification, updated.
import { Group, Text } from '@mantine/core';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../../../shared/directory.ts';
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
import { localName, organizationLabel } from '../../../lib/names.ts';

interface OrganizationsTableProps {
  query: UseInfiniteQueryResult<InfiniteData<ListPage<Organization>>, Error>;
  sort?: string;
  onSortChange?: (sort: string) => void;
  empty: ReactNode;
  /** Fewer columns when the table sits inside another record's page. */
  nested?: boolean;
}

export function OrganizationsTable({ query, sort, onSortChange, empty, nested }: OrganizationsTableProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const parties = usePartiesLookup();

  const columns: Column<Organization>[] = [
    {
      key: 'name',
      header: t('organizations.fields.name'),
      sortKey: 'name',
      width: nested ? undefined : '38%',
      render: (org) => {
        const name = localName(org, i18n.language);
        return (
          <Group gap={6} wrap="nowrap">
            <TruncatedText text={organizationLabel(org, i18n.language)}>
              <AnchorLink to="/organizations/$id" params={{ id: org.id }} fw={600}>
                {name}
              </AnchorLink>
              {org.acronym && org.acronym !== name && <Text span size="sm" c="dimmed">{` · ${org.acronym}`}</Text>}
            </TruncatedText>
            <ArchivedBadge archivedAt={org.archivedAt} />
            <ProvenanceBadge provenance={org.provenance} />
          </Group>
        );
      },
    },
    {
      key: 'kind',
      header: t('organizations.fields.kind'),
      visibleFrom: 'sm',
      render: (org) => <TruncatedText text={t(`common.organizationKinds.${org.kind}`)} />,
    },
    {
      key: 'country',
      header: t('organizations.fields.country'),
      visibleFrom: 'md',
      width: '14%',
      render: (org) => {
        const party = org.countryCode ? parties.byCode.get(org.countryCode) : undefined;
        return <TruncatedText text={party ? localName(party, i18n.language) : (org.countryCode ?? '')} />;
      },
    },
    {
      key: 'classification',
      header: t('common.classification.field'),
      width: 150,
      render: (org) => <ClassificationBadge classification={org.classification} compact />,
    },
  ];
  if (!nested)
    columns.push({
      key: 'updated',
      header: t('common.record.updated'),
      sortKey: 'updatedAt',
      descendingFirst: true,
      visibleFrom: 'lg',
      width: '12%',
      render: (org) => <TruncatedText text={fmt.day(org.updatedAt)} dimmed />,
    });

  return (
    <ListView
      query={query}
      caption={t('organizations.title')}
      columns={columns}
      rowKey={(org) => org.id}
      sort={sort}
      onSortChange={onSortChange}
      empty={empty}
      muted={(org) => org.archivedAt !== null}
      nested={nested}
    />
  );
}
