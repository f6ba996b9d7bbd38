// The people with a post at an organisation, with that post beside each name.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/directory.ts';
import { AnchorLink } from '../../../components/links.tsx';
import { ListView } from '../../../components/list/ListView.tsx';
import { TruncatedText } from '../../../components/list/TruncatedText.tsx';
import { Section } from '../../../components/record/Section.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { personLabel } from '../../../lib/names.ts';
import { useOrganizationPeople } from '../api/get-organization-people.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** People with a post here; the post at this organisation is shown beside each name. */
export function OrganizationPeople({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const query = useOrganizationPeople(organizationId);
  const postHere = (person: Person) =>
    person.posts.filter((p) => p.organizationId === organizationId).sort((a, b) => (b.fromDate ?? '').localeCompare(a.fromDate ?? ''))[0];

  return (
    <Section title={t('organizations.people')} count={query.data?.pages[0]?.total}>
      <ListView
        query={query}
        caption={t('organizations.people')}
        nested
        rowKey={(p) => p.id}
        empty={<Text size="sm" c="dimmed">{t('organizations.noPeople')}</Text>}
        columns={[
          {
            key: 'name',
            header: t('organizations.peopleList.fullName'),
            width: '40%',
            render: (p) => (
              <TruncatedText text={personLabel(p)}>
                <AnchorLink to="/people/$id" params={{ id: p.id }} fw={600}>
                  {personLabel(p)}
                </AnchorLink>
              </TruncatedText>
            ),
          },
          { key: 'title', header: t('organizations.peopleList.title'), render: (p) => <TruncatedText text={postHere(p)?.title ?? ''} /> },
          {
            key: 'period',
            header: t('common.tenure.period'),
            visibleFrom: 'sm',
            render: (p) => {
              const post = postHere(p);
              if (!post) return null;
              const current = !post.toDate || post.toDate >= today();
              return (
                <TruncatedText
                  dimmed={!current}
                  text={fmt.period(post.fromDate, current ? null : post.toDate, t('common.tenure.present'))}
                />
              );
            },
          },
        ]}
      />
    </Section>
  );
}
