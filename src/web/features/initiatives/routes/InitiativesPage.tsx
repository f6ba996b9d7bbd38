// The initiatives table: filtered by stage, sector, DAC code, party, fund, year and text, sorted and paged on the server.
import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CODELISTS } from '../../../../shared/codelists.ts';
import { INITIATIVE_SORTS, INITIATIVE_STAGES } from '../../../../shared/initiatives.ts';
import { ListEmptyState } from '../../../components/list/ListEmptyState.tsx';
import { ListPage } from '../../../components/list/ListPage.tsx';
import { ListView } from '../../../components/list/ListView.tsx';
import { PartySelect } from '../../../components/pickers/PartySelect.tsx';
import { useCodelist } from '../../../components/references/use-codelist.ts';
import { useMe } from '../../../lib/auth.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useFunds } from '../api/get-funds.ts';
import { useInitiatives } from '../api/get-initiatives.ts';
import { useInitiativeColumns } from '../components/initiative-columns.tsx';
import type { InitiativesSearch } from './initiatives-search.ts';

const route = getRouteApi('/initiatives');

/** The address of the current view as a file: the same filters and sort as the table. */
function exportHref(format: 'csv' | 'xlsx', params: Record<string, string | number | undefined>) {
  const query = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
  return `/api/initiatives/export.${format}?${query}`;
}

export function InitiativesPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  usePageTitle(t('initiatives.list.title'));
  const sectors = useCodelist(CODELISTS.missionSector);
  const funds = useFunds().data?.items ?? [];
  const sort = search.sort ?? 'reference';
  const filters = { q: search.q, stage: search.stage, sector: search.sector, dacCode: search.dacCode, party: search.party, fundId: search.fundId, year: search.year };
  const query = useInitiatives({ ...filters, sort });
  const columns = useInitiativeColumns();
  const update = (patch: InitiativesSearch) => navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const filtered = Object.values(filters).some((v) => v !== undefined);
  const canCreate = me !== null && me.user.role !== 'delegate' && me.user.role !== 'liaison';

  return (
    <ListPage
      title={t('initiatives.list.title')}
      create={canCreate ? { label: t('initiatives.list.new'), onClick: () => navigate({ to: '/initiatives/new' }) } : null}
      intro={t('initiatives.list.intro')}
      above={
        <Group gap="xs">
          {(['csv', 'xlsx'] as const).map((format) => (
            <Button key={format} component="a" variant="default" size="xs" leftSection={<IconDownload size={14} aria-hidden />} href={exportHref(format, { ...filters, sort, lang: i18n.language })} download>
              {t(`initiatives.list.export.${format}`)}
            </Button>
          ))}
        </Group>
      }
      search={{ value: search.q, onSearch: (q) => update({ q }), placeholder: t('initiatives.list.searchPlaceholder') }}
      filters={
        <>
          <Select
            label={t('initiatives.fields.stage')}
            placeholder={t('common.list.any')}
            clearable
            data={INITIATIVE_STAGES.map((s) => ({ value: s, label: t(`initiatives.stage.${s}`) }))}
            value={search.stage ?? null}
            onChange={(s) => update({ stage: (s ?? undefined) as InitiativesSearch['stage'] })}
            w={220}
          />
          <Select
            label={t('initiatives.fields.sector')}
            placeholder={t('common.list.any')}
            clearable
            data={sectors.options}
            value={search.sector ?? null}
            onChange={(s) => update({ sector: s ?? undefined })}
            w={220}
          />
          <TextInput
            label={t('initiatives.fields.dacCode')}
            placeholder="23110"
            defaultValue={search.dacCode ?? ''}
            onBlur={(e) => update({ dacCode: /^\d{5}$/.test(e.currentTarget.value) ? e.currentTarget.value : undefined })}
            w={110}
          />
          <PartySelect label={t('initiatives.fields.party')} placeholder={t('common.list.any')} clearable value={search.party ?? null} onChange={(p) => update({ party: p ?? undefined })} w={200} />
          <Select
            label={t('initiatives.fields.fund')}
            placeholder={t('common.list.any')}
            clearable
            data={funds.map((f) => ({ value: f.id, label: f.acronym ?? f.names.en }))}
            value={search.fundId ?? null}
            onChange={(f) => update({ fundId: f ?? undefined })}
            w={160}
          />
          <Select
            label={t('initiatives.fields.year')}
            placeholder={t('common.list.any')}
            clearable
            data={Array.from({ length: 15 }, (_, i) => String(2015 + i))}
            value={search.year ? String(search.year) : null}
            onChange={(y) => update({ year: y ? Number(y) : undefined })}
            w={110}
          />
          <Select
            label={t('initiatives.list.sort')}
            allowDeselect={false}
            data={INITIATIVE_SORTS.map((s) => ({ value: s, label: t(`initiatives.sort.${s}`) }))}
            value={sort}
            onChange={(s) => s && update({ sort: s as InitiativesSearch['sort'] })}
            w={200}
          />
        </>
      }
    >
      <ListView
        query={query}
        caption={t('initiatives.list.title')}
        columns={columns}
        rowKey={(i) => i.id}
        sort={sort}
        onSortChange={(s) => update({ sort: s as InitiativesSearch['sort'] })}
        muted={(i) => i.stage === 'cancelled' || i.archivedAt !== null}
        empty={
          <ListEmptyState
            filtered={filtered}
            title={filtered ? t('initiatives.list.emptyFiltered') : t('initiatives.list.empty')}
            description={filtered ? t('initiatives.list.emptyFilteredHint') : t('initiatives.list.emptyHint')}
            onClear={() => update({ q: undefined, stage: undefined, sector: undefined, dacCode: undefined, party: undefined, fundId: undefined, year: undefined })}
          />
        }
      />
    </ListPage>
  );
}
