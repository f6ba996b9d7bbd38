// The heading row of a list page and the toolbar of search and filters under it.
import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function ListPageHeader({ title, action }: { title: string; action?: ReactNode }) {
  return (
    <Group justify="space-between" gap="sm" wrap="wrap">
      <Title order={1} size="h2">
        {title}
      </Title>
      {action}
    </Group>
  );
}

/** Search, filters and toggles above a list; wraps on narrow screens. */
export function ListToolbar({ children }: { children: ReactNode }) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search">
      {children}
    </Group>
  );
}
