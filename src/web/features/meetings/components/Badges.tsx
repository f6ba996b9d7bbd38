// Meetings badges in words: a body's health, a meeting's, a decision's and an action item's status.
import { Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ACTION_ITEM_STATUSES, DECISION_STATUSES, HEALTH_STATES, MEETING_STATUSES } from '../../../../shared/meetings.ts';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
import { useFormatters } from '../../../lib/format.ts';

const HEALTH_TONE: Record<(typeof HEALTH_STATES)[number], string> = {
  ok: 'green',
  scheduled: 'blue',
  due_soon: 'yellow',
  overdue: 'red',
  irregular: 'gray',
};

/** ok / due soon / overdue / scheduled / no cadence, in words. */
export function HealthBadge({ state, wrap }: { state: (typeof HEALTH_STATES)[number]; /** Wrap a long state onto two lines instead of cutting it (in a table cell). */ wrap?: boolean }) {
  const { t } = useTranslation();
  return (
    <ToneBadge
      color={HEALTH_TONE[state]}
      {...(wrap ? { styles: { root: { color: 'var(--mantine-color-text)', maxWidth: '100%', height: 'auto', minHeight: 'var(--badge-height)' }, label: { whiteSpace: 'normal', lineHeight: 1.3 } } } : {})}
      leftSection={state === 'overdue' ? <IconAlertTriangle size={12} aria-hidden /> : undefined}>
      {t(`meetings.health.${state}`)}
    </ToneBadge>
  );
}

const STATUS_TONE: Record<(typeof MEETING_STATUSES)[number], string> = {
  planned: 'blue',
  convened: 'teal',
  concluded: 'grape',
  record_approved: 'green',
  cancelled: 'gray',
};

export function MeetingStatusBadge({ status }: { status: (typeof MEETING_STATUSES)[number] }) {
  const { t } = useTranslation();
  return <ToneBadge color={STATUS_TONE[status]}>{t(`meetings.meetingStatus.${status}`)}</ToneBadge>;
}

export function DecisionStatusBadge({ status }: { status: (typeof DECISION_STATUSES)[number] }) {
  const { t } = useTranslation();
  return <ToneBadge color={status === 'in_force' ? 'green' : 'gray'}>{t(`meetings.decisionStatus.${status}`)}</ToneBadge>;
}

export function ActionStatusBadge({ status }: { status: (typeof ACTION_ITEM_STATUSES)[number] }) {
  const { t } = useTranslation();
  const tone = status === 'open' ? 'blue' : status === 'done' ? 'green' : 'gray';
  return <ToneBadge color={tone}>{t(`meetings.actionStatus.${status}`)}</ToneBadge>;
}

/** A due date; past due is red text and the word "overdue". */
export function DueDate({ date, overdue }: { date: string | null; overdue: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  if (!date) return <Text component="span" size="sm" c="dimmed">{t('meetings.common.noDate')}</Text>;
  return (
    <Text component="span" size="sm" c={overdue ? 'var(--mantine-color-error)' : undefined} fw={overdue ? 600 : undefined}>
      {fmt.date(date)}
      {overdue && ` — ${t('meetings.health.overdue').toLowerCase()}`}
    </Text>
  );
}
