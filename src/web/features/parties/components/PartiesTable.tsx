// The table of parties: name, code, kind, membership, classification, updated.
import { useTranslation } from 'react-i18next';
import type { Party } from '../../../../shared/directory.ts';
import { AnchorLink } from '../../../components/links.tsx';
import type { Column } from '../../../components/list/DataTable.tsx';
import { RecordNameCell, RecordsTable, type RecordsTableProps } from '../../../components/list/RecordsTable.tsx';
import { TruncatedText } from '../../../components/list/TruncatedText.tsx';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { localName } from '../../../lib/names.ts';

export function PartiesTable(props: RecordsTableProps<Party>) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();

  const columns: Column<Party>[] = [
    {
      key: 'name',
      header: t('parties.fields.name'),
      sortKey: 'name',
      width: '34%',
      render: (p) => (
        <RecordNameCell
          record={p}
          text={localName(p, i18n.language)}
          link={
            <AnchorLink to="/parties/$id" params={{ id: p.id }} fw={600}>
              {localName(p, i18n.language)}
            </AnchorLink>
          }
          badges={p.isOwn && <ToneBadge color="blue">{t('parties.own')}</ToneBadge>}
        />
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
  ];

  return <RecordsTable caption={t('parties.title')} columns={columns} {...props} />;
}
