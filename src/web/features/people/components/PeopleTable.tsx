// The table of people: name, current post and organisation, classification, updated.
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/directory.ts';
import { AnchorLink } from '../../../components/links.tsx';
import type { Column } from '../../../components/list/DataTable.tsx';
import { RecordNameCell, RecordsTable, type RecordsTableProps } from '../../../components/list/RecordsTable.tsx';
import { TruncatedText } from '../../../components/list/TruncatedText.tsx';
import { organizationLabel, personLabel } from '../../../lib/names.ts';
import { currentPost } from './posts.ts';

export function PeopleTable(props: RecordsTableProps<Person>) {
  const { t, i18n } = useTranslation();

  const columns: Column<Person>[] = [
    {
      key: 'name',
      header: t('people.fields.fullName'),
      sortKey: 'name',
      width: '32%',
      render: (p) => (
        <RecordNameCell
          record={p}
          text={personLabel(p)}
          link={
            <AnchorLink to="/people/$id" params={{ id: p.id }} fw={600}>
              {personLabel(p)}
            </AnchorLink>
          }
        />
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
  ];

  return <RecordsTable caption={t('people.title')} columns={columns} {...props} />;
}
