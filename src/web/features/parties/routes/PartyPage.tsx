// One party: its header, delegations, details and documents.
import { Stack } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageSkeleton, RecordLoadError } from '../../../components/PageStates.tsx';
import { LinkedRecords } from '../../../components/record/LinkedRecords.tsx';
import { RecordActions } from '../../../components/record/RecordActions.tsx';
import { RecordBadges } from '../../../components/record/RecordBadges.tsx';
import { RecordHeader } from '../../../components/record/RecordHeader.tsx';
import { Section } from '../../../components/record/Section.tsx';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
import { localName } from '../../../lib/names.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useArchiveParty } from '../api/archive-party.ts';
import { useParty } from '../api/get-party.ts';
import { useRestoreParty } from '../api/restore-party.ts';
import { PartyDelegations } from '../components/PartyDelegations.tsx';
import { PartyFacts } from '../components/PartyFacts.tsx';

const route = getRouteApi('/parties/$id');

export function PartyPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const navigate = useNavigate();
  const query = useParty(id);
  const archive = useArchiveParty(id);
  const restore = useRestoreParty(id);
  const party = query.data;
  const name = party ? localName(party, i18n.language) : '';
  usePageTitle(party ? name : undefined);

  if (query.isPending) return <PageSkeleton />;
  if (!party) return <RecordLoadError error={query.error} onRetry={() => query.refetch()} />;

  return (
    <Stack gap="lg">
      <RecordHeader
        kind={t('parties.one')}
        title={name}
        subtitle={`${party.code}${party.alpha3 ? ` · ${party.alpha3}` : ''} · ${t(`common.partyKinds.${party.kind}`)}`}
        badges={
          <>
            <RecordBadges record={party} />
            {party.isOwn && <ToneBadge color="blue">{t('parties.own')}</ToneBadge>}
            <ToneBadge color={party.isMember ? 'blue' : 'gray'}>{party.isMember ? t('parties.memberToday') : t('parties.notMemberToday')}</ToneBadge>
          </>
        }
        actions={
          <RecordActions
            name={name}
            recordType="party"
            record={party}
            onEdit={() => navigate({ to: '/parties/$id/edit', params: { id } })}
            archive={() => archive.mutateAsync()}
            restore={() => restore.mutateAsync()}
          />
        }
      />
      <Section title={t('common.record.details')}>
        <PartyFacts party={party} />
      </Section>
      <PartyDelegations code={party.code} />
      <LinkedRecords record={{ recordType: 'party', recordId: party.id }} archived={party.archivedAt !== null} />
    </Stack>
  );
}
