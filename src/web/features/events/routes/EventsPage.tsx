// The mission's humanitarian and cultural events: title, kind, dates in their zone, venue, status and whether the event is public.
import { Anchor, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MissionEvent } from '../../../../shared/events.ts';
import type { Column } from '../../../components/list/DataTable.tsx';
import { ListEmptyState } from '../../../components/list/ListEmptyState.tsx';
import { ListPage } from '../../../components/list/ListPage.tsx';
import { ListView } from '../../../components/list/ListView.tsx';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
import { useFormatters } from '../../../lib/format.ts';
import { localName } from '../../../lib/names.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useEvents } from '../api/get-events.ts';

const STATUS_COLOR = { planned: 'gray', confirmed: 'blue', held: 'green', cancelled: 'red' } as const;

export function EventsPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const [q, setQ] = useState<string | undefined>();
  usePageTitle(t('events.list.title'));
  const query = useEvents({ q, sort: '-starts' });
  const when = (e: MissionEvent) => (e.allDay ? [fmt.date(e.starts), e.ends && e.ends !== e.starts ? fmt.date(e.ends) : null].filter(Boolean).join(' – ') : `${e.starts.replace('T', ' ')}`);
  const columns: Column<MissionEvent>[] = [
    {
      key: 'title',
      header: t('events.fields.title'),
      render: (e) => (
        <Stack gap={2}>
          <Text size="xs" ff="monospace" c="dimmed">
            {e.reference}
          </Text>
          <Text size="sm" fw={600}>
            {localName(e, i18n.language)}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`events.kind.${e.kind}`)}
          </Text>
        </Stack>
      ),
    },
    { key: 'when', header: t('events.fields.when'), width: 200, render: (e) => `${when(e)} (${e.timeZone})` },
    { key: 'venue', header: t('events.fields.venue'), width: 200, visibleFrom: 'md', render: (e) => e.venue },
    { key: 'budget', header: t('events.fields.budget'), width: 140, visibleFrom: 'lg', render: (e) => (e.budget ? fmt.money(e.budget) : '') },
    {
      key: 'status',
      header: t('events.fields.status'),
      width: 170,
      render: (e) => (
        <Stack gap={2}>
          <ToneBadge color={STATUS_COLOR[e.status]}>{t(`events.status.${e.status}`)}</ToneBadge>
          {e.isPublic && <ToneBadge color="teal">{t('events.fields.public')}</ToneBadge>}
        </Stack>
      ),
    },
  ];
  return (
    <ListPage
      title={t('events.list.title')}
      intro={t('events.list.intro')}
      above={
        <Anchor href={`/public/events?lang=${i18n.language === 'ru' ? 'ru' : 'en'}`} size="sm">
          {t('events.list.publicPage')}
        </Anchor>
      }
      search={{ value: q, onSearch: setQ, placeholder: t('events.list.searchPlaceholder') }}
    >
      <ListView query={query} caption={t('events.list.title')} columns={columns} rowKey={(e) => e.id} muted={(e) => e.status === 'cancelled'} empty={<ListEmptyState filtered={!!q} title={t('events.list.empty')} description="" onClear={() => setQ(undefined)} />} />
    </ListPage>
  );
}
