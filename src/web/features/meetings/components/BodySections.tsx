// The sections of a body's page: members, coordinators over time, work plan, meetings.
import { Button, Group, Progress, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconCalendarPlus, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { ClassificationBadge } from '../../../components/record/ClassificationBadge.tsx';
import { Section } from '../../../components/record/Section.tsx';
import { usePartiesLookup } from '../../../components/references/use-parties-lookup.ts';
import { useFormatters } from '../../../lib/format.ts';
import { localName } from '../../../lib/names.ts';
import { useBodyMeetings } from '../api/get-body-meetings.ts';
import { useCoordinators } from '../api/get-coordinators.ts';
import { useWorkPlan } from '../api/get-work-plan.ts';
import type { Body, Meeting, WorkPlanLine } from '../api/types.ts';
import { useZonedFormat } from '../../../lib/zoned-time.ts';
import { MeetingStatusBadge } from './Badges.tsx';
import { ScheduleMeetingModal } from './ScheduleMeetingModal.tsx';
import { WorkPlanLineModal } from './WorkPlanLineModal.tsx';

function usePartyName() {
  const { i18n } = useTranslation();
  const parties = usePartiesLookup();
  return (code: string | null | undefined) => {
    if (!code) return '';
    const p = parties.byCode.get(code);
    return p ? localName(p, i18n.language) : code;
  };
}

export function BodyMembers({ body }: { body: Body }) {
  const { t } = useTranslation();
  const partyName = usePartyName();
  return (
    <Section title={t('meetings.body.members')} count={body.memberParties.length}>
      {body.memberParties.length === 0 ? (
        <Text size="sm" c="dimmed">{t('meetings.body.noMembers')}</Text>
      ) : (
        <Text size="sm">{body.memberParties.map((c) => partyName(c)).join(' · ')}</Text>
      )}
    </Section>
  );
}

export function CoordinatorHistory({ body }: { body: Body }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const partyName = usePartyName();
  const query = useCoordinators(body.id);
  const items = query.data?.items ?? [];
  return (
    <Section title={t('meetings.body.rotation')} count={items.length}>
      {query.isError && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {query.data?.nextPartyCode && <Text size="sm">{t('meetings.body.nextInRotation', { party: partyName(query.data.nextPartyCode) })}</Text>}
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">{t('meetings.body.noRotation')}</Text>
      ) : (
        <Table verticalSpacing={4}>
          <Table.Caption>{t('meetings.body.rotation')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('meetings.body.party')}</Table.Th>
              <Table.Th scope="col">{t('meetings.body.role')}</Table.Th>
              <Table.Th scope="col">{t('meetings.body.term')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  {partyName(c.partyCode)}
                  {query.data?.current?.id === c.id && ` (${t('meetings.body.current')})`}
                </Table.Td>
                <Table.Td>{t(`meetings.coordinatorRole.${c.role}`)}</Table.Td>
                <Table.Td>{fmt.period(c.fromDate, c.toDate, t('meetings.body.present'))}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Section>
  );
}

export function WorkPlan({ body }: { body: Body }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const partyName = usePartyName();
  const query = useWorkPlan(body.id);
  const [editing, setEditing] = useState<WorkPlanLine | 'new' | null>(null);
  const lines = query.data?.items ?? [];
  const canEdit = body.abilities.update;
  return (
    <Section
      title={t('meetings.body.workPlan')}
      count={lines.length}
      actions={
        canEdit && (
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setEditing('new')}>
            {t('meetings.workPlan.add')}
          </Button>
        )
      }
    >
      {query.isError && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">{t('meetings.workPlan.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={4}>
            <Table.Caption>{t('meetings.body.workPlan')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={130}>{t('meetings.workPlan.code')}</Table.Th>
                <Table.Th scope="col">{t('meetings.workPlan.line')}</Table.Th>
                <Table.Th scope="col">{t('meetings.workPlan.owner')}</Table.Th>
                <Table.Th scope="col">{t('meetings.workPlan.target')}</Table.Th>
                <Table.Th scope="col">{t('meetings.workPlan.status')}</Table.Th>
                <Table.Th scope="col" w={140}>{t('meetings.workPlan.progress')}</Table.Th>
                {canEdit && <Table.Th scope="col" w={60}><VisuallyHidden>{t('common.actions.edit')}</VisuallyHidden></Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>{l.code}</Table.Td>
                  <Table.Td>{l.title}</Table.Td>
                  <Table.Td>{partyName(l.ownerPartyCode)}</Table.Td>
                  <Table.Td>{fmt.date(l.targetDate)}</Table.Td>
                  <Table.Td>{t(`meetings.workPlanStatus.${l.status}`)}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Progress value={l.progress} w={70} aria-label={t('meetings.workPlan.progressOf', { code: l.code })} />
                      <Text size="xs">{l.progress}%</Text>
                    </Group>
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Button size="compact-xs" variant="subtle" aria-label={t('meetings.workPlan.editLine', { code: l.code })} onClick={() => setEditing(l)}>
                        <IconPencil size={14} aria-hidden />
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <WorkPlanLineModal bodyId={body.id} line={editing === 'new' ? undefined : (editing ?? undefined)} opened={editing !== null} onClose={() => setEditing(null)} />
    </Section>
  );
}

export function BodyMeetings({ body, onOpen }: { body: Body; onOpen: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const z = useZonedFormat();
  const query = useBodyMeetings(body.id);
  const [scheduling, setScheduling] = useState(false);
  const meetings = query.data?.pages.flatMap((p) => p.items) ?? [];
  const lastNumber = meetings.reduce((max, m) => Math.max(max, m.number ?? 0), 0);
  return (
    <Section
      title={t('meetings.body.meetings')}
      count={query.data?.pages[0]?.total}
      actions={
        body.abilities.update && (
          <Button size="xs" leftSection={<IconCalendarPlus size={14} aria-hidden />} onClick={() => setScheduling(true)}>
            {t('meetings.schedule.button')}
          </Button>
        )
      }
    >
      {query.isError && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {meetings.length === 0 ? (
        <Text size="sm" c="dimmed">{t('meetings.body.noMeetings')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={4}>
            <Table.Caption>{t('meetings.body.meetings')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('meetings.meeting.fields.title')}</Table.Th>
                <Table.Th scope="col">{t('meetings.meeting.fields.startsAt')}</Table.Th>
                <Table.Th scope="col">{t('meetings.meeting.fields.status')}</Table.Th>
                <Table.Th scope="col">{t('common.classification.field')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {meetings.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    <AnchorLink to="/meetings/$id" params={{ id: m.id }} size="sm">
                      {m.title}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{z.day(m.startsAt, m.timeZone)}</Table.Td>
                  <Table.Td><MeetingStatusBadge status={m.status} /></Table.Td>
                  <Table.Td><ClassificationBadge classification={m.classification} compact /></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {query.hasNextPage && (
        <Button variant="default" size="xs" onClick={() => query.fetchNextPage()} loading={query.isFetchingNextPage} w="fit-content">
          {t('common.list.loadMore')}
        </Button>
      )}
      <ScheduleMeetingModal
        body={body}
        nextNumber={lastNumber > 0 ? lastNumber + 1 : null}
        opened={scheduling}
        onClose={() => setScheduling(false)}
        onCreated={(m) => {
          setScheduling(false);
          onOpen(m);
        }}
      />
    </Section>
  );
}
