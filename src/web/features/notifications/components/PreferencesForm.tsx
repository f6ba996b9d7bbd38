// How each kind of notification reaches the user: immediately, daily digest or off.
import { Group, Paper, SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DELIVERY_MODES } from '../../../../shared/notifications.ts';
import { QueryError } from '../../../components/QueryError.tsx';
import { describeError } from '../../../lib/form.ts';
import { toast } from '../../../lib/toast.ts';
import { usePreferences } from '../api/get-preferences.ts';
import { type DeliveryMode, useUpdatePreferences } from '../api/update-preferences.ts';

/** Immediately / daily digest / off, for each kind of event; each choice is saved at once. */
export function PreferencesForm() {
  const { t } = useTranslation();
  const query = usePreferences();
  const update = useUpdatePreferences();

  if (query.isPending) return <Skeleton height={160} radius="md" role="status" aria-label={t('common.list.loading')} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;

  const save = (kind: string, label: string, mode: DeliveryMode) =>
    update.mutate([{ kind, mode }], {
      onSuccess: () => toast({ message: t('notifications.preferenceSaved', { kind: label, mode: t(`notifications.modes.${mode}`) }), autoClose: 3000 }),
      onError: (error) => toast({ color: 'red', title: t('notifications.preferenceFailed'), message: describeError(error, t), autoClose: false }),
    });

  return (
    <Stack gap="md" maw={860}>
      <Text size="sm" c="dimmed">
        {t('notifications.settingsIntro')}
      </Text>
      {query.data.items.length === 0 && <Text size="sm">{t('notifications.noKinds')}</Text>}
      <Paper withBorder radius="md">
        {query.data.items.map((p, index) => (
          <Group
            key={p.kind}
            justify="space-between"
            gap="sm"
            p="md"
            wrap="wrap"
            style={index > 0 ? { borderTop: '1px solid var(--mantine-color-default-border)' } : undefined}
          >
            <Text size="sm" fw={600} id={`pref-${p.kind}`} style={{ flex: '1 1 240px' }}>
              {p.label}
            </Text>
            <SegmentedControl
              aria-labelledby={`pref-${p.kind}`}
              value={p.mode}
              onChange={(mode) => save(p.kind, p.label, mode as DeliveryMode)}
              data={DELIVERY_MODES.map((m) => ({ value: m, label: t(`notifications.modes.${m}`) }))}
              disabled={update.isPending}
            />
          </Group>
        ))}
      </Paper>
    </Stack>
  );
}
