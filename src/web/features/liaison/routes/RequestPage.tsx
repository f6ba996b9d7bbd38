// One liaison request: its facts, its steps, the form to add a step or move it forward, and (for the mission) its internal notes.
import { Stack, Table, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageSkeleton, RecordLoadError } from '../../../components/PageStates.tsx';
import { Facts, useSourceFacts } from '../../../components/record/Facts.tsx';
import { LinkedRecords } from '../../../components/record/LinkedRecords.tsx';
import { RecordBadges } from '../../../components/record/RecordBadges.tsx';
import { RecordHeader } from '../../../components/record/RecordHeader.tsx';
import { Section } from '../../../components/record/Section.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useLiaisonRequest, useSteps } from '../api/get-request.ts';
import { orgName } from '../components/request-columns.tsx';
import { OverdueBadge, StatusBadge } from '../components/StatusBadge.tsx';
import { StepForm } from '../components/StepForm.tsx';

const route = getRouteApi('/liaison/requests/$id');

export function RequestPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const fmt = useFormatters();
  const query = useLiaisonRequest(id);
  const steps = useSteps(id).data?.items ?? [];
  const r = query.data;
  usePageTitle(r ? `${r.reference} ${r.subject}` : undefined);
  const sourceFacts = useSourceFacts(r ?? { sourceUrl: null, updatedAt: '' });

  if (query.isPending) return <PageSkeleton />;
  if (!r) return <RecordLoadError error={query.error} onRetry={() => query.refetch()} />;

  return (
    <Stack gap="lg">
      <RecordHeader
        kind={`${t('liaison.request.one')} ${r.reference}`}
        title={r.subject}
        badges={
          <>
            <StatusBadge status={r.status} />
            {r.overdue && <OverdueBadge />}
            <RecordBadges record={r} />
          </>
        }
      />
      <Section title={t('liaison.request.summary')}>
        <Facts
          items={[
            { label: t('liaison.fields.requesting'), value: orgName(r.requestingOrganization, i18n.language) },
            { label: t('liaison.fields.target'), value: orgName(r.targetOrganization, i18n.language) },
            { label: t('liaison.fields.agreement'), value: r.agreement && <AnchorLink to="/liaison/agreements/$id" params={{ id: r.agreement.id }}>{orgName(r.agreement, i18n.language)}</AnchorLink> },
            { label: t('liaison.fields.area'), value: r.area },
            { label: t('liaison.fields.channel'), value: t(`liaison.channel.${r.channel}`) },
            { label: t('liaison.fields.requestedBy'), value: r.requestedBy && orgName(r.requestedBy, i18n.language) },
            { label: t('liaison.fields.targetDate'), value: fmt.date(r.targetDate) },
            { label: t('liaison.fields.outcome'), value: r.outcome },
            ...sourceFacts,
          ]}
        />
      </Section>
      {r.internalNotes !== null && (
        <Section title={t('liaison.request.internalNotes')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="internal-notes">
            {r.internalNotes}
          </Text>
        </Section>
      )}
      <Section title={t('liaison.steps.title')} count={steps.length}>
        {steps.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('liaison.steps.none')}
          </Text>
        ) : (
          <Table striped aria-label={t('liaison.steps.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('liaison.steps.on')}</Table.Th>
                <Table.Th>{t('liaison.steps.action')}</Table.Th>
                <Table.Th>{t('liaison.steps.status')}</Table.Th>
                <Table.Th>{t('liaison.steps.by')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {steps.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{fmt.date(s.on)}</Table.Td>
                  <Table.Td>{s.action}</Table.Td>
                  <Table.Td>{s.toStatus && <StatusBadge status={s.toStatus} />}</Table.Td>
                  <Table.Td>{[s.byName, s.byOrganization].filter(Boolean).join(', ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {r.canStep && <StepForm request={r} />}
      </Section>
      <LinkedRecords record={{ recordType: 'liaison_request', recordId: r.id }} />
    </Stack>
  );
}
