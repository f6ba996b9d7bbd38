// The bodies (committees, working groups) with their health — due soon, overdue — searched and filtered on the page.
import { Select, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BODY_KINDS } from '../../../../shared/meetings.ts';
import { allNames } from '../../../../shared/names.ts';
import { ListEmptyState } from '../../../components/list/ListEmptyState.tsx';
import { ListPage } from '../../../components/list/ListPage.tsx';
import { PageSkeleton } from '../../../components/PageStates.tsx';
import { QueryError } from '../../../components/QueryError.tsx';
import { useMe } from '../../../lib/auth.ts';
import { useFormatters } from '../../../lib/format.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useBodiesHealth } from '../api/get-bodies-health.ts';
import { BodiesHealthTable } from '../components/BodiesHealthTable.tsx';
import type { BodiesSearch } from './bodies-search.ts';

const route = getRouteApi('/bodies');

const matches = (q: string, ...values: (string | null | undefined)[]) => values.some((v) => v?.toLocaleLowerCase().includes(q));

export function BodiesPage() {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const me = useMe();
  usePageTitle(t('meetings.bodies.title'));
  const query = useBodiesHealth();
  const update = (patch: Partial<BodiesSearch>) => navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  const all = query.data?.items ?? [];
  const sectors = useMemo(() => [...new Set(all.flatMap((b) => b.sectors))].sort(), [all]);
  const q = search.q?.toLocaleLowerCase();
  const rows = all.filter(
    (b) =>
      (!search.kind || b.kind === search.kind) &&
      (!search.sector || b.sectors.includes(search.sector)) &&
      (!q || matches(q, ...allNames(b.names), b.acronym)),
  );
  const filtered = Boolean(search.q || search.kind || search.sector);
  const canCreate = Boolean(me?.abilities.editDirectory);
  const overdue = rows.filter((b) => b.health.state === 'overdue').length;

  return (
    <ListPage
     
      title={t('meetings.bodies.title')}
      create={canCreate ? { label: t('meetings.bodies.new'), onClick: () => navigate({ to: '/bodies/new' }) } : null}
      intro={t('meetings.bodies.intro')}
      search={{ value: search.q, onSearch: (value) => update({ q: value }), placeholder: t('meetings.bodies.searchPlaceholder') }}
      filters={
        <>
          <Select
            label={t('meetings.bodies.fields.kind')}
            placeholder={t('common.list.any')}
            clearable
            data={BODY_KINDS.map((k) => ({ value: k, label: t(`meetings.bodyKinds.${k}`) }))}
            value={search.kind ?? null}
            onChange={(kind) => update({ kind: (kind ?? undefined) as BodiesSearch['kind'] })}
            w={220}
          />
          <Select
            label={t('meetings.bodies.fields.sector')}
            placeholder={t('common.list.any')}
            clearable
            searchable
            data={sectors.map((s) => ({ value: s, label: s }))}
            value={search.sector ?? null}
            onChange={(sector) => update({ sector: sector ?? undefined })}
            w={200}
          />
        </>
      }
    >
      {query.isPending ? (
        <PageSkeleton />
      ) : query.isError && !query.data ? (
        <QueryError error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" aria-live="polite" aria-atomic="true">
            {t('common.list.resultCount', { count: rows.length, formatted: fmt.number(rows.length) })}
            {overdue > 0 && ` · ${t('meetings.bodies.overdueCount', { count: overdue })}`}
          </Text>
          {rows.length === 0 ? (
            <ListEmptyState
              filtered={filtered}
              title={filtered ? t('meetings.bodies.emptyFiltered') : t('meetings.bodies.empty')}
              description={filtered ? t('meetings.bodies.emptyFilteredHint') : t('meetings.bodies.emptyHint')}
              onClear={() => update({ q: undefined, kind: undefined, sector: undefined })}
            />
          ) : (
            <BodiesHealthTable bodies={rows} />
          )}
        </Stack>
      )}
    </ListPage>
  );
}
