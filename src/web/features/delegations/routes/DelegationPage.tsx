// One delegation: its header, members, details and documents.
import { Stack } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageSkeleton, RecordLoadError } from '../../../components/PageStates.tsx';
import { LinkedRecords } from '../../../components/record/LinkedRecords.tsx';
import { RecordActions } from '../../../components/record/RecordActions.tsx';
import { RecordBadges } from '../../../components/record/RecordBadges.tsx';
import { RecordHeader } from '../../../components/record/RecordHeader.tsx';
import { Section } from '../../../components/record/Section.tsx';
import { usePartiesLookup } from '../../../components/references/use-parties-lookup.ts';
import { localName } from '../../../lib/names.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useArchiveDelegation } from '../api/archive-delegation.ts';
import { useDelegation } from '../api/get-delegation.ts';
import { useRestoreDelegation } from '../api/restore-delegation.ts';
import { DelegationFacts } from '../components/DelegationFacts.tsx';
import { DelegationMembers } from '../components/DelegationMembers.tsx';
import { delegationName } from '../components/delegation-name.ts';

const route = getRouteApi('/delegations/$id');

export function DelegationPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const navigate = useNavigate();
  const query = useDelegation(id);
  const archive = useArchiveDelegation(id);
  const restore = useRestoreDelegation(id);
  const parties = usePartiesLookup();
  const delegation = query.data;
  const name = delegation ? delegationName(delegation, i18n.language) : '';
  usePageTitle(delegation ? name : undefined);

  if (query.isPending) return <PageSkeleton />;
  if (!delegation) return <RecordLoadError error={query.error} onRetry={() => query.refetch()} />;
  const party = parties.byCode.get(delegation.partyCode);

  return (
    <Stack gap="lg">
      <RecordHeader
        kind={t('delegations.one')}
        title={name}
        subtitle={party ? localName(party, i18n.language) : delegation.partyCode}
        badges={<RecordBadges record={delegation} />}
        actions={
          <RecordActions
            name={name}
            recordType="delegation"
            record={delegation}
            onEdit={() => navigate({ to: '/delegations/$id/edit', params: { id } })}
            archive={() => archive.mutateAsync()}
            restore={() => restore.mutateAsync()}
          />
        }
      />
      <DelegationMembers delegation={delegation} />
      <Section title={t('common.record.details')}>
        <DelegationFacts delegation={delegation} />
      </Section>
      <LinkedRecords record={{ recordType: 'delegation', recordId: delegation.id }} archived={delegation.archivedAt !== null} />
    </Stack>
  );
}
