import { Badge, Button, Group, Text } from '@mantine/core';
import { toast } from '../../lib/toast.ts';
import { IconLogin, IconLogout } from '@tabler/icons-react';
import { useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useLogout } from '../../features/auth/api/logout.ts';
import { useMe } from '../../lib/auth.ts';

/** Who is signed in (name and role), with Sign out; or Sign in for a visitor. */
export function UserBox() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const location = useRouterState({ select: (s) => s.location });
  const logoutMutation = useLogout();

  if (!me) {
    if (location.pathname === '/login') return null;
    return (
      <Button
        size="sm"
        leftSection={<IconLogin size={16} aria-hidden />}
        onClick={() => navigate({ to: '/login', search: { redirect: location.href } })}
      >
        {t('auth.signIn')}
      </Button>
    );
  }

  const signOut = async () => {
    await logoutMutation.mutateAsync().catch(() => undefined);
    toast({ message: t('auth.signedOut'), autoClose: 3000 });
    navigate({ to: '/organizations' });
  };

  return (
    <Group gap="xs" wrap="nowrap">
      <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
        <Text size="sm" fw={600} truncate="end" maw={200} visibleFrom="lg">
          {me.user.displayName}
        </Text>
        <Badge variant="light" radius="sm" tt="none" styles={{ root: { color: 'var(--mantine-color-text)' } }}>
          {t(`roles.${me.user.role}`)}
        </Badge>
      </Group>
      <Button size="sm" variant="default" leftSection={<IconLogout size={16} aria-hidden />} onClick={signOut} loading={logoutMutation.isPending}>
        {t('auth.signOut')}
      </Button>
    </Group>
  );
}
