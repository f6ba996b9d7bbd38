// The header's account corner: who is signed in, a link to their account security, Sign out; Sign in for a visitor.
import { ActionIcon, Badge, Box, Button, Group, Text } from '@mantine/core';
import { toast } from '../../lib/toast.ts';
import { IconLogin, IconLogout, IconShieldLock } from '@tabler/icons-react';
import { Link, useNavigate, useRouterState } from '@tanstack/react-router';
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
        {t('common.session.signIn')}
      </Button>
    );
  }

  const signOut = async () => {
    await logoutMutation.mutateAsync().catch(() => undefined);
    toast({ message: t('common.session.signedOut'), autoClose: 3000 });
    navigate({ to: '/organizations' });
  };

  return (
    <Group gap="xs" wrap="nowrap">
      <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }} visibleFrom="sm">
        <Text size="sm" fw={600} truncate="end" maw={200} visibleFrom="xl">
          {me.user.displayName}
        </Text>
        <Badge variant="light" radius="sm" tt="none" styles={{ root: { color: 'var(--mantine-color-text)' } }}>
          {t(`common.roles.${me.user.role}`)}
        </Badge>
      </Group>
      <ActionIcon component={Link} to="/account/security" variant="default" size={36} aria-label={t('common.session.security')}>
        <IconShieldLock size={18} aria-hidden />
      </ActionIcon>
      <Button
        size="sm"
        variant="default"
        px={{ base: 10, sm: 'md' }}
        aria-label={t('common.session.signOut')}
        onClick={signOut}
        loading={logoutMutation.isPending}
      >
        <Group gap={8} wrap="nowrap">
          <IconLogout size={16} aria-hidden />
          <Box component="span" visibleFrom="sm">
            {t('common.session.signOut')}
          </Box>
        </Group>
      </Button>
    </Group>
  );
}
