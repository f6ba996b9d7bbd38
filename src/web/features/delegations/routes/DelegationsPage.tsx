import { Button, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ListEmptyState } from '../../../components/list/ListEmptyState.tsx';
import { ListPageHeader, ListToolbar } from '../../../components/list/ListPageHeader.tsx';
import { SearchField } from '../../../components/list/SearchField.tsx';
import { ShowArchivedSwitch } from '../../../components/list/ShowArchivedSwitch.tsx';
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
  const filtered = Boolean(search.q || search.party);
  const canCreate = Boolean(me?.abilities.editDirectory);
  const create = () => navigate({ to: '/delegations/new' });

  return (
    <Stack gap="md">
      <ListPageHeader
        title={t('delegations.title')}
        action={
          canCreate && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={create}>
              {t('delegations.new')}
            </Button>
          )
        }
      />
      <ListToolbar>
        <SearchField value={search.q} onSearch={(q) => update({ q })} placeholder={t('delegations.searchPlaceholder')} />
        <PartySelect
          label={t('delegations.fields.party')}
          placeholder={t('list.any')}
          value={search.party ?? null}
          onChange={(party) => update({ party: party ?? undefined })}
          w={220}
        />
        <ShowArchivedSwitch checked={search.archived === 'include'} onChange={(on) => update({ archived: on ? 'include' : undefined })} />
      </ListToolbar>
      <DelegationsTable
        query={query}
        sort={sort}
        onSortChange={(next) => update({ sort: next as DelegationsSearch['sort'] })}
        empty={
          <ListEmptyState
            filtered={filtered}
            title={
              search.q ? t('delegations.empty.noMatchQuery', { q: search.q }) : filtered ? t('delegations.empty.noMatchFilters') : t('delegations.empty.none')
            }
            description={
              filtered
                ? t(canCreate ? 'delegations.empty.noMatchHint' : 'delegations.empty.noMatchHintReadOnly')
                : t(canCreate ? 'delegations.empty.noneHint' : 'delegations.empty.noneHintReadOnly')
            }
            onClear={() => update({ q: undefined, party: undefined })}
            createAction={
              canCreate ? (
                <Button variant="light" onClick={create}>
                  {t('delegations.createFirst')}
                </Button>
              ) : undefined
            }
          />
        }
      />
    </Stack>
  );
}
