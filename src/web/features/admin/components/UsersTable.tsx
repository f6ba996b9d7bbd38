// The accounts: name, e-mail, role, affiliation, status, second factor, with Edit, Reset password, Disable / Enable and switching off a second factor.
import { Button, Group, Text } from '@mantine/core';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../shared/admin.ts';
import type { Column } from '../../../components/list/DataTable.tsx';
import { ListView } from '../../../components/list/ListView.tsx';
import { TruncatedText } from '../../../components/list/TruncatedText.tsx';
import { ToneBadge } from '../../../components/record/ToneBadge.tsx';
import { useOrganizationsLookup } from '../../../components/references/use-organizations-lookup.ts';
import { usePartiesLookup } from '../../../components/references/use-parties-lookup.ts';
import type { ListPage } from '../../../lib/api-client.ts';
import { useMe } from '../../../lib/auth.ts';
import { useFormatters } from '../../../lib/format.ts';
import { localName, organizationLabel } from '../../../lib/names.ts';

interface UsersTableProps {
  query: UseInfiniteQueryResult<InfiniteData<ListPage<User>>, Error>;
  empty: ReactNode;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
  onToggleDisabled: (user: User) => void;
  /** Switches off the second factor of a user who lost their device. */
  onResetSecondFactor: (user: User) => void;
}

export function UsersTable({ query, empty, onEdit, onResetPassword, onToggleDisabled, onResetSecondFactor }: UsersTableProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const me = useMe();
  const parties = usePartiesLookup();
  const orgIds = [...new Set((query.data?.pages ?? []).flatMap((p) => p.items.flatMap((u) => (u.organizationId ? [u.organizationId] : []))))];
  const orgs = useOrganizationsLookup(orgIds);

  const affiliation = (u: User) => {
    if (u.partyCode) {
      const party = parties.byCode.get(u.partyCode);
      return party ? localName(party, i18n.language) : u.partyCode;
    }
    if (u.organizationId) {
      const org = orgs.get(u.organizationId);
      return org ? organizationLabel(org, i18n.language) : '';
    }
    return '';
  };

  const columns: Column<User>[] = [
    {
      key: 'name',
      header: t('admin.fields.displayName'),
      width: '18%',
      render: (u) => (
        <Button variant="subtle" size="compact-sm" px={4} onClick={() => onEdit(u)} aria-label={t('admin.editAccount', { name: u.displayName })} maw="100%">
          <Text size="sm" fw={600} truncate="end">
            {u.displayName}
          </Text>
        </Button>
      ),
    },
    { key: 'email', header: t('admin.fields.email'), visibleFrom: 'sm', width: '20%', render: (u) => <TruncatedText text={u.email} /> },
    { key: 'role', header: t('admin.fields.role'), width: '13%', render: (u) => <TruncatedText text={t(`common.roles.${u.role}`)} /> },
    { key: 'affiliation', header: t('admin.fields.affiliation'), visibleFrom: 'lg', render: (u) => <TruncatedText text={affiliation(u)} /> },
    {
      key: 'status',
      header: t('admin.fields.status'),
      width: '9%',
      render: (u) => <ToneBadge color={u.disabledAt ? 'red' : 'blue'}>{u.disabledAt ? t('admin.disabled') : t('admin.active')}</ToneBadge>,
    },
    {
      key: 'secondFactor',
      header: t('admin.fields.secondFactor'),
      visibleFrom: 'md',
      width: '9%',
      render: (u) => <TruncatedText text={u.secondFactor ? t('admin.secondFactorOn') : t('admin.secondFactorOff')} dimmed={!u.secondFactor} />,
    },
    { key: 'created', header: t('admin.fields.created'), visibleFrom: 'xl', width: '10%', render: (u) => <TruncatedText text={fmt.day(u.createdAt)} dimmed /> },
    {
      key: 'actions',
      header: t('admin.fields.actions'),
      width: 320,
      render: (u) => (
        <Group gap={4} wrap="nowrap">
          <Button size="compact-sm" variant="default" onClick={() => onResetPassword(u)}>
            {t('admin.resetPassword')}
          </Button>
          {u.secondFactor && u.id !== me?.user.id && (
            <Button size="compact-sm" variant="default" onClick={() => onResetSecondFactor(u)} aria-label={t('admin.resetSecondFactorFor', { name: u.displayName })}>
              {t('admin.resetSecondFactor')}
            </Button>
          )}
          {u.id !== me?.user.id && (
            <Button size="compact-sm" variant="default" color={u.disabledAt ? undefined : 'red'} onClick={() => onToggleDisabled(u)}>
              {u.disabledAt ? t('admin.enable') : t('admin.disable')}
            </Button>
          )}
        </Group>
      ),
    },
  ];

  return (
    <ListView
      query={query}
      caption={t('admin.title')}
      columns={columns}
      rowKey={(u) => u.id}
      empty={empty}
      muted={(u) => u.disabledAt !== null}
      keyboard={false}
    />
  );
}
