// The list of parties (member states, partners, observers): search, a kind filter, archived ones on request.
import { Select } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PARTY_KINDS } from '../../../../shared/directory.ts';
import { ListPage } from '../../../components/list/ListPage.tsx';
import { RecordsEmptyState } from '../../../components/list/RecordsEmptyState.tsx';
import { useMe } from '../../../lib/auth.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useParties } from '../api/get-parties.ts';
import { PartiesTable } from '../components/PartiesTable.tsx';
import type { PartiesSearch } from './parties-search.ts';

const route = getRouteApi('/parties');

export function PartiesPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const me = useMe();
  usePageTitle(t('parties.title'));

  const update = (patch: Partial<PartiesSearch>) => navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const sort = search.sort ?? 'name';
  const query = useParties({ q: search.q, kind: search.kind, sort, archived: search.archived });
  const create = me?.abilities.editDirectory ? () => navigate({ to: '/parties/new' }) : undefined;

  return (
    <ListPage
      title={t('parties.title')}
      create={create && { label: t('parties.new'), onClick: create }}
      search={{ value: search.q, onSearch: (q) => update({ q }), placeholder: t('parties.searchPlaceholder') }}
      archived={{ checked: search.archived === 'include', onChange: (on) => update({ archived: on ? 'include' : undefined }) }}
      filters={
        <Select
          label={t('parties.fields.kind')}
          placeholder={t('common.list.any')}
          clearable
          data={PARTY_KINDS.map((k) => ({ value: k, label: t(`common.partyKinds.${k}`) }))}
          value={search.kind ?? null}
          onChange={(kind) => update({ kind: (kind ?? undefined) as PartiesSearch['kind'] })}
          w={220}
        />
      }
    >
      <PartiesTable
        query={query}
        sort={sort}
        onSortChange={(next) => update({ sort: next as PartiesSearch['sort'] })}
        empty={
          <RecordsEmptyState
            list="parties"
            q={search.q}
            filtered={Boolean(search.q || search.kind)}
            onClear={() => update({ q: undefined, kind: undefined })}
            onCreate={create}
          />
        }
      />
    </ListPage>
  );
}
