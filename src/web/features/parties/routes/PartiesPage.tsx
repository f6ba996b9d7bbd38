import { Button, Select, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PARTY_KINDS } from '../../../../shared/directory.ts';
import { ListEmptyState } from '../../../components/list/ListEmptyState.tsx';
import { ListPageHeader, ListToolbar } from '../../../components/list/ListPageHeader.tsx';
import { SearchField } from '../../../components/list/SearchField.tsx';
import { ShowArchivedSwitch } from '../../../components/list/ShowArchivedSwitch.tsx';
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
  const filtered = Boolean(search.q || search.kind);
  const canCreate = Boolean(me?.abilities.editDirectory);
  const create = () => navigate({ to: '/parties/new' });

  return (
    <Stack gap="md">
      <ListPageHeader
        title={t('parties.title')}
        action={
          canCreate && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={create}>
              {t('parties.new')}
            </Button>
          )
        }
      />
      <ListToolbar>
        <SearchField value={search.q} onSearch={(q) => update({ q })} placeholder={t('parties.searchPlaceholder')} />
        <Select
          label={t('parties.fields.kind')}
          placeholder={t('list.any')}
          clearable
          data={PARTY_KINDS.map((k) => ({ value: k, label: t(`partyKinds.${k}`) }))}
          value={search.kind ?? null}
          onChange={(kind) => update({ kind: (kind ?? undefined) as PartiesSearch['kind'] })}
          w={220}
        />
        <ShowArchivedSwitch checked={search.archived === 'include'} onChange={(on) => update({ archived: on ? 'include' : undefined })} />
      </ListToolbar>
      <PartiesTable
        query={query}
        sort={sort}
        onSortChange={(next) => update({ sort: next as PartiesSearch['sort'] })}
        empty={
          <ListEmptyState
            filtered={filtered}
            title={search.q ? t('parties.empty.noMatchQuery', { q: search.q }) : filtered ? t('parties.empty.noMatchFilters') : t('parties.empty.none')}
            description={
              filtered
                ? t(canCreate ? 'parties.empty.noMatchHint' : 'parties.empty.noMatchHintReadOnly')
                : t(canCreate ? 'parties.empty.noneHint' : 'parties.empty.noneHintReadOnly')
            }
            onClear={() => update({ q: undefined, kind: undefined })}
            createAction={
              canCreate ? (
                <Button variant="light" onClick={create}>
                  {t('parties.createFirst')}
                </Button>
              ) : undefined
            }
          />
        }
      />
    </Stack>
  );
}
