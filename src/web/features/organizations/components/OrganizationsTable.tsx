// The table of organisations: name, kind, country, classification, updated.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../../../shared/directory.ts';
import { AnchorLink } from '../../../components/links.tsx';
import type { Column } from '../../../components/list/DataTable.tsx';
import { RecordNameCell, RecordsTable, type RecordsTableProps } from '../../../components/list/RecordsTable.tsx';
import { TruncatedText } from '../../../components/list/TruncatedText.tsx';
import { usePartiesLookup } from '../../../components/references/use-parties-lookup.ts';
import { localName, organizationLabel } from '../../../lib/names.ts';

export function OrganizationsTable({ nested, ...props }: RecordsTableProps<Organization>) {
  const { t, i18n } = useTranslation();
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
          <RecordNameCell
            record={org}
            text={organizationLabel(org, i18n.language)}
            link={
              <>
                <AnchorLink to="/organizations/$id" params={{ id: org.id }} fw={600}>
                  {name}
                </AnchorLink>
                {org.acronym && org.acronym !== name && <Text span size="sm" c="dimmed">{` · ${org.acronym}`}</Text>}
              </>
            }
          />
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
  ];

  return <RecordsTable caption={t('organizations.title')} columns={columns} nested={nested} {...props} />;
}
