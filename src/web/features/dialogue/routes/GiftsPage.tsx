// The gift register: filtered by year, direction, disposition and value, with the year's report as CSV and PDF.
import { Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { GIFT_DIRECTIONS, GIFT_DISPOSITIONS } from '../../../../shared/dialogue.ts';
import type { Column } from '../../../components/list/DataTable.tsx';
import { ListEmptyState } from '../../../components/list/ListEmptyState.tsx';
import { ListPage } from '../../../components/list/ListPage.tsx';
import { ListView } from '../../../components/list/ListView.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { useMe } from '../../../lib/auth.ts';
import { useFormatters } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useGifts } from '../api/gifts.ts';
import type { Gift } from '../api/types.ts';
import type { GiftsSearch } from './dialogue-search.ts';

const route = getRouteApi('/dialogue/gifts');
const sideName = (s: Gift['donor']) => s.person?.fullName ?? s.organization?.name ?? s.name ?? s.partyCode ?? '';

export function GiftsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const fmt = useFormatters();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  usePageTitle(t('dialogue.gifts.title'));
  const query = useGifts(search);
  const update = (patch: GiftsSearch) => navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const reportYear = search.year ?? new Date().getFullYear();
  const filtered = Object.values(search).some((v) => v !== undefined);
  const canCreate = me !== null && me.user.role !== 'delegate' && me.user.role !== 'liaison';
  const columns: Column<Gift>[] = [
    { key: 'date', header: t('dialogue.fields.date'), width: 120, render: (g) => fmt.date(g.date) },
    {
      key: 'gift',
      header: t('dialogue.fields.gift'),
      render: (g) => (
        <Stack gap={2}>
          <Text size="xs" ff="monospace" c="dimmed">
            {g.reference} · {t(`dialogue.direction.${g.direction}`)}
          </Text>
          <AnchorLink to="/dialogue/gifts/$id" params={{ id: g.id }} size="sm" fw={600}>
            {g.description}
          </AnchorLink>
        </Stack>
      ),
    },
    { key: 'donor', header: t('dialogue.fields.donor'), width: 180, visibleFrom: 'sm', render: (g) => sideName(g.donor) },
    { key: 'recipient', header: t('dialogue.fields.recipient'), width: 180, visibleFrom: 'sm', render: (g) => sideName(g.recipient) },
    { key: 'value', header: t('dialogue.fields.value'), width: 140, render: (g) => (g.value ? fmt.money(g.value) : t('dialogue.gifts.unknownValue')) },
    { key: 'disposition', header: t('dialogue.fields.disposition'), width: 180, render: (g) => t(`dialogue.disposition.${g.disposition}`) },
  ];
  return (
    <ListPage
      title={t('dialogue.gifts.title')}
      intro={t('dialogue.gifts.intro')}
      create={canCreate ? { label: t('dialogue.gifts.new'), onClick: () => navigate({ to: '/dialogue/gifts/new' }) } : null}
      above={
        <Group gap="xs">
          {(['csv', 'pdf'] as const).map((format) => (
            <Button key={format} component="a" variant="default" size="xs" leftSection={<IconDownload size={14} aria-hidden />} href={`/api/gifts/report.${format}?year=${reportYear}&lang=${i18n.language}`} download>
              {t(`dialogue.gifts.report.${format}`, { year: reportYear })}
            </Button>
          ))}
        </Group>
      }
      search={{ value: search.q, onSearch: (q) => update({ q }), placeholder: t('dialogue.gifts.searchPlaceholder') }}
      filters={
        <>
          <Select
            label={t('dialogue.fields.year')}
            placeholder={t('common.list.any')}
            clearable
            data={Array.from({ length: 12 }, (_, i) => String(2027 - i))}
            value={search.year ? String(search.year) : null}
            onChange={(y) => update({ year: y ? Number(y) : undefined })}
            w={110}
          />
          <Select
            label={t('dialogue.fields.direction')}
            placeholder={t('common.list.any')}
            clearable
            data={GIFT_DIRECTIONS.map((d) => ({ value: d, label: t(`dialogue.direction.${d}`) }))}
            value={search.direction ?? null}
            onChange={(d) => update({ direction: (d ?? undefined) as GiftsSearch['direction'] })}
            w={150}
          />
          <Select
            label={t('dialogue.fields.disposition')}
            placeholder={t('common.list.any')}
            clearable
            data={GIFT_DISPOSITIONS.map((d) => ({ value: d, label: t(`dialogue.disposition.${d}`) }))}
            value={search.disposition ?? null}
            onChange={(d) => update({ disposition: (d ?? undefined) as GiftsSearch['disposition'] })}
            w={220}
          />
          <NumberInput
            label={t('dialogue.gifts.valueAboveUsd')}
            min={0}
            defaultValue={search.valueAbove !== undefined ? search.valueAbove / 100 : undefined}
            onBlur={(e) => {
              const v = Number(e.currentTarget.value.replace(/[^\d.]/g, ''));
              update(e.currentTarget.value && Number.isFinite(v) ? { valueAbove: Math.round(v * 100), currency: 'USD' } : { valueAbove: undefined, currency: undefined });
            }}
            w={160}
          />
        </>
      }
    >
      <ListView
        query={query}
        caption={t('dialogue.gifts.title')}
        columns={columns}
        rowKey={(g) => g.id}
        muted={(g) => g.archivedAt !== null}
        empty={
          <ListEmptyState
            filtered={filtered}
            title={filtered ? t('dialogue.list.emptyFiltered') : t('dialogue.gifts.empty')}
            description={t('dialogue.list.emptyHint')}
            onClear={() => update({ year: undefined, direction: undefined, disposition: undefined, valueAbove: undefined, currency: undefined, q: undefined })}
          />
        }
      />
    </ListPage>
  );
}
