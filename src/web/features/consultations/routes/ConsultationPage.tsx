// One consultation: its header, outcome, the delegate's answer, and the text, positions, timeline, thread and documents tabs.
import { Stack, Tabs } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageSkeleton, RecordLoadError } from '../../../components/PageStates.tsx';
import { LinkedRecords } from '../../../components/record/LinkedRecords.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { DocumentsSection } from '../../documents/components/DocumentsSection.tsx';
import { useConsultation } from '../api/get-consultation.ts';
import { ConsultationHeader } from '../components/ConsultationHeader.tsx';
import { consultationTitle } from '../components/consultation-title.ts';
import { OutcomeBanner } from '../components/OutcomeBanner.tsx';
import { PositionsTab } from '../components/PositionsTab.tsx';
import { RespondPanel } from '../components/RespondPanel.tsx';
import { TextTab } from '../components/TextTab.tsx';
import { ThreadTab } from '../components/ThreadTab.tsx';
import { TimelineTab } from '../components/TimelineTab.tsx';
import { useAcknowledgeOnOpen } from '../components/use-acknowledge.ts';
import type { ConsultationTab } from './consultations-search.ts';

const route = getRouteApi('/consultations/$id');

export function ConsultationPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const query = useConsultation(id);
  const c = query.data;
  usePageTitle(c ? consultationTitle(c, i18n.language) : undefined);
  useAcknowledgeOnOpen(c);

  if (query.isPending) return <PageSkeleton />;
  if (!c) return <RecordLoadError error={query.error} onRetry={() => query.refetch()} />;
  const tab = search.tab ?? 'text';

  return (
    <Stack gap="lg">
      <ConsultationHeader consultation={c} />
      <OutcomeBanner consultation={c} />
      <RespondPanel consultation={c} />
      <Tabs value={tab} onChange={(v) => navigate({ search: { tab: (v ?? 'text') as ConsultationTab }, replace: true })} keepMounted={false}>
        <Tabs.List aria-label={t('consultations.page.partsLabel')}>
          <Tabs.Tab value="text">{t('consultations.tabs.text')}</Tabs.Tab>
          <Tabs.Tab value="positions">{t('consultations.tabs.positions')}</Tabs.Tab>
          <Tabs.Tab value="timeline">{t('consultations.tabs.timeline')}</Tabs.Tab>
          <Tabs.Tab value="thread">{t('consultations.tabs.thread')}</Tabs.Tab>
          <Tabs.Tab value="documents">{t('consultations.tabs.documents')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="text" pt="md">
          <TextTab consultation={c} />
        </Tabs.Panel>
        <Tabs.Panel value="positions" pt="md">
          <PositionsTab consultation={c} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="md">
          <TimelineTab consultation={c} />
        </Tabs.Panel>
        <Tabs.Panel value="thread" pt="md">
          <ThreadTab consultation={c} />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="md">
          <DocumentsSection recordType="consultation" record={c} />
        </Tabs.Panel>
      </Tabs>
      <LinkedRecords record={{ recordType: 'consultation', recordId: c.id }} archived={c.archivedAt !== null} />
    </Stack>
  );
}
