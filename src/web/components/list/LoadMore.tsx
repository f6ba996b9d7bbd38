// The foot of a paged list: "Showing 25 of 140" (or "of more than 10,000") and, while more pages remain, "Load more".
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/format.ts';

interface LoadMoreProps {
  shown: number;
  total: number;
  /** The total is a floor: the list has more than `total` rows. */
  capped?: boolean;
  /** The paged query: whether another page remains, how to fetch it, and whether it is being fetched. */
  query: { hasNextPage: boolean; fetchNextPage: () => unknown; isFetchingNextPage: boolean };
}

export function LoadMore({ shown, total, capped = false, query }: LoadMoreProps) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <Group justify="space-between" gap="sm">
      <Text size="sm" c="dimmed">
        {t(capped ? 'common.list.showingCapped' : 'common.list.showing', { shown: fmt.number(shown), total: fmt.number(total) })}
      </Text>
      {query.hasNextPage && (
        <Button variant="default" onClick={() => query.fetchNextPage()} loading={query.isFetchingNextPage}>
          {t('common.list.loadMore')}
        </Button>
      )}
    </Group>
  );
}
