// One body: its header, members, coordinators, work plan, meetings and documents.
import { Stack, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { PageSkeleton, RecordLoadError } from '../../../components/PageStates.tsx';
import { Facts, nameFacts } from '../../../components/record/Facts.tsx';
import { LinkedRecords } from '../../../components/record/LinkedRecords.tsx';
import { RecordActions } from '../../../components/record/RecordActions.tsx';
import { RecordBadges } from '../../../components/record/RecordBadges.tsx';
import { RecordHeader } from '../../../components/record/RecordHeader.tsx';
import { Section } from '../../../components/record/Section.tsx';
import { api } from '../../../lib/api-client.ts';
import { useFormatters } from '../../../lib/format.ts';
import { localName } from '../../../lib/names.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useBody } from '../api/get-body.ts';
import { HealthBadge } from '../components/Badges.tsx';
import { BodyMeetings, BodyMembers, CoordinatorHistory, WorkPlan } from '../components/BodySections.tsx';
import { ZonedTime } from '../../../components/ZonedTime.tsx';

const route = getRouteApi('/bodies/$id');

export function BodyPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const navigate = useNavigate();
  const fmt = useFormatters();
  const query = useBody(id);
  const body = query.data;
  const name = body ? localName(body, i18n.language) : undefined;
  usePageTitle(body?.acronym ?? name);

  if (query.isPending) return <PageSkeleton />;
  if (!body) return <RecordLoadError error={query.error} onRetry={() => query.refetch()} />;
  const h = body.health;

  return (
    <Stack gap="lg">
      <RecordHeader
        kind={t('meetings.bodies.one')}
        title={body.acronym && body.acronym !== name ? `${name} (${body.acronym})` : (name ?? '')}
        subtitle={t(`meetings.bodyKinds.${body.kind}`)}
        badges={
          <>
            <HealthBadge state={h.state} />
            <RecordBadges record={body} />
          </>
        }
        actions={
          <RecordActions
            name={name ?? ''}
            recordType="body"
            record={body}
            onEdit={() => navigate({ to: '/bodies/$id/edit', params: { id } })}
            archive={() => api.post(`/api/bodies/${encodeURIComponent(id)}/archive`)}
            restore={() => api.post(`/api/bodies/${encodeURIComponent(id)}/restore`)}
          />
        }
      />
      <Section title={t('meetings.body.cadenceAndHealth')}>
        <Facts
          items={[
            ...nameFacts(body.names, { en: t('meetings.bodies.fields.nameEn'), ru: t('meetings.bodies.fields.nameRu') }, t, i18n.language),
            { label: t('meetings.bodies.fields.sectors'), value: body.sectors.join(', ') },
            {
              label: t('meetings.bodies.fields.parent'),
              value: body.parent && (
                <AnchorLink to="/bodies/$id" params={{ id: body.parent.id }}>
                  {body.parent.acronym ?? localName(body.parent, i18n.language)}
                </AnchorLink>
              ),
            },
            { label: t('meetings.bodies.fields.cadence'), value: body.cadenceMonths ? t('meetings.body.everyMonths', { count: body.cadenceMonths }) : t('meetings.bodies.noCadence') },
            { label: t('meetings.bodies.fields.state'), value: <HealthBadge state={h.state} /> },
            {
              label: t('meetings.bodies.fields.lastMet'),
              value: h.lastMeetingAt ? (
                h.lastMeetingId ? (
                  <AnchorLink to="/meetings/$id" params={{ id: h.lastMeetingId }}>
                    <ZonedTime iso={h.lastMeetingAt} timeZone={h.timeZone} />
                  </AnchorLink>
                ) : (
                  <ZonedTime iso={h.lastMeetingAt} timeZone={h.timeZone} />
                )
              ) : (
                t('meetings.bodies.neverMet')
              ),
            },
            {
              label: t('meetings.bodies.fields.nextDue'),
              value: h.nextDueOn && (
                <Text size="sm" c={h.state === 'overdue' ? 'var(--mantine-color-error)' : undefined} fw={h.state === 'overdue' ? 600 : undefined}>
                  {fmt.date(h.nextDueOn)}
                  {h.state === 'overdue' && ` — ${t('meetings.health.overdue').toLowerCase()}`}
                </Text>
              ),
            },
            {
              label: t('meetings.body.nextMeeting'),
              value: h.scheduledMeetingAt && h.scheduledMeetingId && (
                <AnchorLink to="/meetings/$id" params={{ id: h.scheduledMeetingId }}>
                  <ZonedTime iso={h.scheduledMeetingAt} timeZone={h.timeZone} />
                </AnchorLink>
              ),
            },
            { label: t('meetings.bodies.fields.decisionPrefix'), value: body.decisionPrefix },
            { label: t('meetings.bodies.fields.notes'), value: body.notes },
          ]}
        />
      </Section>
      <BodyMembers body={body} />
      <CoordinatorHistory body={body} />
      <WorkPlan body={body} />
      <BodyMeetings body={body} onOpen={(m) => navigate({ to: '/meetings/$id', params: { id: m.id } })} />
      <LinkedRecords record={{ recordType: 'body', recordId: body.id }} archived={body.archivedAt !== null} />
    </Stack>
  );
}
