// The Today blocks of the mission's staff and head: this week's meetings, consultations closing, records awaiting approval, my action items, mechanisms due, notifications.
import { Group } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
import { ZonedTime } from '../../../components/ZonedTime.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { localName } from '../../../lib/names.ts';
import { awaitingApprovalQuery, bodiesHealthQuery, BLOCK_ROWS, daysAhead, meetingsQuery, myActionItemsQuery } from '../api/today-queries.ts';
import { ConsultationRows } from './ConsultationRows.tsx';
import { TodayBlock, TodayRow } from './TodayBlock.tsx';

const titleIn = (record: { title: string; titleRu: string | null }, language: string) => (language === 'ru' && record.titleRu ? record.titleRu : record.title);

/** Meetings in the coming days (this week for the mission; the month ahead for a delegation). */
export function MeetingsBlock({ now, days, title, empty }: { now: Date; days: number; title: string; empty: string }) {
  const { i18n } = useTranslation();
  const q = useQuery(meetingsQuery(daysAhead(now, days), i18n.language));
  const items = q.data?.items ?? [];
  return (
    <TodayBlock
      testId="today-meetings"
      title={title}
      total={q.data?.total}
      empty={empty}
      query={q}
      seeAll="/calendar"
      hasRows={items.length > 0}
    >
      {items.map((m) => (
        <TodayRow key={m.id} detail={<ZonedTime iso={m.startsAt} timeZone={m.timeZone} size="xs" />}>
          <AnchorLink to="/meetings/$id" params={{ id: m.id }} size="sm" fw={500}>
            {titleIn(m, i18n.language)}
          </AnchorLink>
        </TodayRow>
      ))}
    </TodayBlock>
  );
}

export function ClosingConsultationsBlock() {
  const { t } = useTranslation();
  return <ConsultationRows view="open" title={t('today.consultations')} empty={t('today.consultationsEmpty')} seeAll="/consultations?view=open&sort=deadline" />;
}

export function AwaitingApprovalBlock({ isHead }: { isHead: boolean }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const q = useQuery(awaitingApprovalQuery(i18n.language));
  const items = q.data?.items ?? [];
  return (
    <TodayBlock
      testId="today-approval"
      title={isHead ? t('today.awaitingMyApproval') : t('today.awaitingApproval')}
      total={q.data?.total}
      empty={t('today.awaitingApprovalEmpty')}
      query={q}
      hasRows={items.length > 0}
    >
      {items.map((m) => (
        <TodayRow key={m.id} detail={t('today.recordOfMeetingOn', { date: fmt.day(m.startsAt) })}>
          <AnchorLink to="/meetings/$id" params={{ id: m.id }} search={{ tab: 'minutes' }} size="sm" fw={500}>
            {titleIn(m, i18n.language)}
          </AnchorLink>
        </TodayRow>
      ))}
    </TodayBlock>
  );
}

export function MyActionItemsBlock() {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const q = useQuery(myActionItemsQuery(i18n.language));
  const items = q.data?.items ?? [];
  return (
    <TodayBlock
      testId="today-actions"
      title={t('today.myActions')}
      total={q.data?.total}
      empty={t('today.myActionsEmpty')}
      query={q}
      seeAll="/action-items?mine=true"
      hasRows={items.length > 0}
    >
      {items.map((a) => (
        <TodayRow
          key={a.id}
          detail={
            <Group gap={6} wrap="nowrap">
              {a.overdue && (
                <ToneBadge color="red" size="sm">
                  {t('today.overdue')}
                </ToneBadge>
              )}
              <span>{a.dueDate ? t('today.due', { date: fmt.date(a.dueDate) }) : t('today.noDueDate')}</span>
            </Group>
          }
        >
          <AnchorLink to="/action-items/$id" params={{ id: a.id }} size="sm" fw={500}>
            {a.title}
          </AnchorLink>
        </TodayRow>
      ))}
    </TodayBlock>
  );
}

export function MechanismsDueBlock() {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const q = useQuery(bodiesHealthQuery(i18n.language));
  const all = q.data ?? [];
  const items = all.slice(0, BLOCK_ROWS);
  return (
    <TodayBlock
      testId="today-bodies"
      title={t('today.mechanismsDue')}
      total={all.length}
      empty={t('today.mechanismsDueEmpty')}
      query={q}
      seeAll="/bodies"
      hasRows={items.length > 0}
    >
      {items.map((b) => (
        <TodayRow
          key={b.id}
          detail={
            <Group gap={6} wrap="nowrap">
              <ToneBadge color={b.health.state === 'overdue' ? 'red' : 'yellow'} size="sm">
                {t(`today.health.${b.health.state === 'overdue' ? 'overdue' : 'dueSoon'}`)}
              </ToneBadge>
              {b.health.nextDueOn && <span>{t('today.dueToMeetBy', { date: fmt.date(b.health.nextDueOn) })}</span>}
            </Group>
          }
        >
          <AnchorLink to="/bodies/$id" params={{ id: b.id }} size="sm" fw={500}>
            {localName(b, i18n.language)}
          </AnchorLink>
        </TodayRow>
      ))}
    </TodayBlock>
  );
}
