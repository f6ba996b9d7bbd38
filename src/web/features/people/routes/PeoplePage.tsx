import { Button, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ListEmptyState } from '../../../components/list/ListEmptyState.tsx';
import { ListPageHeader, ListToolbar } from '../../../components/list/ListPageHeader.tsx';
import { SearchField } from '../../../components/list/SearchField.tsx';
import { ShowArchivedSwitch } from '../../../components/list/ShowArchivedSwitch.tsx';
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
  const filtered = Boolean(search.q || search.organizationId);
  const canCreate = Boolean(me?.abilities.editDirectory);
  const create = () => navigate({ to: '/people/new' });

  return (
    <Stack gap="md">
      <ListPageHeader
        title={t('people.title')}
        action={
          canCreate && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={create}>
              {t('people.new')}
            </Button>
          )
        }
      />
      <ListToolbar>
        <SearchField value={search.q} onSearch={(q) => update({ q })} placeholder={t('people.searchPlaceholder')} />
        <OrganizationSelect
          label={t('people.filterOrganization')}
          placeholder={t('list.any')}
          value={search.organizationId ?? null}
          onChange={(organizationId) => update({ organizationId: organizationId ?? undefined })}
          w={300}
        />
        <ShowArchivedSwitch checked={search.archived === 'include'} onChange={(on) => update({ archived: on ? 'include' : undefined })} />
      </ListToolbar>
      <PeopleTable
        query={query}
        sort={sort}
        onSortChange={(next) => update({ sort: next as PeopleSearch['sort'] })}
        empty={
          <ListEmptyState
            filtered={filtered}
            title={search.q ? t('people.empty.noMatchQuery', { q: search.q }) : filtered ? t('people.empty.noMatchFilters') : t('people.empty.none')}
            description={
              filtered
                ? t(canCreate ? 'people.empty.noMatchHint' : 'people.empty.noMatchHintReadOnly')
                : t(canCreate ? 'people.empty.noneHint' : 'people.empty.noneHintReadOnly')
            }
            onClear={() => update({ q: undefined, organizationId: undefined })}
            createAction={
              canCreate ? (
                <Button variant="light" onClick={create}>
                  {t('people.createFirst')}
                </Button>
              ) : undefined
            }
          />
        }
      />
    </Stack>
  );
}
