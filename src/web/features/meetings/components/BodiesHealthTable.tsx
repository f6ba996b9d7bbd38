// The bodies and how regularly they meet: last met, next due, state, coordinator.
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../../components/list/DataTable.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { usePartiesLookup } from '../../../components/references/use-parties-lookup.ts';
import { useFormatters } from '../../../lib/format.ts';
import { localName } from '../../../lib/names.ts';
import type { Body } from '../api/types.ts';
import { useZonedFormat } from '../../../lib/zoned-time.ts';
import { HealthBadge } from './Badges.tsx';

/** The mechanisms and how regularly they meet: last met, next due, state, coordinator. */
export function BodiesHealthTable({ bodies }: { bodies: Body[] }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const z = useZonedFormat();
  const parties = usePartiesLookup();
  const party = (code: string | null | undefined) => {
    if (!code) return '';
    const p = parties.byCode.get(code);
    return p ? localName(p, i18n.language) : code;
  };

  const columns: Column<Body>[] = [
    {
      key: 'name',
      header: t('meetings.bodies.fields.name'),
      width: '30%',
      render: (b) => (
        <Stack gap={0}>
          <AnchorLink to="/bodies/$id" params={{ id: b.id }} fw={600} size="sm">
            {b.acronym ?? localName(b, i18n.language)}
          </AnchorLink>
          <Text size="xs" c="dimmed" lineClamp={2}>
            {localName(b, i18n.language)}
          </Text>
        </Stack>
      ),
    },
    { key: 'kind', header: t('meetings.bodies.fields.kind'), visibleFrom: 'md', render: (b) => <Text size="sm">{t(`meetings.bodyKinds.${b.kind}`)}</Text> },
    {
      key: 'last',
      header: t('meetings.bodies.fields.lastMet'),
      visibleFrom: 'sm',
      render: (b) => <Text size="sm">{b.health.lastMeetingAt ? z.day(b.health.lastMeetingAt, b.health.timeZone) : t('meetings.bodies.neverMet')}</Text>,
    },
    {
      key: 'next',
      header: t('meetings.bodies.fields.nextDue'),
      render: (b) => (
        <Stack gap={0}>
          <Text size="sm" c={b.health.state === 'overdue' ? 'var(--mantine-color-error)' : undefined} fw={b.health.state === 'overdue' ? 600 : undefined}>
            {b.health.nextDueOn ? fmt.date(b.health.nextDueOn) : t('meetings.bodies.noCadence')}
          </Text>
          {b.health.scheduledMeetingAt && (
            <Text size="xs" c="dimmed">
              {t('meetings.bodies.scheduledFor', { date: z.day(b.health.scheduledMeetingAt, b.health.timeZone) })}
            </Text>
          )}
        </Stack>
      ),
    },
    // Wide enough for the longest state in either language; a narrower screen wraps it rather than cutting it.
    { key: 'state', header: t('meetings.bodies.fields.state'), width: 180, render: (b) => <HealthBadge state={b.health.state} wrap /> },
    {
      key: 'coordinator',
      header: t('meetings.bodies.fields.coordinator'),
      visibleFrom: 'lg',
      render: (b) => <Text size="sm">{party(b.currentCoordinator?.partyCode)}</Text>,
    },
    {
      key: 'nextCoordinator',
      header: t('meetings.bodies.fields.nextInRotation'),
      visibleFrom: 'lg',
      render: (b) => <Text size="sm">{party(b.nextCoordinatorPartyCode)}</Text>,
    },
  ];

  return (
    // No scrolling box around the table: its sticky header then keeps to the page's header instead of covering the first rows.
    <DataTable caption={t('meetings.bodies.healthCaption')} columns={columns} rows={bodies} rowKey={(b) => b.id} keyboard />
  );
}
