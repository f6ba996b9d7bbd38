// The list of delegations: search, a party filter, archived ones on request.
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ListPage } from '../../../components/list/ListPage.tsx';
import { RecordsEmptyState } from '../../../components/list/RecordsEmptyState.tsx';
import { PartySelect } from '../../../components/pickers/PartySelect.tsx';
import { useMe } from '../../../lib/auth.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useDelegations } from '../api/get-delegations.ts';
import { DelegationsTable } from '../components/DelegationsTable.tsx';
import type { DelegationsSearch } from './delegations-search.ts';

const route = getRouteApi('/delegations');

export function DelegationsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const me = useMe();
  usePageTitle(t('delegations.title'));

  const update = (patch: Partial<DelegationsSearch>) => navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const sort = search.sort ?? 'name';
  const query = useDelegations({ q: search.q, party: search.party, sort, archived: search.archived });
  const create = me?.abilities.editDirectory ? () => navigate({ to: '/delegations/new' }) : undefined;

  return (
    <ListPage
      title={t('delegations.title')}
      create={create && { label: t('delegations.new'), onClick: create }}
      search={{ value: search.q, onSearch: (q) => update({ q }), placeholder: t('delegations.searchPlaceholder') }}
      archived={{ checked: search.archived === 'include', onChange: (on) => update({ archived: on ? 'include' : undefined }) }}
      filters={
        <PartySelect
          label={t('delegations.fields.party')}
          placeholder={t('common.list.any')}
          value={search.party ?? null}
          onChange={(party) => update({ party: party ?? undefined })}
          w={220}
        />
      }
    >
      <DelegationsTable
        query={query}
        sort={sort}
        onSortChange={(next) => update({ sort: next as DelegationsSearch['sort'] })}
        empty={
          <RecordsEmptyState
            list="delegations"
            q={search.q}
            filtered={Boolean(search.q || search.party)}
            onClear={() => update({ q: undefined, party: undefined })}
            onCreate={create}
          />
        }
      />
    </ListPage>
  );
}
