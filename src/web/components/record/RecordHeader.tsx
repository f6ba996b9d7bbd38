// The top of a record page: what kind of record, its title, a subtitle, its badges and actions.
import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface RecordHeaderProps {
  /** What kind of record this is ("Organisation"). */
  kind: string;
  title: string;
  subtitle?: ReactNode;
  /** Classification, provenance and status badges: always next to the title. */
  badges?: ReactNode;
  actions?: ReactNode;
}

export function RecordHeader({ kind, title, subtitle, badges, actions }: RecordHeaderProps) {
  return (
    <Stack gap={6} component="header">
      <Text size="sm" c="dimmed" fw={500}>
        {kind}
      </Text>
      <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
        <Stack gap={6} style={{ flex: '1 1 320px', minWidth: 0 }}>
          <Title order={1} fz={{ base: 'h3', sm: 'h2' }} style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Title>
          {subtitle && (
            <Text c="dimmed" size="sm">
              {subtitle}
            </Text>
          )}
          {badges && (
            <Group gap={6} wrap="wrap">
              {badges}
            </Group>
          )}
        </Stack>
        {actions && (
          <Group gap="xs" wrap="wrap">
            {actions}
          </Group>
        )}
      </Group>
    </Stack>
  );
}
