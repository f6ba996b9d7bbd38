// A server-paged list: skeleton on first load, the count, previous rows kept while refetching, "Load more".
import { Skeleton, Stack, Text } from '@mantine/core';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListPage } from '../../lib/api-client.ts';
import { useFormatters } from '../../lib/format.ts';
import { QueryError } from '../QueryError.tsx';
import { type Column, DataTable } from './DataTable.tsx';
import { LoadMore } from './LoadMore.tsx';

interface ListViewProps<T> {
  query: UseInfiniteQueryResult<InfiniteData<ListPage<T>>, Error>;
  caption: string;
  columns: Column<T>[];
  rowKey: (row: T) => string;
  sort?: string;
  onSortChange?: (sort: string) => void;
  /** Shown when the list has no rows. */
  empty: ReactNode;
  muted?: (row: T) => boolean;
  /** j/k/Enter navigation; on for page-level lists. */
  keyboard?: boolean;
  /** A list inside another record's page: no count line, no sticky header. */
  nested?: boolean;
}

/** A server-paged list: skeleton on first load, previous rows kept while refetching, "Load more". */
export function ListView<T>({ query, caption, columns, rowKey, sort, onSortChange, empty, muted, nested = false, keyboard = !nested }: ListViewProps<T>) {
  const { t } = useTranslation();
  const fmt = useFormatters();

  if (query.isPending) {
    return (
      <Stack gap="xs" aria-busy="true" role="status" aria-label={t('common.list.loading')}>
        {Array.from({ length: 8 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
          <Skeleton key={i} height={28} radius="xs" />
        ))}
      </Stack>
    );
  }
  if (query.isError && !query.data) return <QueryError error={query.error} onRetry={() => query.refetch()} />;

  const rows = query.data?.pages.flatMap((page) => page.items) ?? [];
  const first = query.data?.pages[0];
  const total = first?.total ?? rows.length;
  const capped = first?.totalCapped === true;

  return (
    <Stack gap="sm">
      {!nested && (
        <Text size="sm" c="dimmed" aria-live="polite" aria-atomic="true">
          {t(capped ? 'common.list.resultCountCapped' : 'common.list.resultCount', { count: total, formatted: fmt.number(total) })}
        </Text>
      )}
      {rows.length === 0 ? (
        empty
      ) : (
        <DataTable
          caption={caption}
          columns={columns}
          rows={rows}
          rowKey={rowKey}
          sort={sort}
          onSortChange={onSortChange}
          keyboard={keyboard}
          stickyHeader={!nested}
          muted={muted}
          busy={query.isPlaceholderData || (query.isFetching && !query.isFetchingNextPage)}
        />
      )}
      {query.isError && <QueryError error={query.error} onRetry={() => query.refetch()} />}
      {rows.length > 0 && (!nested || query.hasNextPage) && (
        <LoadMore shown={rows.length} total={total} capped={capped} query={query} />
      )}
    </Stack>
  );
}
