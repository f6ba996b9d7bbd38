// The list of consultations in views (open, closing soon, decided, all; a delegate's "awaiting mine"), searched and filtered.
import { Button, SegmentedControl, Select } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CONSULTATION_METHODS, CONSULTATION_STATUSES } from '../../../../shared/consultations.ts';
import { ListEmptyState } from '../../../components/list/ListEmptyState.tsx';
import { ListPage } from '../../../components/list/ListPage.tsx';
import { ListView } from '../../../components/list/ListView.tsx';
import { useMe } from '../../../lib/auth.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { type ConsultationView, useConsultations, useViewCounts } from '../api/get-consultations.ts';
import { useConsultationColumns } from '../components/consultation-columns.tsx';
import { isDelegate, isMission } from '../lib/roles.ts';
import { type ConsultationsSearch, SORTS } from './consultations-search.ts';

const route = getRouteApi('/consultations');

export function ConsultationsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  usePageTitle(t('consultations.list.title'));
  const delegate = isDelegate(me);
  const views: ConsultationView[] = [...(delegate ? (['awaiting_mine'] as const) : []), 'open', 'closing_soon', 'decided', 'all'];
  const view = search.view && views.includes(search.view) ? search.view : 'open';
  const sort = search.sort ?? (view === 'decided' || view === 'all' ? '-updatedAt' : 'deadline');
  const filters = { q: search.q, method: search.method, status: search.status };
  const query = useConsultations({ view, sort, ...filters });
  const counts = useViewCounts(views, filters);
  const columns = useConsultationColumns({ showMyPosition: delegate });
  const update = (patch: Partial<ConsultationsSearch>) => navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const filtered = Boolean(search.q || search.method || search.status);
  const canCreate = isMission(me);
  const viewLabel = (v: ConsultationView) => (counts[v] === undefined ? t(`consultations.view.${v}`) : `${t(`consultations.view.${v}`)} (${counts[v]})`);

  return (
    <ListPage
     
      title={t('consultations.list.title')}
      create={canCreate ? { label: t('consultations.list.new'), onClick: () => navigate({ to: '/consultations/new' }) } : null}
      intro={t('consultations.list.intro')}
      above={
        <SegmentedControl
          aria-label={t('consultations.list.views')}
          data={views.map((v) => ({ value: v, label: viewLabel(v) }))}
          value={view}
          onChange={(v) => update({ view: v as ConsultationView, sort: undefined })}
          style={{ alignSelf: 'flex-start', maxWidth: '100%', overflowX: 'auto' }}
        />
      }
      search={{ value: search.q, onSearch: (q) => update({ q }), placeholder: t('consultations.list.searchPlaceholder') }}
      filters={
        <>
          <Select
            label={t('consultations.fields.method')}
            placeholder={t('common.list.any')}
            clearable
            data={CONSULTATION_METHODS.map((m) => ({ value: m, label: t(`consultations.method.${m}`) }))}
            value={search.method ?? null}
            onChange={(m) => update({ method: (m ?? undefined) as ConsultationsSearch['method'] })}
            w={200}
          />
          <Select
            label={t('consultations.fields.status')}
            placeholder={t('common.list.any')}
            clearable
            data={CONSULTATION_STATUSES.map((s) => ({ value: s, label: t(`consultations.status.${s}`) }))}
            value={search.status ?? null}
            onChange={(s) => update({ status: (s ?? undefined) as ConsultationsSearch['status'] })}
            w={180}
          />
          <Select
            label={t('consultations.list.sort')}
            allowDeselect={false}
            data={SORTS.map((s) => ({ value: s, label: t(`consultations.sort.${s}`) }))}
            value={sort}
            onChange={(s) => s && update({ sort: s as ConsultationsSearch['sort'] })}
            w={220}
          />
        </>
      }
    >
      <ListView
        query={query}
        caption={t(`consultations.view.${view}`)}
        columns={columns}
        rowKey={(c) => c.id}
        sort={sort}
        onSortChange={(s) => update({ sort: s as ConsultationsSearch['sort'] })}
        muted={(c) => c.status === 'withdrawn'}
        empty={
          <ListEmptyState
            filtered={filtered}
            title={filtered ? t('consultations.list.emptyFiltered') : t(`consultations.list.empty.${view}`)}
            description={filtered ? t('consultations.list.emptyFilteredHint') : canCreate ? t('consultations.list.emptyHintMission') : t('consultations.list.emptyHint')}
            onClear={() => update({ q: undefined, method: undefined, status: undefined })}
            createAction={
              canCreate && !filtered ? (
                <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => navigate({ to: '/consultations/new' })}>
                  {t('consultations.list.new')}
                </Button>
              ) : undefined
            }
          />
        }
      />
    </ListPage>
  );
}
