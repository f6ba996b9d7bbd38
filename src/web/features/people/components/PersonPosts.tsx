// A person's posts over time: current ones first, each with its organisation and dates.
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/directory.ts';
import { AnchorLink } from '../../../components/links.tsx';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
import { Section } from '../../../components/record/Section.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { organizationLabel } from '../../../lib/names.ts';
import { isCurrentPost, sortPosts } from './posts.ts';

/** Posts over time: current ones first, each with its organisation and dates. */
export function PersonPosts({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const posts = sortPosts(person.posts);

  return (
    <Section title={t('people.posts.heading')} count={posts.length}>
      {posts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('people.posts.none')}
        </Text>
      ) : (
        <Table verticalSpacing="xs" layout="fixed">
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left', position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
            {t('people.posts.heading')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('people.posts.title')}</Table.Th>
              <Table.Th scope="col">{t('people.posts.organization')}</Table.Th>
              <Table.Th scope="col" w="22%">
                {t('common.tenure.period')}
              </Table.Th>
              <Table.Th scope="col" w="14%" visibleFrom="sm">
                {t('people.posts.status')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {posts.map((post) => {
              const current = isCurrentPost(post);
              return (
                <Table.Tr key={post.id}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{post.title}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    <AnchorLink to="/organizations/$id" params={{ id: post.organizationId }}>
                      {organizationLabel(post.organization, i18n.language)}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>
                    {fmt.period(post.fromDate, post.toDate, t('common.tenure.present'))}
                  </Table.Td>
                  <Table.Td visibleFrom="sm">
                    <ToneBadge color={current ? 'blue' : 'gray'}>{current ? t('people.posts.current') : t('people.posts.former')}</ToneBadge>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}
