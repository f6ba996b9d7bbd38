// The departments, missions and agencies under an organisation.
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from '../../../components/record/Section.tsx';
import { useChildOrganizations } from '../api/get-child-organizations.ts';
import { OrganizationsTable } from './OrganizationsTable.tsx';

export function ChildOrganizations({ parentId }: { parentId: string }) {
  const { t } = useTranslation();
  const query = useChildOrganizations(parentId);
  return (
    <Section title={t('organizations.children')} count={query.data?.pages[0]?.total}>
      <OrganizationsTable query={query} nested empty={<Text size="sm" c="dimmed">{t('organizations.noChildren')}</Text>} />
    </Section>
  );
}
