// A titled section of a record page, with an optional count and action.
import { Badge, Group, Paper, Stack, Title } from '@mantine/core';
import { useId } from '@mantine/hooks';
import type { ReactNode } from 'react';

interface SectionProps {
  title: string;
  count?: number;
  actions?: ReactNode;
  children: ReactNode;
}

export function Section({ title, count, actions, children }: SectionProps) {
  const headingId = useId();
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Group gap="xs">
            <Title order={2} size="h4" id={headingId}>
              {title}
            </Title>
            {count !== undefined && (
              <Badge variant="default" radius="sm" aria-hidden>
                {count}
              </Badge>
            )}
          </Group>
          {actions}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
