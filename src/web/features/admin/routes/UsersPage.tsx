// The accounts: search, a role filter, and creating, editing, resetting the password of, disabling and enabling an account, and switching off a lost second factor; the sign-in lockouts in force; the API tokens.
import { Select } from '@mantine/core';
import { toast } from '../../../lib/toast.ts';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/admin.ts';
import { ROLES } from '../../../../shared/common.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { ListEmptyState } from '../../../components/list/ListEmptyState.tsx';
import { ListPage } from '../../../components/list/ListPage.tsx';
import { describeError } from '../../../lib/form.ts';
import { usePageTitle } from '../../../lib/page-title.ts';
import { useUsers } from '../api/get-users.ts';
import { useUpdateUser } from '../api/update-user.ts';
import { ApiTokensPanel } from '../components/ApiTokensPanel.tsx';
import { CreateUserModal } from '../components/CreateUserModal.tsx';
import { type EditMode, EditUserModal } from '../components/EditUserModal.tsx';
import { LockoutsPanel } from '../components/LockoutsPanel.tsx';
import { UsersTable } from '../components/UsersTable.tsx';
import type { UsersSearch } from './users-search.ts';

const route = getRouteApi('/admin/users');

export function UsersPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  usePageTitle(t('admin.title'));
  const query = useUsers(search);
  const update = useUpdateUser();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<{ user: User; mode: EditMode } | null>(null);
  const [toggling, setToggling] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const setSearch = (patch: Partial<UsersSearch>) => navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const filtered = Boolean(search.q || search.role);

  const confirmToggle = async () => {
    if (!toggling) return;
    const disable = !toggling.disabledAt;
    try {
      await update.mutateAsync({ id: toggling.id, input: { disabled: disable } });
      toast({
        message: disable ? t('admin.disabledToast', { name: toggling.displayName }) : t('admin.enabledToast', { name: toggling.displayName }),
        autoClose: 3000,
      });
      setToggling(null);
    } catch (error) {
      toast({ color: 'red', title: t('admin.toggleFailed'), message: describeError(error, t), autoClose: false });
    }
  };

  const confirmReset = async () => {
    if (!resetting) return;
    try {
      await update.mutateAsync({ id: resetting.id, input: { secondFactor: 'off' } });
      toast({ message: t('admin.secondFactorResetToast', { name: resetting.displayName }), autoClose: 3000 });
      setResetting(null);
    } catch (error) {
      toast({ color: 'red', title: t('admin.toggleFailed'), message: describeError(error, t), autoClose: false });
    }
  };

  return (
    <ListPage
      title={t('admin.title')}
      create={{ label: t('admin.newAccount'), onClick: () => setCreating(true) }}
      search={{ value: search.q, onSearch: (q) => setSearch({ q }), placeholder: t('admin.searchPlaceholder') }}
      filters={
        <Select
          label={t('admin.fields.role')}
          placeholder={t('common.list.any')}
          clearable
          data={ROLES.map((r) => ({ value: r, label: t(`common.roles.${r}`) }))}
          value={search.role ?? null}
          onChange={(role) => setSearch({ role: (role ?? undefined) as UsersSearch['role'] })}
          w={200}
        />
      }
    >
      <UsersTable
        query={query}
        onEdit={(user) => setEditing({ user, mode: 'details' })}
        onResetPassword={(user) => setEditing({ user, mode: 'password' })}
        onToggleDisabled={setToggling}
        onResetSecondFactor={setResetting}
        empty={
          <ListEmptyState
            filtered={filtered}
            title={search.q ? t('admin.empty.noMatchQuery', { q: search.q }) : filtered ? t('admin.empty.noMatchFilters') : t('admin.empty.none')}
            description={t('admin.empty.hint')}
            onClear={() => setSearch({ q: undefined, role: undefined })}
          />
        }
      />
      <LockoutsPanel />
      <ApiTokensPanel />
      <CreateUserModal opened={creating} onClose={() => setCreating(false)} />
      <EditUserModal user={editing?.user ?? null} mode={editing?.mode ?? 'details'} onClose={() => setEditing(null)} />
      <ConfirmDialog
        opened={toggling !== null}
        title={
          toggling
            ? toggling.disabledAt
              ? t('admin.enableQuestion', { name: toggling.displayName })
              : t('admin.disableQuestion', { name: toggling.displayName })
            : ''
        }
        message={toggling && !toggling.disabledAt ? t('admin.disableExplanation') : undefined}
        confirmLabel={toggling?.disabledAt ? t('admin.enable') : t('admin.disable')}
        danger={Boolean(toggling && !toggling.disabledAt)}
        loading={update.isPending}
        onConfirm={confirmToggle}
        onCancel={() => setToggling(null)}
      />
      <ConfirmDialog
        opened={resetting !== null}
        title={resetting ? t('admin.resetSecondFactorQuestion', { name: resetting.displayName }) : ''}
        message={t('admin.resetSecondFactorExplanation')}
        confirmLabel={t('admin.resetSecondFactor')}
        danger
        loading={update.isPending}
        onConfirm={confirmReset}
        onCancel={() => setResetting(null)}
      />
    </ListPage>
  );
}
