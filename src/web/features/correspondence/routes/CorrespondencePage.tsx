// The register of correspondence: filtered by direction, kind, status, party, overdue and text, sorted and paged on the server.
import { Checkbox, Select } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CORRESPONDENCE_KINDS, CORRESPONDENCE_STATUSES, DIRECTIONS } from '../../../../shared/correspondence.ts';
import { ListEmptyState } from '../../../components/list/ListEmptyState.tsx';
import { ListPage } from '../../../components/list/ListPage.tsx';
import { ListView } from '../../../components/list/ListView.tsx';
import { PartySelect } from '../../../components/pickers/PartySelect.tsx';
import { useMe } from '../../../lib/auth.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useCorrespondenceList } from '../api/get-correspondence-list.ts';
import { useCorrespondenceColumns } from '../components/correspondence-columns.tsx';
import type { CorrespondenceSearch } from './correspondence-search.ts';

const route = getRouteApi('/correspondence');

export function CorrespondencePage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  usePageTitle(t('correspondence.list.title'));
  const sort = search.sort ?? '-date';
  const filters = { q: search.q, direction: search.direction, kind: search.kind, status: search.status, party: search.party, overdue: search.overdue };
  const query = useCorrespondenceList({ ...filters, sort });
  const columns = useCorrespondenceColumns();
  const update = (patch: CorrespondenceSearch) => navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const filtered = Object.values(filters).some((v) => v !== undefined);
  const canCreate = me !== null && ['admin', 'head', 'staff'].includes(me.user.role);

  return (
    <ListPage
      title={t('correspondence.list.title')}
      create={canCreate ? { label: t('correspondence.list.new'), onClick: () => navigate({ to: '/correspondence/new' }) } : null}
      intro={t('correspondence.list.intro')}
      search={{ value: search.q, onSearch: (q) => update({ q }), placeholder: t('correspondence.list.searchPlaceholder') }}
      filters={
        <>
          <Select
            label={t('correspondence.fields.direction')}
            placeholder={t('common.list.any')}
            clearable
            data={DIRECTIONS.map((d) => ({ value: d, label: t(`correspondence.direction.${d}`) }))}
            value={search.direction ?? null}
            onChange={(d) => update({ direction: (d ?? undefined) as CorrespondenceSearch['direction'] })}
            w={160}
          />
          <Select
            label={t('correspondence.fields.kind')}
            placeholder={t('common.list.any')}
            clearable
            data={CORRESPONDENCE_KINDS.map((k) => ({ value: k, label: t(`correspondence.kind.${k}`) }))}
            value={search.kind ?? null}
            onChange={(k) => update({ kind: (k ?? undefined) as CorrespondenceSearch['kind'] })}
            w={180}
          />
          <Select
            label={t('correspondence.fields.status')}
            placeholder={t('common.list.any')}
            clearable
            data={CORRESPONDENCE_STATUSES.map((s) => ({ value: s, label: t(`correspondence.status.${s}`) }))}
            value={search.status ?? null}
            onChange={(s) => update({ status: (s ?? undefined) as CorrespondenceSearch['status'] })}
            w={170}
          />
          <PartySelect label={t('correspondence.fields.party')} placeholder={t('common.list.any')} clearable value={search.party ?? null} onChange={(p) => update({ party: p ?? undefined })} w={200} />
          <Checkbox mt={28} label={t('correspondence.list.overdueOnly')} checked={search.overdue === 'true'} onChange={(e) => update({ overdue: e.currentTarget.checked ? 'true' : undefined })} />
        </>
      }
    >
      <ListView
        query={query}
        caption={t('correspondence.list.title')}
        columns={columns}
        rowKey={(c) => c.id}
        sort={sort}
        onSortChange={(s) => update({ sort: s as CorrespondenceSearch['sort'] })}
        muted={(c) => c.status === 'cancelled' || c.archivedAt !== null}
        empty={
          <ListEmptyState
            filtered={filtered}
            title={filtered ? t('correspondence.list.emptyFiltered') : t('correspondence.list.empty')}
            description={filtered ? t('correspondence.list.emptyFilteredHint') : t('correspondence.list.emptyHint')}
            onClear={() => update({ q: undefined, direction: undefined, kind: undefined, status: undefined, party: undefined, overdue: undefined })}
          />
        }
      />
    </ListPage>
  );
}
