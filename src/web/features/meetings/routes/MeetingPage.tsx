// One meeting: its header, status, and the agenda, attendance, minutes, decisions, actions and export tabs.
import { Alert, Group, Stack, Tabs, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../lib/names.ts';
import { AnchorLink } from '../../../components/links.tsx';
import { PageSkeleton, RecordLoadError } from '../../../components/PageStates.tsx';
import { ClassificationBadge } from '../../../components/record/ClassificationBadge.tsx';
import { ExternalLink } from '../../../components/record/Facts.tsx';
import { HistoryLink } from '../../../components/record/HistoryLink.tsx';
import { LinkedRecords } from '../../../components/record/LinkedRecords.tsx';
import { RecordHeader } from '../../../components/record/RecordHeader.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useMeeting } from '../api/get-meeting.ts';
import { ActionItemsTab } from '../components/ActionItemsTab.tsx';
import { AgendaTab } from '../components/AgendaTab.tsx';
import { AttendanceTab } from '../components/AttendanceTab.tsx';
import { MeetingStatusBadge } from '../components/Badges.tsx';
import { DecisionsTab } from '../components/DecisionsTab.tsx';
import { ExportTab } from '../components/ExportTab.tsx';
import { MinutesTab } from '../components/MinutesTab.tsx';
import { StatusActions } from '../components/StatusActions.tsx';
import { ZonedTime } from '../../../components/ZonedTime.tsx';
import { useZonedFormat } from '../../../lib/zoned-time.ts';
import type { MeetingSearch } from './bodies-search.ts';

const route = getRouteApi('/meetings/$id');

export function MeetingPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const z = useZonedFormat();
  const query = useMeeting(id);
  const meeting = query.data;
  const title = meeting ? (i18n.language === 'ru' && meeting.titleRu ? meeting.titleRu : meeting.title) : undefined;
  usePageTitle(title);

  if (query.isPending) return <PageSkeleton />;
  if (!meeting) return <RecordLoadError error={query.error} onRetry={() => query.refetch()} />;
  const editable = meeting.abilities.update && !meeting.locked;
  const tab = search.tab ?? 'agenda';

  return (
    <Stack gap="lg">
      <RecordHeader
        kind={t('meetings.meeting.one')}
        title={title ?? ''}
        subtitle={
          <Stack gap={2} component="span">
            {meeting.body && (
              <AnchorLink to="/bodies/$id" params={{ id: meeting.body.id }}>
                {meeting.body.acronym ?? localName(meeting.body, i18n.language)}
              </AnchorLink>
            )}
            <span>
              <ZonedTime iso={meeting.startsAt} endIso={meeting.endsAt} timeZone={meeting.timeZone} />
            </span>
            <span>
              {t(`meetings.format.${meeting.format}`)}
              {meeting.venue && ` · ${meeting.venue}`}
              {meeting.onlineUrl && (
                <>
                  {' · '}
                  <ExternalLink href={meeting.onlineUrl}>{t('meetings.meeting.onlineLink')}</ExternalLink>
                </>
              )}
            </span>
          </Stack>
        }
        badges={
          <>
            <MeetingStatusBadge status={meeting.status} />
            <ClassificationBadge classification={meeting.classification} sharedWith={meeting.sharedWith} />
          </>
        }
        actions={
          <>
            <StatusActions meeting={meeting} />
            <HistoryLink recordType="meeting" recordId={meeting.id} />
          </>
        }
      />
      {meeting.locked && (
        <Alert color="green" variant="light" icon={<IconLock aria-hidden />} styles={{ message: { color: 'var(--mantine-color-text)' } }}>
          <Text size="sm">{t('meetings.meeting.lockedNote', { date: meeting.approvedAt ? z.inZone(meeting.approvedAt, meeting.timeZone) : '' })}</Text>
        </Alert>
      )}
      <Tabs value={tab} onChange={(v) => navigate({ search: { tab: (v ?? 'agenda') as MeetingSearch['tab'] }, replace: true })} keepMounted={false}>
        <Tabs.List aria-label={t('meetings.meeting.partsLabel')}>
          <Tabs.Tab value="agenda">{t('meetings.tabs.agenda')}</Tabs.Tab>
          <Tabs.Tab value="attendance">{t('meetings.tabs.attendance')}</Tabs.Tab>
          <Tabs.Tab value="minutes">{t('meetings.tabs.minutes')}</Tabs.Tab>
          <Tabs.Tab value="decisions">{t('meetings.tabs.decisions')}</Tabs.Tab>
          <Tabs.Tab value="actions">{t('meetings.tabs.actions')}</Tabs.Tab>
          <Tabs.Tab value="export">{t('meetings.tabs.export')}</Tabs.Tab>
        </Tabs.List>
        <Group pt="md" display="block">
          <Tabs.Panel value="agenda"><AgendaTab meeting={meeting} editable={editable} /></Tabs.Panel>
          <Tabs.Panel value="attendance"><AttendanceTab meeting={meeting} editable={editable} /></Tabs.Panel>
          <Tabs.Panel value="minutes"><MinutesTab meeting={meeting} editable={editable} /></Tabs.Panel>
          <Tabs.Panel value="decisions"><DecisionsTab meeting={meeting} editable={editable} /></Tabs.Panel>
          <Tabs.Panel value="actions"><ActionItemsTab meeting={meeting} editable={editable} /></Tabs.Panel>
          <Tabs.Panel value="export"><ExportTab meeting={meeting} /></Tabs.Panel>
        </Group>
      </Tabs>
      <LinkedRecords record={{ recordType: 'meeting', recordId: meeting.id }} archived={meeting.archivedAt !== null} />
    </Stack>
  );
}
