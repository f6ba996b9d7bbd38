// One organisation: its header, people, units, details and documents.
import { Stack } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageSkeleton, RecordLoadError } from '../../../components/PageStates.tsx';
import { LinkedRecords } from '../../../components/record/LinkedRecords.tsx';
import { RecordActions } from '../../../components/record/RecordActions.tsx';
import { RecordBadges } from '../../../components/record/RecordBadges.tsx';
import { RecordHeader } from '../../../components/record/RecordHeader.tsx';
import { Section } from '../../../components/record/Section.tsx';
import { localName } from '../../../lib/names.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { DocumentsSection } from '../../documents/components/DocumentsSection.tsx';
import { useArchiveOrganization } from '../api/archive-organization.ts';
import { useOrganization } from '../api/get-organization.ts';
import { useRestoreOrganization } from '../api/restore-organization.ts';
import { ChildOrganizations } from '../components/ChildOrganizations.tsx';
import { OrganizationFacts } from '../components/OrganizationFacts.tsx';
import { OrganizationPeople } from '../components/OrganizationPeople.tsx';

const route = getRouteApi('/organizations/$id');

export function OrganizationPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const navigate = useNavigate();
  const query = useOrganization(id);
  const archive = useArchiveOrganization(id);
  const restore = useRestoreOrganization(id);
  const org = query.data;
  const name = org ? localName(org, i18n.language) : undefined;
  usePageTitle(name);

  if (query.isPending) return <PageSkeleton />;
  if (!org) return <RecordLoadError error={query.error} onRetry={() => query.refetch()} />;

  return (
    <Stack gap="lg">
      <RecordHeader
        kind={t('organizations.one')}
        title={org.acronym && org.acronym !== name ? `${name} (${org.acronym})` : (name ?? '')}
        subtitle={t(`common.organizationKinds.${org.kind}`)}
        badges={<RecordBadges record={org} />}
        actions={
          <RecordActions
            name={name ?? ''}
            recordType="organization"
            record={org}
            onEdit={() => navigate({ to: '/organizations/$id/edit', params: { id } })}
            archive={() => archive.mutateAsync()}
            restore={() => restore.mutateAsync()}
          />
        }
      />
      <Section title={t('common.record.details')}>
        <OrganizationFacts org={org} />
      </Section>
      <OrganizationPeople organizationId={org.id} />
      <ChildOrganizations parentId={org.id} />
      <DocumentsSection recordType="organization" record={org} />
      <LinkedRecords record={{ recordType: 'organization', recordId: org.id }} archived={org.archivedAt !== null} />
    </Stack>
  );
}
