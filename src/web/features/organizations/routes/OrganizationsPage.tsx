// The list of organisations: search, kind and country filters, archived ones on request.
import { Select } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ORGANIZATION_KINDS } from '../../../../shared/directory.ts';
import { ListPage } from '../../../components/list/ListPage.tsx';
import { RecordsEmptyState } from '../../../components/list/RecordsEmptyState.tsx';
import { PartySelect } from '../../../components/pickers/PartySelect.tsx';
import { useMe } from '../../../lib/auth.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useOrganizations } from '../api/get-organizations.ts';
import { OrganizationsTable } from '../components/OrganizationsTable.tsx';
import type { OrganizationsSearch } from './organizations-search.ts';

const route = getRouteApi('/organizations');

export function OrganizationsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const me = useMe();
  usePageTitle(t('organizations.title'));

  const update = (patch: Partial<OrganizationsSearch>) => navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const sort = search.sort ?? 'name';
  const query = useOrganizations({ q: search.q, kind: search.kind, country: search.country, sort, archived: search.archived });
  const create = me?.abilities.editDirectory ? () => navigate({ to: '/organizations/new' }) : undefined;

  return (
    <ListPage
      title={t('organizations.title')}
      create={create && { label: t('organizations.new'), onClick: create }}
      search={{ value: search.q, onSearch: (q) => update({ q }), placeholder: t('organizations.searchPlaceholder') }}
      archived={{ checked: search.archived === 'include', onChange: (on) => update({ archived: on ? 'include' : undefined }) }}
      filters={
        <>
          <Select
            label={t('organizations.fields.kind')}
            placeholder={t('common.list.any')}
            clearable
            data={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`common.organizationKinds.${k}`) }))}
            value={search.kind ?? null}
            onChange={(kind) => update({ kind: (kind ?? undefined) as OrganizationsSearch['kind'] })}
            w={220}
          />
          <PartySelect
            label={t('organizations.fields.country')}
            placeholder={t('common.list.any')}
            value={search.country ?? null}
            onChange={(country) => update({ country: country ?? undefined })}
            w={220}
          />
        </>
      }
    >
      <OrganizationsTable
        query={query}
        sort={sort}
        onSortChange={(next) => update({ sort: next as OrganizationsSearch['sort'] })}
        empty={
          <RecordsEmptyState
            list="organizations"
            q={search.q}
            filtered={Boolean(search.q || search.kind || search.country)}
            onClear={() => update({ q: undefined, kind: undefined, country: undefined })}
            onCreate={create}
          />
        }
      />
    </ListPage>
  );
}
