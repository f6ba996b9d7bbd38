import { Button, Select, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ORGANIZATION_KINDS } from '../../../../shared/directory.ts';
import { ListEmptyState } from '../../../components/list/ListEmptyState.tsx';
import { ListPageHeader, ListToolbar } from '../../../components/list/ListPageHeader.tsx';
import { SearchField } from '../../../components/list/SearchField.tsx';
import { ShowArchivedSwitch } from '../../../components/list/ShowArchivedSwitch.tsx';
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
  const filtered = Boolean(search.q || search.kind || search.country);
  const canCreate = Boolean(me?.abilities.editDirectory);
  const create = () => navigate({ to: '/organizations/new' });
  const newButton = canCreate ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={create}>
      {t('organizations.new')}
    </Button>
  ) : null;

  return (
    <Stack gap="md">
      <ListPageHeader title={t('organizations.title')} action={newButton} />
      <ListToolbar>
        <SearchField value={search.q} onSearch={(q) => update({ q })} placeholder={t('organizations.searchPlaceholder')} />
        <Select
          label={t('organizations.fields.kind')}
          placeholder={t('list.any')}
          clearable
          data={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`organizationKinds.${k}`) }))}
          value={search.kind ?? null}
          onChange={(kind) => update({ kind: (kind ?? undefined) as OrganizationsSearch['kind'] })}
          w={220}
        />
        <PartySelect
          label={t('organizations.fields.country')}
          placeholder={t('list.any')}
          value={search.country ?? null}
          onChange={(country) => update({ country: country ?? undefined })}
          w={220}
        />
        <ShowArchivedSwitch checked={search.archived === 'include'} onChange={(on) => update({ archived: on ? 'include' : undefined })} />
      </ListToolbar>
      <OrganizationsTable
        query={query}
        sort={sort}
        onSortChange={(next) => update({ sort: next as OrganizationsSearch['sort'] })}
        empty={
          <ListEmptyState
            filtered={filtered}
            title={
              search.q
                ? t('organizations.empty.noMatchQuery', { q: search.q })
                : filtered
                  ? t('organizations.empty.noMatchFilters')
                  : t('organizations.empty.none')
            }
            description={
              filtered
                ? t(canCreate ? 'organizations.empty.noMatchHint' : 'organizations.empty.noMatchHintReadOnly')
                : t(canCreate ? 'organizations.empty.noneHint' : 'organizations.empty.noneHintReadOnly')
            }
            onClear={() => update({ q: undefined, kind: undefined, country: undefined })}
            createAction={canCreate ? <Button variant="light" onClick={create}>{t('organizations.createFirst')}</Button> : undefined}
          />
        }
      />
    </Stack>
  );
}
