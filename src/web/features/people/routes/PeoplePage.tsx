// The list of people: search, an organisation filter, archived ones on request.
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ListPage } from '../../../components/list/ListPage.tsx';
import { RecordsEmptyState } from '../../../components/list/RecordsEmptyState.tsx';
import { OrganizationSelect } from '../../../components/pickers/OrganizationSelect.tsx';
import { useMe } from '../../../lib/auth.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { usePeople } from '../api/get-people.ts';
import { PeopleTable } from '../components/PeopleTable.tsx';
import type { PeopleSearch } from './people-search.ts';

const route = getRouteApi('/people');

export function PeoplePage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const me = useMe();
  usePageTitle(t('people.title'));

  const update = (patch: Partial<PeopleSearch>) => navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const sort = search.sort ?? 'name';
  const query = usePeople({ q: search.q, organizationId: search.organizationId, sort, archived: search.archived });
  const create = me?.abilities.editDirectory ? () => navigate({ to: '/people/new' }) : undefined;

  return (
    <ListPage
      title={t('people.title')}
      create={create && { label: t('people.new'), onClick: create }}
      search={{ value: search.q, onSearch: (q) => update({ q }), placeholder: t('people.searchPlaceholder') }}
      archived={{ checked: search.archived === 'include', onChange: (on) => update({ archived: on ? 'include' : undefined }) }}
      filters={
        <OrganizationSelect
          label={t('people.filterOrganization')}
          placeholder={t('common.list.any')}
          value={search.organizationId ?? null}
          onChange={(organizationId) => update({ organizationId: organizationId ?? undefined })}
          w={300}
        />
      }
    >
      <PeopleTable
        query={query}
        sort={sort}
        onSortChange={(next) => update({ sort: next as PeopleSearch['sort'] })}
        empty={
          <RecordsEmptyState
            list="people"
            q={search.q}
            filtered={Boolean(search.q || search.organizationId)}
            onClear={() => update({ q: undefined, organizationId: undefined })}
            onCreate={create}
          />
        }
      />
    </ListPage>
  );
}
