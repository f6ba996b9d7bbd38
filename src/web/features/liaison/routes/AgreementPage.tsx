// One agreement: parties and signatories, validity with its expiry and notice deadline, areas, predecessor and successors, linked records.
import { Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageSkeleton, RecordLoadError } from '../../../components/PageStates.tsx';
import { Facts, useSourceFacts } from '../../../components/record/Facts.tsx';
import { LinkedRecords } from '../../../components/record/LinkedRecords.tsx';
import { RecordBadges } from '../../../components/record/RecordBadges.tsx';
import { RecordHeader } from '../../../components/record/RecordHeader.tsx';
import { Section } from '../../../components/record/Section.tsx';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { localName } from '../../../lib/names.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useAgreement } from '../api/get-agreements.ts';
import { orgName } from '../components/request-columns.tsx';

const route = getRouteApi('/liaison/agreements/$id');

export function AgreementPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const fmt = useFormatters();
  const query = useAgreement(id);
  const a = query.data;
  const title = a ? localName(a, i18n.language) : undefined;
  usePageTitle(title);
  const sourceFacts = useSourceFacts(a ?? { sourceUrl: null, updatedAt: '' });
  if (query.isPending) return <PageSkeleton />;
  if (!a) return <RecordLoadError error={query.error} onRetry={() => query.refetch()} />;
  const link = (r: { id: string; name: string; nameRu: string | null }) => (
    <AnchorLink key={r.id} to="/liaison/agreements/$id" params={{ id: r.id }}>
      {orgName(r, i18n.language)}
    </AnchorLink>
  );
  return (
    <Stack gap="lg">
      <RecordHeader
        kind={t(`liaison.agreements.kind.${a.kind}`)}
        title={title ?? ''}
        badges={
          <>
            <ToneBadge color={a.status === 'in_force' ? 'green' : 'gray'}>{t(`liaison.agreements.status.${a.status}`)}</ToneBadge>
            <RecordBadges record={a} />
          </>
        }
      />
      <Section title={t('liaison.agreements.summary')}>
        <Facts
          items={[
            { label: t('liaison.agreements.fields.parties'), value: a.parties.map((p) => orgName(p, i18n.language)).join(' – ') },
            { label: t('liaison.agreements.fields.signatories'), value: a.signatories.map((s) => [s.name, s.post].filter(Boolean).join(', ')).join('; ') },
            { label: t('liaison.agreements.fields.signedOn'), value: [fmt.date(a.signedOn), a.signedAt].filter(Boolean).join(', ') },
            { label: t('liaison.agreements.fields.areas'), value: a.areas.join(', ') },
            { label: t('liaison.agreements.fields.validity'), value: t(`liaison.agreements.validity.${a.validity}`) + (a.renewalYears ? ` (${a.renewalYears})` : '') },
            { label: t('liaison.agreements.fields.entryIntoForce'), value: fmt.date(a.entryIntoForce) },
            { label: t('liaison.agreements.fields.expiresOn'), value: fmt.date(a.expiresOn) },
            { label: t('liaison.agreements.fields.noticeDeadline'), value: fmt.date(a.noticeDeadline) },
            { label: t('liaison.agreements.fields.summary'), value: a.summary },
            { label: t('liaison.agreements.fields.predecessor'), value: a.predecessor && link(a.predecessor) },
            { label: t('liaison.agreements.fields.successors'), value: a.successors.length > 0 && <>{a.successors.map(link)}</> },
            ...sourceFacts,
          ]}
        />
      </Section>
      <LinkedRecords record={{ recordType: 'agreement', recordId: a.id }} />
    </Stack>
  );
}
