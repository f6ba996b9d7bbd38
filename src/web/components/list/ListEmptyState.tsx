// What an empty list says: nothing yet, or nothing matching, with Clear search and a way to create the first.
import { Button, EmptyState, Group } from '@mantine/core';
import { IconSearchOff, IconStack2 } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ListEmptyStateProps {
  /** True when a search or filter is narrowing the list. */
  filtered: boolean;
  title: string;
  description: string;
  onClear?: () => void;
  /** A link or button to create the first record, when the user may. */
  createAction?: ReactNode;
}

export function ListEmptyState({ filtered, title, description, onClear, createAction }: ListEmptyStateProps) {
  const { t } = useTranslation();
  return (
    <EmptyState
      py="xl"
      withIndicatorBackground
      icon={filtered ? <IconSearchOff aria-hidden /> : <IconStack2 aria-hidden />}
      title={title}
      description={description}
    >
      <EmptyState.Actions>
        <Group justify="center" gap="sm">
          {filtered && onClear && (
            <Button variant="default" onClick={onClear}>
              {t('common.list.clearSearch')}
            </Button>
          )}
          {createAction}
        </Group>
      </EmptyState.Actions>
    </EmptyState>
  );
}
