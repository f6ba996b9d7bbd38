// The table of delegations: name, party, head, members, classification, updated.
import { useTranslation } from 'react-i18next';
import type { Delegation } from '../../../../shared/directory.ts';
import { AnchorLink } from '../../../components/links.tsx';
import type { Column } from '../../../components/list/DataTable.tsx';
import { RecordNameCell, RecordsTable, type RecordsTableProps } from '../../../components/list/RecordsTable.tsx';
import { TruncatedText } from '../../../components/list/TruncatedText.tsx';
import { usePartiesLookup } from '../../../components/references/use-parties-lookup.ts';
import { useFormatters } from '../../../lib/format.ts';
import { localName, personLabel } from '../../../lib/names.ts';
import { delegationName } from './delegation-name.ts';

export function DelegationsTable(props: RecordsTableProps<Delegation>) {
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
        <RecordNameCell
          record={d}
          text={delegationName(d, i18n.language)}
          link={
            <AnchorLink to="/delegations/$id" params={{ id: d.id }} fw={600}>
              {delegationName(d, i18n.language)}
            </AnchorLink>
          }
        />
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
  ];

  return <RecordsTable caption={t('delegations.title')} columns={columns} updatedWidth="11%" {...props} />;
}
