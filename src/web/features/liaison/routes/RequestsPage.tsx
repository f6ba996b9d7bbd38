// The liaison requests: a table with filters, or a board by status; a liaison officer sees their own organisation's only.
import { SegmentedControl, Select, Switch } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LIAISON_STATUSES } from '../../../../shared/liaison.ts';
import { ListEmptyState } from '../../../components/list/ListEmptyState.tsx';
import { ListPage } from '../../../components/list/ListPage.tsx';
import { ListView } from '../../../components/list/ListView.tsx';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useLiaisonRequests } from '../api/get-requests.ts';
import { RequestBoard } from '../components/RequestBoard.tsx';
import { useRequestColumns } from '../components/request-columns.tsx';
import type { RequestsSearch } from './requests-search.ts';

const route = getRouteApi('/liaison/requests');

export function RequestsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  usePageTitle(t('liaison.requests.title'));
  const view = search.view ?? 'table';
  const sort = search.sort ?? 'reference';
  const filters = { q: search.q, status: search.status, overdue: search.overdue };
  const query = useLiaisonRequests({ ...filters, sort });
  const columns = useRequestColumns();
  const update = (patch: RequestsSearch) => navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const filtered = Object.values(filters).some((v) => v !== undefined);

  return (
    <ListPage
      title={t('liaison.requests.title')}
      intro={t('liaison.requests.intro')}
      above={
        <SegmentedControl
          aria-label={t('liaison.requests.view')}
          value={view}
          onChange={(v) => update({ view: v as 'table' | 'board' })}
          data={[
            { value: 'table', label: t('liaison.requests.table') },
            { value: 'board', label: t('liaison.requests.board') },
          ]}
        />
      }
      search={{ value: search.q, onSearch: (q) => update({ q }), placeholder: t('liaison.requests.searchPlaceholder') }}
      filters={
        view === 'table' ? (
          <>
            <Select
              label={t('liaison.fields.status')}
              placeholder={t('common.list.any')}
              clearable
              data={LIAISON_STATUSES.map((s) => ({ value: s, label: t(`liaison.status.${s}`) }))}
              value={search.status ?? null}
              onChange={(s) => update({ status: (s ?? undefined) as RequestsSearch['status'] })}
              w={220}
            />
            <Switch label={t('liaison.requests.overdueOnly')} checked={search.overdue === 'true'} onChange={(e) => update({ overdue: e.currentTarget.checked ? 'true' : undefined })} mt="lg" />
          </>
        ) : undefined
      }
    >
      {view === 'board' ? (
        <RequestBoard q={search.q} />
      ) : (
        <ListView
          query={query}
          caption={t('liaison.requests.title')}
          columns={columns}
          rowKey={(r) => r.id}
          sort={sort}
          onSortChange={(s) => update({ sort: s as RequestsSearch['sort'] })}
          muted={(r) => r.archivedAt !== null || r.status === 'declined' || r.status === 'lapsed'}
          empty={
            <ListEmptyState
              filtered={filtered}
              title={filtered ? t('liaison.requests.emptyFiltered') : t('liaison.requests.empty')}
              description={filtered ? t('liaison.requests.emptyFilteredHint') : t('liaison.requests.emptyHint')}
              onClear={() => update({ q: undefined, status: undefined, overdue: undefined })}
            />
          }
        />
      )}
    </ListPage>
  );
}
